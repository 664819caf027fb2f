package org.mineledger.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads latitude and longitude written as decimal degrees, degrees and decimal minutes, or D°M′S″, with
 * signs or N/S/E/W before or after each value. Forgiving about spaces, commas, case and the marks used
 * ({@code °} or {@code d}; {@code '}, {@code ′} or {@code ’}; {@code "}, {@code ″} or {@code ''}).
 * Without hemisphere letters the order is latitude then longitude (ISO 6709).
 */
final class GeographicReader {
    private enum Kind { NUMBER, HEMI, DEG, MIN, SEC, SEP }

    private record Token(Kind kind, String text, int column) {
    }

    private static final class Group {
        final List<Token> numbers = new ArrayList<>();
        final List<Kind> marks = new ArrayList<>();
        Token hemi;
        int firstColumn;
        int endIndex;
        boolean closed;
    }

    private final String text;

    GeographicReader(String text) {
        this.text = text == null ? "" : text;
    }

    GeoPoint read() {
        List<Token> tokens = tokenize();
        List<Group> groups = group(tokens);
        if (groups.size() != 2) {
            var decimalComma = java.util.regex.Pattern.compile("\\d,\\d").matcher(text);
            if (groups.size() > 2 && decimalComma.find()) {
                // "60,1699 24,5": the comma of a decimal number splits it in two values
                throw new CoordinateFormatException("A comma inside a number (decimal comma?)", decimalComma.start() + 2,
                        "write decimals with a point, e.g. 60.1699 N, 24.5 E; a comma only separates latitude and "
                        + "longitude");
            }
            throw new CoordinateFormatException("Expected a latitude and a longitude but found " + groups.size()
                    + (groups.size() == 1 ? " value" : " values"), groups.isEmpty() ? 1 : groups.get(0).firstColumn,
                    "write e.g. 60.4567 N, 25.1234 E or 60°27′24.1″N 25°07′24.2″E");
        }
        Group a = groups.get(0);
        Group b = groups.get(1);
        boolean aLon = a.hemi != null && isLonLetter(a.hemi);
        boolean bLat = b.hemi != null && !isLonLetter(b.hemi);
        if (a.hemi != null && b.hemi != null && isLonLetter(a.hemi) == isLonLetter(b.hemi)) {
            throw new CoordinateFormatException("Both values are marked as " + (aLon ? "longitude (E/W)" : "latitude (N/S)"),
                    b.hemi.column(), "mark one with N or S and the other with E or W");
        }
        Group lat = aLon || bLat ? b : a;
        Group lon = lat == a ? b : a;
        double latValue = value(lat, "latitude", 90);
        double lonValue = value(lon, "longitude", 180);
        return new GeoPoint(latValue, lonValue);
    }

    private double value(Group g, String what, double limit) {
        double[] parts = new double[3];
        int slot = 0;
        boolean negative = false;
        for (int i = 0; i < g.numbers.size(); i++) {
            Token n = g.numbers.get(i);
            Kind mark = g.marks.get(i);
            int wanted = mark == Kind.DEG ? 0 : mark == Kind.MIN ? 1 : mark == Kind.SEC ? 2 : slot;
            if (wanted < slot || wanted > 2) {
                throw new CoordinateFormatException("The " + what + " has '" + n.text() + "' out of order", n.column(),
                        "write degrees, then minutes, then seconds");
            }
            if (i > 0 && (n.text().startsWith("-") || n.text().startsWith("+"))) {
                throw new CoordinateFormatException("The " + what + " has a sign inside it", n.column(),
                        "only the degrees may carry a sign");
            }
            if (i < g.numbers.size() - 1 && n.text().contains(".")) {
                throw new CoordinateFormatException("The " + what + " has a decimal part in '" + n.text()
                        + "' before its last number", n.column(), "only the last of degrees, minutes, seconds may have decimals");
            }
            double v = Double.parseDouble(n.text());
            if (i == 0 && (v < 0 || n.text().startsWith("-"))) {
                negative = true;
                v = -v;
            }
            if (wanted > 0 && v >= 60) {
                throw new CoordinateFormatException((wanted == 1 ? "Minutes " : "Seconds ") + n.text() + " of the " + what
                        + " are out of range", n.column(), "they must be less than 60");
            }
            parts[wanted] = v;
            slot = wanted + 1;
        }
        if (g.numbers.size() > 1 && parts[0] != Math.rint(parts[0])) {
            throw new CoordinateFormatException("The " + what + " has decimal degrees and minutes", g.firstColumn,
                    "use whole degrees when minutes follow");
        }
        double deg = parts[0] + parts[1] / 60 + parts[2] / 3600;
        if (g.hemi != null) {
            if (negative) {
                throw new CoordinateFormatException("The " + what + " has both a minus sign and " + g.hemi.text(),
                        g.firstColumn, "use either a sign or a hemisphere letter, not both");
            }
            char h = Character.toUpperCase(g.hemi.text().charAt(0));
            negative = h == 'S' || h == 'W';
        }
        if (deg > limit) {
            throw new CoordinateFormatException(what + " " + groupText(g) + " is out of range", g.firstColumn,
                    what.equals("latitude") ? "latitudes lie between 90 S and 90 N" : "longitudes lie between 180 W and 180 E");
        }
        return negative ? -deg : deg;
    }

    private String groupText(Group g) {
        Token first = g.numbers.get(0);
        Token last = g.numbers.get(g.numbers.size() - 1);
        return text.substring(first.column() - 1, last.column() - 1 + last.text().length()).strip();
    }

    private static boolean isLonLetter(Token hemi) {
        char h = Character.toUpperCase(hemi.text().charAt(0));
        return h == 'E' || h == 'W';
    }

    private List<Group> group(List<Token> tokens) {
        List<Group> groups = new ArrayList<>();
        Group cur = new Group();
        boolean explicitSplit = false;
        Token previous = null;
        for (Token t : tokens) {
            boolean afterClosingLetter = previous != null && previous.kind() == Kind.HEMI && cur.hemi == null
                    && cur.numbers.isEmpty() && !groups.isEmpty();
            previous = t;
            switch (t.kind()) {
                case SEP -> {
                    if (afterClosingLetter) {
                        continue;
                    }
                    if (cur.numbers.isEmpty()) {
                        throw new CoordinateFormatException("Unexpected '" + t.text() + "'", t.column(),
                                "a separator must stand between the latitude and the longitude");
                    }
                    groups.add(cur);
                    cur = new Group();
                    explicitSplit = true;
                }
                case HEMI -> {
                    if (cur.hemi != null && !cur.numbers.isEmpty()) {
                        groups.add(cur); // "N 60.5 E 25.1": this letter starts the next value
                        cur = new Group();
                        cur.hemi = t;
                        explicitSplit = true;
                        continue;
                    }
                    if (cur.hemi != null) {
                        throw new CoordinateFormatException("Two hemisphere letters in one value", t.column(),
                                "use one of N, S, E, W per value");
                    }
                    cur.hemi = t;
                    if (!cur.numbers.isEmpty()) {
                        groups.add(cur);
                        cur = new Group();
                        explicitSplit = true;
                    }
                }
                case NUMBER -> {
                    if (cur.numbers.isEmpty() && cur.hemi == null) {
                        cur.firstColumn = t.column();
                    } else if (cur.numbers.isEmpty()) {
                        cur.firstColumn = t.column();
                    }
                    cur.numbers.add(t);
                    cur.marks.add(null);
                }
                default -> {
                    if (cur.numbers.isEmpty() || cur.marks.get(cur.marks.size() - 1) != null) {
                        throw new CoordinateFormatException("Unexpected '" + t.text() + "'", t.column(),
                                "a degree, minute or second mark must follow a number");
                    }
                    cur.marks.set(cur.marks.size() - 1, t.kind());
                }
            }
        }
        if (!cur.numbers.isEmpty()) {
            groups.add(cur);
        } else if (cur.hemi != null) {
            throw new CoordinateFormatException("Hemisphere letter " + cur.hemi.text() + " has no value after it",
                    cur.hemi.column(), "write the number after the letter or put the letter after the number");
        }
        if (!explicitSplit && groups.size() == 1) {
            return splitUnmarked(groups.get(0));
        }
        return groups;
    }

    /** Splits "60 27 24 25 07 24" or "60°27′ 25°07′" into two values when no letter or comma does it. */
    private List<Group> splitUnmarked(Group g) {
        int n = g.numbers.size();
        int cut = -1;
        for (int i = 1; i < n; i++) {
            if (g.marks.get(i) == Kind.DEG) {
                cut = i;
                break;
            }
        }
        if (cut < 0 && n % 2 == 0 && g.marks.stream().allMatch(m -> m == null)) {
            cut = n / 2;
        }
        if (cut < 0) {
            return List.of(g);
        }
        Group a = new Group();
        Group b = new Group();
        a.hemi = g.hemi;
        for (int i = 0; i < n; i++) {
            Group to = i < cut ? a : b;
            if (to.numbers.isEmpty()) {
                to.firstColumn = g.numbers.get(i).column();
            }
            to.numbers.add(g.numbers.get(i));
            to.marks.add(g.marks.get(i));
        }
        return List.of(a, b);
    }

    private List<Token> tokenize() {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.'
                    || ((c == '-' || c == '+' || c == '−') && i + 1 < n && (Character.isDigit(text.charAt(i + 1))
                    || text.charAt(i + 1) == '.'))) {
                int start = i;
                i++;
                boolean dot = c == '.';
                while (i < n && (Character.isDigit(text.charAt(i)) || (text.charAt(i) == '.' && !dot))) {
                    dot |= text.charAt(i) == '.';
                    i++;
                }
                String num = text.substring(start, i).replace('−', '-');
                if (num.equals(".") || num.endsWith("-") || num.equals("-.") || num.equals("+.")) {
                    throw new CoordinateFormatException("'" + num + "' is not a number", start + 1, null);
                }
                out.add(new Token(Kind.NUMBER, num, start + 1));
            } else if ("NnSsEeWw".indexOf(c) >= 0 && !letterFollows(i)) {
                out.add(new Token(Kind.HEMI, String.valueOf(Character.toUpperCase(c)), i + 1));
                i++;
            } else if (c == '°' || c == 'º' || ((c == 'd' || c == 'D') && !letterFollows(i))) {
                out.add(new Token(Kind.DEG, String.valueOf(c), i + 1));
                i++;
            } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                out.add(new Token(Kind.SEC, "''", i + 1));
                i += 2;
            } else if (c == '\'' || c == '′' || c == '’' || c == '‘' || c == '´') {
                out.add(new Token(Kind.MIN, String.valueOf(c), i + 1));
                i++;
            } else if (c == '"' || c == '″' || c == '”' || c == '“') {
                out.add(new Token(Kind.SEC, String.valueOf(c), i + 1));
                i++;
            } else if (c == ',' || c == ';' || c == '/') {
                out.add(new Token(Kind.SEP, String.valueOf(c), i + 1));
                i++;
            } else {
                throw new CoordinateFormatException("Unexpected '" + c + "' in the coordinate", i + 1,
                        "write e.g. 60.4567 N, 25.1234 E or 60°27′24.1″N 25°07′24.2″E");
            }
        }
        if (out.isEmpty()) {
            throw new CoordinateFormatException("The coordinate is empty", 1, "type a latitude and a longitude");
        }
        return out;
    }

    private boolean letterFollows(int i) {
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
}
