package org.concord.tm;

/** XML escaping for text and attribute values written by the TMX writer and the segment serialiser. */
final class Xml {
    private Xml() {}

    static String escape(String s) {
        int first = 0;
        while (first < s.length() && !special(s.charAt(first))) first++;
        if (first == s.length()) return s; // most segments: nothing to escape
        StringBuilder b = null;
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r == null && c < 0x20 && c != '\t' && c != '\n' && c != '\r') r = ""; // not allowed in XML 1.0
            if (r != null) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(r);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
