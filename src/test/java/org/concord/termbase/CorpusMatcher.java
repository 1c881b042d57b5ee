package org.concord.termbase;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Counts a term in one language of the UN corpus, twice: exactly (case-sensitive, whole words; Chinese by substring)
 * and inflection-tolerantly, over normalised tokens. Tolerance is deliberately narrow, so that the variants a
 * terminologist must tell apart stay apart: hyphenated and spaced spellings ("non-étatiques" / "non étatiques") are
 * different tokens, and so are "Al-Qaida" and "Al-Qaïda"; case counts ("États membres" of the European Union are not
 * "États Membres" of the United Nations, "non-state" is not "non-State"), except that a term may begin with a capital,
 * as at the start of a sentence or heading. What merges is:
 * <ul>
 *   <li>en: plural ("actors", "activities", "processes");</li>
 *   <li>fr, es: plural and gender ("nationales", "généraux"; "químicas", "agentes", "Presidenta"); in Spanish also the
 *       written accent, which moves with the plural ("organización", "organizaciones");</li>
 *   <li>ru: case and number, by Lucene's light Russian stemmer on each part of a hyphenated word, less a stem-final
 *       vowel, which it keeps for some cases only ("ассамблеи" → "ассамбле", "ассамблея" → "ассамбл");</li>
 *   <li>ar: orthography (Lucene's Arabic normaliser), suffixes (Lucene's light stemmer), and the prefixed clitics
 *       و ف, ب ك ل and the article ال (also لل) in any licit sequence;</li>
 *   <li>zh: full-width forms and spaces (NFKC), then substring.</li>
 * </ul>
 * A token that is a French or English elision ("l'", "d'") is its own token. A token written in capitals (an acronym:
 * "ДНЯО", "WMD") is compared as it stands: stemming it would make "ДНЯО" match "дня".
 */
final class CorpusMatcher {
    private static final Set<String> ARABIC_PREFIXES = arabicPrefixes();
    private static final Pattern SIBILANT_PLURAL = Pattern.compile(".*(ss|x|ch|sh)es");
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private final String lang;

    private CorpusMatcher(String lang) {
        this.lang = lang;
    }

    static CorpusMatcher forLanguage(String lang) {
        return new CorpusMatcher(lang);
    }

    /** The normalisation both counts share: NFC, straight apostrophes, ASCII hyphens, no soft hyphens. */
    static String typographic(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        return t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .replace("\u00ad", "");
    }

