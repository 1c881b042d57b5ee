package org.concord.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the language-neutral keys that can anchor it to its translation: numbers, document symbols,
 * telling punctuation, and word shapes that survive translation (cognate prefixes, capitalised names). Keys are
 * strings whose first letter names their {@link FeatureClass}.
 */
final class FeatureExtractor {

    private static final Pattern SYMBOL = Pattern.compile("\\b[A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\u00a0\u202f ]\\d{3})*(?:[.,]\\d+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String lang;
    /** Compare consonant skeletons rather than spellings: the pair crosses scripts (Cyrillic, Arabic). */
    private final boolean skeleton;

    FeatureExtractor(String lang, String otherLang) {
        this.lang = lang;
        this.skeleton = Transliteration.needed(lang) || Transliteration.needed(otherLang);
    }

    /** Text in NFKC with ASCII digits, one kind of double quote, and Latin question mark and semicolon. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isDigit(c) && c > '9') sb.append((char) ('0' + Character.digit(c, 10)));
            else if (c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '‹' || c == '›') sb.append('"');
            else if (c == '؟') sb.append('?');
            else if (c == '؛') sb.append(';');
            else sb.append(c);
        }
        return sb.toString();
    }

    static String stripAccents(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) return s;
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    List<String> keys(String sentence) {
        String text = normalize(sentence);
        List<String> keys = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) keys.add("S" + m.group().toLowerCase(Locale.ROOT));
        m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group();
            keys.add("N" + digits(number));
            // "10.15" (a time) may be written "10 ч. 15 м." in the translation: its parts are anchors too.
            String[] parts = number.split("[^0-9]+");
            if (parts.length > 1) for (String part : parts) keys.add("N" + digits(part));
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '?' || c == '!' || c == '(' || c == ':' || c == ';' || c == '"' || c == '%') keys.add("P" + c);
        }
        m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String key = skeleton ? skeletonKey(lower) : spellingKey(lower);
            if (key != null) {
                keys.add("C" + key);
                if (!first && Character.isUpperCase(word.charAt(0))) keys.add("K" + key);
            }
            first = false;
        }
        return keys;
    }

    private static String digits(String number) {
        return number.replaceAll("[^0-9]", "").replaceFirst("^0+(?=.)", "");
    }

    /** Lower-cased word tokens for learning a dictionary; Chinese, written without spaces, gives character pairs. */
    List<String> words(String sentence) {
        String text = normalize(sentence).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if ("zh".equals(lang) && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN) {
                for (int k = 0; k + 1 < w.length(); k++) out.add(w.substring(k, k + 2));
                if (w.length() == 1) out.add(w);
            } else if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    private String spellingKey(String lower) {
        if ("zh".equals(lang) && Character.UnicodeScript.of(lower.codePointAt(0)) == Character.UnicodeScript.HAN) return null;
        if (lower.length() < 4) return null;
        String plain = stripAccents(lower);
        return plain.length() < 4 ? null : plain.substring(0, 4);
    }

    /** Consonants of the Latin spelling, similar sounds merged and doubles collapsed: "Комитет" and "Committee" → "kmt". */
    private String skeletonKey(String lower) {
        String latin = stripAccents(Transliteration.latin(lower, lang));
        StringBuilder sb = new StringBuilder(6);
        char last = 0;
        for (int k = 0; k < latin.length() && sb.length() < 4; k++) {
            char c = switch (latin.charAt(k)) {
                case 'c', 'q', 'k' -> 'k';
                case 's', 'z' -> 's';
                case 'v', 'f' -> 'f';
                case 'p', 'b' -> 'b';
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
                default -> latin.charAt(k);
            };
            if (c == 0 || c < 'a' || c > 'z') continue;
            if (c != last) sb.append(c);
            last = c;
        }
        return sb.length() < 3 ? null : sb.toString();
    }
}
