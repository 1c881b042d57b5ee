package org.concord.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case and diacritic folding shared by every language. */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private Folding() {}

    /** Compatibility forms unified (full-width letters, ligatures), then lower case. */
    static String lower(String word) {
        if (belowLatin1Letters(word)) return word.toLowerCase(Locale.ROOT);
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Combining marks removed: "étatiques" → "etatiques". */
    public static String stripMarks(String word) {
        if (belowLatin1Letters(word)) return word; // nothing to decompose: skip the costly normaliser
        String d = Normalizer.normalize(word, Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("");
    }

    private static boolean belowLatin1Letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0xA0) return false;
        }
        return true;
    }
}