    /**
     * Occurrences of {@code term} as written, case-sensitively, not inside a longer (or hyphenated) word, in a line
     * already passed through {@link #typographic} (done once per corpus line, not once per term).
     */
    int exact(String hay, String term) {
        String needle = typographic(term);
        int n = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            if (lang.equals("zh") || (!joined(hay, i - 1, -1) && !joined(hay, i + needle.length(), 1))) n++;
        }
        return n;
    }

    /**
     * Occurrences of the term's tokens, in order and adjacent, among the line's tokens; numbers inside a term are
     * passed over, as headings number it: "Point 2 de l'ordre du jour", "البند 2 من جدول الأعمال".
     */
    int inflected(List<String> lineTokens, List<String> termTokens) {
        int n = 0;
        for (int i = 0; i < lineTokens.size(); i++) {
            if (matchesAt(lineTokens, i, termTokens)) n++;
        }
        return n;
    }

    /** Normalised tokens of a corpus line or of a term. */
    List<String> tokens(String text) {
        String t = typographic(text);
        if (lang.equals("zh")) {
            return Normalizer.normalize(t, Normalizer.Form.NFKC).codePoints().filter(c -> !Character.isWhitespace(c))
                    .mapToObj(Character::toString).toList();
        }
        List<String> out = new ArrayList<>();
        for (String word : words(t)) out.add(key(word));
        return out;
    }

    private boolean matchesAt(List<String> line, int at, List<String> term) {
        int i = at;
        for (int j = 0; j < term.size(); j++, i++) {
            while (j > 0 && !lang.equals("zh") && i < line.size() && isNumber(line.get(i)) && !isNumber(term.get(j))) i++;
            if (i >= line.size() || !sameWord(line.get(i), term.get(j), j == 0)) return false;
        }
        return true;
    }

    private static boolean isNumber(String token) {
        return token.chars().allMatch(Character::isDigit);
    }

    private boolean sameWord(String corpus, String term, boolean first) {
        if (!lang.equals("ar")) return corpus.equals(term) || first && corpus.equals(capitalized(term));
        String base = arabicBase(term);
        return corpus.endsWith(base) && ARABIC_PREFIXES.contains(corpus.substring(0, corpus.length() - base.length()));
    }

    /**
     * Keys under which {@link #mayHold} finds a line's tokens: the token itself, and in Arabic each of its
     * readings without proclitics. A line lacking a term's first key cannot hold the term, which spares most lines.
     */
    Set<String> lookupKeys(List<String> lineTokens) {
        Set<String> keys = new HashSet<>(lineTokens);
        if (lang.equals("ar")) {
            for (String token : lineTokens) {
                for (String prefix : ARABIC_PREFIXES) {
                    if (!prefix.isEmpty() && token.startsWith(prefix)) keys.add(token.substring(prefix.length()));
                }
            }
        }
        return keys;
    }

    /** Whether a line with these {@link #lookupKeys} can hold the term at all: it must have the term's first word. */
    boolean mayHold(Set<String> lineKeys, List<String> termTokens) {
        String first = termTokens.get(0);
        if (lang.equals("ar")) return lineKeys.contains(arabicBase(first));
        return lineKeys.contains(first) || lineKeys.contains(capitalized(first));
    }

    /** The word with a capital initial, as a term is written at the start of a sentence or a heading. */
    private static String capitalized(String word) {
        if (word.isEmpty()) return word;
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(word, Character.charCount(first),
                word.length()).toString();
    }

    private static String arabicBase(String term) {
        return term.startsWith("ال") && term.length() > 4 ? term.substring(2) : term;
    }

    /** Runs of letters, digits and marks; a hyphen between two such characters stays inside the word. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord = i < s.length() && (wordChar(s, i) || s.charAt(i) == '-' && start >= 0 && wordChar(s, i + 1));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Whether position {@code i}, reached going {@code step} from a match, continues the word (hyphen included). */
    private static boolean joined(String s, int i, int step) {
        return wordChar(s, i) || i >= 0 && i < s.length() && s.charAt(i) == '-' && wordChar(s, i + step);
    }

    private static boolean wordChar(String s, int i) {
        if (i < 0 || i >= s.length()) return false;
        char c = s.charAt(i);
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private String key(String word) {
        if (isAcronym(word)) return word;
        return switch (lang) {
            case "en", "fr" -> eachPart(word);
            case "es" -> eachPart(stripDiacritics(word));
            case "ru" -> eachPart(word.replace('ё', 'е').replace('Ё', 'Е'));
            case "ar" -> arabic(word);
            default -> word;
        };
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private String eachPart(String w) {
        String[] parts = w.split("-", -1);
        for (int i = 0; i < parts.length; i++) parts[i] = stem(parts[i]);
        return String.join("-", parts);
    }

    private String stem(String w) {
        return switch (lang) {
            case "en" -> englishPlural(w);
            case "fr" -> dropFinal(frenchPlural(w), "e");
            case "es" -> dropFinal(spanishPlural(w), "a", "o", "e");
            case "ru" -> russian(w);
            default -> w;
        };
    }

    private static String englishPlural(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 4 && SIBILANT_PLURAL.matcher(w).matches()) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String frenchPlural(String w) {
        if (w.length() > 4 && w.endsWith("aux")) return w.substring(0, w.length() - 3) + "al";
        return dropFinal(w, "s", "x");
    }

    private static String spanishPlural(String w) {
        if (w.length() > 4 && w.endsWith("es") && "aeiou".indexOf(w.charAt(w.length() - 3)) < 0) {
            return w.substring(0, w.length() - 2);
        }
        return dropFinal(w, "s");
    }

    private static String dropFinal(String w, String... endings) {
        for (String e : endings) {
            if (w.length() > 3 && w.endsWith(e)) return w.substring(0, w.length() - e.length());
        }
        return w;
    }

    private static String russian(String w) {
        char[] c = w.toCharArray();
        String stem = new String(c, 0, new RussianLightStemmer().stem(c, c.length));
        while (stem.length() > 3 && "аеиоуыэюяьй".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static String arabic(String w) {
        char[] c = w.toCharArray();
        int len = new ArabicNormalizer().normalize(c, c.length);
        len = new ArabicStemmer().stemSuffix(c, len);
        return new String(c, 0, len);
    }

    private static String stripDiacritics(String w) {
        return Normalizer.normalize(MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll(""),
                Normalizer.Form.NFC);
    }

    /** Proclitics an Arabic noun may carry: conjunction, then preposition, then article (ل + ال is written لل). */
    private static Set<String> arabicPrefixes() {
        Set<String> out = new HashSet<>();
        for (String conj : List.of("", "و", "ف")) {
            for (String prep : List.of("", "ب", "ك", "ل")) {
                out.add(conj + prep);
                out.add(conj + (prep.equals("ل") ? "لل" : prep + "ال"));
            }
        }
        return Set.copyOf(out);
    }
}
