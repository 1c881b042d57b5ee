package org.concord.dictionary;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.InputException;
import org.concord.Languages;

/** The languages a dictionary declares (ISO 639-3 codes in FreeDict names, xml:lang values) as Concord's codes. */
final class DictionaryLanguages {

    private static final Map<String, String> ISO_639_3 = Map.of("eng", "en", "fra", "fr", "fre", "fr", "spa", "es",
        "rus", "ru", "zho", "zh", "chi", "zh", "cmn", "zh", "ara", "ar", "deu", "de");
    private static final Map<String, String> ALSO_GER = Map.of("ger", "de");
    private static final Pattern PAIR_IN_NAME = Pattern.compile("(?:^|[^a-z])([a-z]{3})-([a-z]{3})(?:[^a-z]|$)");

    private DictionaryLanguages() {}

    /** Concord's code for a language code a dictionary uses, or null when Concord does not align that language. */
    static String of(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.trim().toLowerCase(java.util.Locale.ROOT);
        String three = ISO_639_3.getOrDefault(c, ALSO_GER.get(c));
        if (three != null) return three;
        try {
            return Languages.require(c);
        } catch (InputException e) {
            return null;
        }
    }

    /** The pair in a FreeDict file name ("freedict-deu-fra.index", "deu-fra.tei"), or null. */
    static String[] fromFileName(String fileName) {
        Matcher m = PAIR_IN_NAME.matcher(fileName.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            if (ISO_639_3.containsKey(m.group(1)) || ALSO_GER.containsKey(m.group(1))) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        return null;
    }

    /**
     * Throws when a dictionary declared for {@code declaredSrc}-{@code declaredTgt} is used for another pair; null
     * requested languages accept anything.
     */
    static void requireCovers(String name, int line, String declaredSrc, String declaredTgt, String src, String tgt) {
        if (src == null || tgt == null) return;
        boolean same = declaredSrc.equals(src) && declaredTgt.equals(tgt);
        boolean reversed = declaredSrc.equals(tgt) && declaredTgt.equals(src);
        if (!same && !reversed) {
            throw new InputException(name + ":" + line + ": a " + declaredSrc + "-" + declaredTgt + " dictionary, not for "
                + src + "-" + tgt);
        }
    }

    /** The script a language is written in, to tell a dictionary for another pair in a format that does not say. */
    static Character.UnicodeScript script(String lang) {
        return switch (lang) {
            case "ru" -> Character.UnicodeScript.CYRILLIC;
            case "zh" -> Character.UnicodeScript.HAN;
            case "ar" -> Character.UnicodeScript.ARABIC;
            default -> Character.UnicodeScript.LATIN;
        };
    }

    /** True when the letters of {@code phrase} are mostly in {@code lang}'s script (phrases without letters pass). */
    static boolean inScript(String phrase, String lang) {
        Character.UnicodeScript want = script(lang);
        int letters = 0, matching = 0;
        for (int k = 0; k < phrase.length(); ) {
            int cp = phrase.codePointAt(k);
            k += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Character.UnicodeScript.of(cp) == want) matching++;
        }
        return letters == 0 || matching * 2 > letters;
    }
}
