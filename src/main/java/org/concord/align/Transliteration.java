package org.concord.align;

import org.concord.analysis.LanguageData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Latin spelling of Cyrillic and Arabic words, from the tables in this package's resources. */
final class Transliteration {

    private static final Map<Character, String> RU = table("translit-ru.tsv");
    private static final Map<Character, String> AR = table("translit-ar.tsv");
    private static final List<String> AR_PREFIXES = LanguageData.lines(Transliteration.class, "arabic-article.txt");

    private Transliteration() {}

    static boolean needed(String lang) {
        return "ru".equals(lang) || "ar".equals(lang);
    }

    /** {@code word} (lower case) in Latin letters; unchanged for languages written in Latin script. */
    static String latin(String word, String lang) {
        Map<Character, String> table = switch (lang) {
            case "ru" -> RU;
            case "ar" -> AR;
            default -> null;
        };
        if (table == null) return word;
        if ("ar".equals(lang)) word = stripArticle(word);
        StringBuilder sb = new StringBuilder(word.length() + 4);
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            String t = table.get(ch);
            if (t != null) sb.append(t);
            else if (ch < 0x0400) sb.append(ch); // Latin letters inside Cyrillic or Arabic text stay as they are
        }
        return sb.toString();
    }

    private static String stripArticle(String word) {
        for (String p : AR_PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 3) return word.substring(p.length());
        }
        return word;
    }

    private static Map<Character, String> table(String resource) {
        Map<Character, String> map = new HashMap<>();
        for (String line : LanguageData.lines(Transliteration.class, resource)) {
            String[] parts = line.split("\t", -1);
            map.put(parts[0].charAt(0), parts.length > 1 ? parts[1] : "");
        }
        return map;
    }
}
