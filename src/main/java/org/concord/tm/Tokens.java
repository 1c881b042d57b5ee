package org.concord.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words of a segment as the memory compares them: runs of letters and digits (marks stay with their letter), lower
 * case; each Han, Hiragana or Katakana character is a word of its own, as Chinese writes no spaces. Punctuation is
 * not a word, as in OmegaT's word tokenizer that its fuzzy score is computed on.
 */
final class Tokens {
    /** One word: its normalised form and where it stands in the text, [start, end). */
    record Token(String term, int start, int end) {}

    private Tokens() {}

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>(Math.max(4, text.length() / 6));
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isIdeograph(cp)) {
                out.add(new Token(text.substring(i, i + len), i, i + len));
                i += len;
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                i += len;
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (isIdeograph(c) || !(Character.isLetterOrDigit(c) || isMark(c))) break;
                    i += Character.charCount(c);
                }
                out.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
            } else {
                i += len;
            }
        }
        return out;
    }

    static String[] terms(String text) {
        List<Token> tokens = of(text);
        String[] terms = new String[tokens.size()];
        for (int i = 0; i < terms.length; i++) terms[i] = tokens.get(i).term();
        return terms;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isIdeograph(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
