package org.concord.check;

/**
 * Folds the ways the six languages write digits and symbol punctuation to ASCII, one character for one so that
 * offsets stay valid: Arabic-Indic and Eastern Arabic-Indic digits, the Arabic decimal and thousands separators, and
 * the full-width forms Chinese text uses (１５４０, Ｓ／２０１７).
 */
final class Digits {
    private Digits() {}

    static String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) out[i] = fold(out[i]);
        return new String(out);
    }

    static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + c - '\u0660');
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + c - '\u06F0');
        if (c == '\u066B') return '.';
        if (c == '\u066C') return ',';
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        return c;
    }
}
