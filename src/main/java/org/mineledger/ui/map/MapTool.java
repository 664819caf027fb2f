package org.mineledger.ui.map;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.mineledger.map.Surface;
import org.mineledger.map.Viewport;

/**
 * A tool that takes mouse and keys on the map before panning and picking (e.g. the polygon editor), and
 * draws over the hazards. Coordinates in events are the map's own pixels.
 */
public interface MapTool {

    /** A mouse button went down; true takes the whole gesture (the map does not pan). */
    boolean pressed(MouseEvent e, Viewport view);

    /** The mouse moved with a button down during a gesture this tool took. */
    void dragged(MouseEvent e, Viewport view);

    /** The gesture this tool took ended. */
    void released(MouseEvent e, Viewport view);

    /** A click without dragging that the tool did not take on press; true when the tool used it. */
    boolean clicked(MouseEvent e, Viewport view);

    /** The mouse moved with no button down; true when the overlay changed and the map must be drawn again. */
    default boolean moved(MouseEvent e, Viewport view) {
        return false;
    }

    /** A key pressed while the map has the focus; true when the tool used it. */
    boolean keyPressed(KeyEvent e);

    /** Draws the tool's overlay (handles, problems, previews) above the hazards. */
    void paint(Surface surface, Viewport view);
}
