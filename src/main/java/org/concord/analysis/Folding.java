package org.concord.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case and diacritic folding shared by every language. */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    private Folding() {}

    /** Compatibility forms unified (full-width letters, ligatures), then lower case. */
    static String lower(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Combining marks removed: "étatiques" → "etatiques". */
    static String stripMarks(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("");
    }
}
