package org.mineledger.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Which labels, buttons and cells a user sees cut short ("Crossing …"): their skin shows less than their text. */
public final class Truncation {
    private Truncation() {
    }

    /** The text {@code l} shows on screen, or null before it has a skin. */
    public static String shown(Labeled l) {
        Node text = l.lookup(".text");
        return text instanceof Text t ? t.getText() : null;
    }

    /** True when {@code l} is on screen and shows its text cut (with an ellipsis) or not at all. */
    public static boolean isCut(Labeled l) {
        String full = l.getText();
        if (full == null || full.isEmpty() || !l.isVisible()) {
            return false;
        }
        String shown = shown(l);
        String expected = l.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
        return shown == null || !shown.equals(expected);
    }

    /** Every visible labelled node under {@code root} that is cut, as "class: shown ← full" for the message. */
    public static List<String> cutUnder(Parent root) {
        List<Labeled> all = new java.util.ArrayList<>();
        collect(root, all);
        return all.stream().filter(Truncation::visibleToRoot)
                .filter(Truncation::isCut).map(l -> l.getClass().getSimpleName() + ": \"" + shown(l) + "\" ← \""
                        + l.getText() + "\"").collect(Collectors.toList());
    }

    private static void collect(Node n, List<Labeled> into) {
        if (n instanceof Labeled l) {
            into.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    private static boolean visibleToRoot(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
