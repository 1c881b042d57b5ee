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
        scan(text, (t, start, end, term) -> out.add(new Token(term != null ? term : asciiLower(t, start, end), start, end)));
        return out;
    }

    static String[] terms(String text) {
        List<String> out = new ArrayList<>(Math.max(4, text.length() / 6));
        scan(text, (t, start, end, term) -> out.add(term != null ? term : asciiLower(t, start, end)));
        return out.toArray(new String[0]);
    }

    /**
     * Receives each word of {@code text}, [start, end): {@code term} is its normalised form, or null for a word of
     * ASCII letters and digits only, whose normal form is its ASCII lower case (left to the sink, which may not need
     * a String of it).
     */
    interface Sink {
        void word(String text, int start, int end, String term);
    }

    private static String asciiLower(String text, int start, int end) {
        String w = text.substring(start, end);
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch >= 'A' && ch <= 'Z') return w.toLowerCase(Locale.ROOT);
        }
        return w;
    }

    static void scan(String text, Sink sink) {
        scanSpans(text, (t, start, end, kind) -> sink.word(t, start, end,
            kind == ASCII ? null : kind == IDEOGRAPH ? t.substring(start, end) : t.substring(start, end).toLowerCase(Locale.ROOT)));
    }

    /** A word of ASCII letters and digits only, whose normal form is its ASCII lower case. */
    static final int ASCII = 0;
    /** A Han, Hiragana or Katakana character, a word as it stands. */
    static final int IDEOGRAPH = 1;
    /** Any other word, whose normal form is its lower case (String.toLowerCase, Locale.ROOT). */
    static final int OTHER = 2;

    /** Receives each word of a text as a span, [start, end), and its {@code kind}: no String is made of it. */
    interface SpanSink {
        void word(String text, int start, int end, int kind);
    }

    /** The words of {@link #scan}, as spans: for a sink that normalises them itself (an import numbering millions). */
    static void scanSpans(String text, SpanSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch < 0x80) { // ASCII fast path: most UN text in Latin script
                if (!isAsciiWordChar(ch)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && (ch = text.charAt(i)) < 0x80 && isAsciiWordChar(ch)) i++;
                if (i < n && ch >= 0x80 && !isIdeograph(text.codePointAt(i)) && isWordPart(text.codePointAt(i))) {
                    i = wordEnd(text, i); // a word that goes on beyond ASCII (e.g. "sécurité")
                    sink.word(text, start, i, OTHER);
                } else {
                    sink.word(text, start, i, ASCII);
                }
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isIdeograph(cp)) {
                sink.word(text, i, i + len, IDEOGRAPH);
                i += len;
            } else if (startsWord(cp)) {
                int start = i;
                i = wordEnd(text, i + len);
                sink.word(text, start, i, OTHER);
            } else {
                i += len;
            }
        }
    }

    /** Where the word that continues at {@code i} ends. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (isIdeograph(c) || !isWordPart(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    /*
     * Character.isLetterOrDigit, getType and toLowerCase read three dependent tables a character: most of the
     * preparing thread's time outside the word table in a UN import (Cyrillic, Arabic and accented Latin words). The
     * ranges below answer the same for those scripts' common letters (TokensTest compares every char).
     */

    /** Character.isLetterOrDigit(cp): a non-ASCII word's first character. */
    static boolean startsWord(int cp) {
        if (cp >= 0x0410 && cp <= 0x044F || cp >= 0x0620 && cp <= 0x064A) return true; // Cyrillic А-я, Arabic letters
        if (cp >= 0xC0 && cp <= 0xFF) return cp != 0xD7 && cp != 0xF7; // Latin-1 letters
        return Character.isLetterOrDigit(cp);
    }

    /** A letter, digit or mark: what goes on a word. */
    static boolean isWordPart(int cp) {
        if (cp >= 0x0410 && cp <= 0x044F || cp >= 0x0620 && cp <= 0x065F) return true; // Cyrillic А-я, Arabic letters and marks
        if (cp >= 0xC0 && cp <= 0xFF) return cp != 0xD7 && cp != 0xF7;
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    /** Character.toLowerCase(ch). */
    static char lower(char ch) {
        if (ch < 0x80) return ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
        if (ch >= 0x0430 && ch <= 0x045F || ch >= 0x0600 && ch <= 0x06FF || ch >= 0xDF && ch <= 0xFF) return ch; // no upper case
        if (ch >= 0x0410 && ch <= 0x042F || ch >= 0xC0 && ch <= 0xDE && ch != 0xD7) return (char) (ch + 0x20);
        return Character.toLowerCase(ch);
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isIdeograph(int cp) {
        if (cp < 0x2E80) return false; // below CJK Radicals: no Han, Hiragana or Katakana (skips a search of script ranges)
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
