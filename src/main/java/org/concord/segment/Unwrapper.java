package org.concord.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a hard-wrapped paragraph into running text: line breaks become spaces, runs of spaces become one, and a word
 * hyphenated across a line break is re-joined only when the document shows the joined form elsewhere
 * ("counter-\nterrorism" stays "counter-terrorism" unless "counterterrorism" occurs). A run of spaces that holds a
 * no-break space keeps it (French "Kazakhstan) : "), so typography the translator relies on survives.
 */
final class Unwrapper {
    static final char SOFT_HYPHEN = '\u00AD';

    /** Running text and, for each of its characters, the index of the character it came from. */
    record Unwrapped(String text, int[] origin) {}

    private Unwrapper() {}

    static Unwrapped unwrap(CharSequence raw, Set<String> attestedJoins) {
        int len = raw.length();
        StringBuilder out = new StringBuilder(len);
        int[] origin = new int[len];
        int i = 0;
        while (i < len) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                origin[out.length()] = i;
                out.append(c);
                i++;
                continue;
            }
            int runStart = i;
            int noBreak = -1;
            boolean lineBreak = false;
            for (; i < len && isSpace(raw.charAt(i)); i++) {
                char d = raw.charAt(i);
                if (d == '\n' || d == '\r') lineBreak = true;
                if (noBreak < 0 && isNoBreakSpace(d)) noBreak = i;
            }
            if (out.length() == 0 || i == len) continue; // leading and trailing spaces go
            if (lineBreak && endsWithWordHyphen(out) && Character.isLetter(raw.charAt(i))) {
                char hyphen = out.charAt(out.length() - 1);
                if (hyphen == SOFT_HYPHEN || attestedJoins.contains(joinedForm(out, raw, i))) out.setLength(out.length() - 1);
                continue; // the word goes on without a space, with or without its hyphen
            }
            int from = noBreak >= 0 ? noBreak : runStart;
            origin[out.length()] = from;
            out.append(noBreak >= 0 ? raw.charAt(noBreak) : ' ');
        }
        return new Unwrapped(out.toString(), Arrays.copyOf(origin, out.length()));
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == SOFT_HYPHEN;
    }

    private static boolean endsWithWordHyphen(StringBuilder out) {
        int n = out.length();
        return n >= 2 && isHyphen(out.charAt(n - 1)) && Character.isLetter(out.charAt(n - 2));
    }

    /** The word before the hyphen joined to the word after the line break, lower-cased: "non" + "State" = "nonstate". */
    private static String joinedForm(StringBuilder out, CharSequence raw, int next) {
        int start = out.length() - 1;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) start--;
        int end = next;
        while (end < raw.length() && Character.isLetter(raw.charAt(end))) end++;
        return (out.substring(start, out.length() - 1) + raw.subSequence(next, end)).toLowerCase(Locale.ROOT);
    }
}
