package org.concord.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.analysis.LanguageData;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * Words of a rendering written with a letter or two wrong, for {@link NearMiss}: a slip the loose matching of
 * inflections would take for an ending ({@link #slip}), a word one or two edits from the rendering's ({@link #typo}),
 * and a one-word rendering misspelt in the target ({@link #misspeltWord}).
 */
final class Misspellings {
    private static final LevenshteinDistance TYPO = new LevenshteinDistance(2);
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final Map<String, List<String>> ENDINGS = new ConcurrentHashMap<>();

    private Misspellings() {}

    /**
     * A slip of the finger that the loose matching of inflections takes for an ending: after the letters both words
     * begin with, a letter dropped before the rest ("Asambea", "revisón"), two letters swapped ("Secretaíra"), or one
     * letter changed three or more from the end ("Miembsos"). Endings change their last letters ("Ассамблея",
     * "Ассамблеи"; "Unidas", "Unidos"), never only a letter before them; an ending one slip from a known ending, which is
     * none ({@link #endingSlip}), is misspelt too. In Arabic, whose clitics and patterns change letters inside words, only
     * two letters swapped.
     */
    static boolean slip(String expected, String written, String lang) {
        if (lang.equals("zh")) return false;
        String a = expected.toLowerCase(Locale.ROOT);
        String b = written.toLowerCase(Locale.ROOT);
        int n = Math.min(a.length(), b.length());
        int common = 0;
        while (common < n && a.charAt(common) == b.charAt(common)) common++;
        if (common < 3) return false;
        String x = a.substring(common);
        String y = b.substring(common);
        if (x.isEmpty() || y.isEmpty()) return false;
        // Arabic: only two letters swapped, which no clitic, article or pattern of the word makes ("الريئس").
        if (lang.equals("ar")) return x.length() == y.length() && x.length() >= 2 && swapped(x, y);
        if (endingSlip(y, lang)) return true;
        if (x.length() == y.length() + 1 && x.substring(1).equals(y) || y.length() == x.length() + 1 && y.substring(1).equals(x)) return true;
        if (x.length() == y.length() && x.length() >= 2 && swapped(x, y)) return true;
        return x.length() == y.length() && x.length() >= 3 && x.substring(1).equals(y.substring(1));
    }

    /**
     * Whether the letters {@code y} a word has after the part it shares with the rendering's word are no ending of the
     * language ({@code endings-xx.txt}) but one slip from one: the ending is misspelt ("гоо" for "ого", "еим" for "ием").
     * The part shared may have taken an ending's first letters, so {@code y} may be any ending's last letters.
     */
    static boolean endingSlip(String y, String lang) {
        List<String> endings = ENDINGS.computeIfAbsent(lang, l -> {
            List<String> lines = LanguageData.linesIfAny(Misspellings.class, "endings-" + l + ".txt");
            return lines == null ? List.of() : lines.stream().map(String::strip).toList();
        });
        if (endings.isEmpty() || y.length() > 4) return false;
        for (String e : endings) if (e.endsWith(y)) return false;
        for (String e : endings) {
            if (Math.abs(e.length() - y.length()) <= 1 && e.length() >= 2 && (swapped(e, y) || ONE_EDIT.apply(e, y) == 1)) return true;
        }
        return false;
    }

    /** A word of one or two letters wrong: "Securidad" for "Seguridad"; never a word of under five letters. */
    static boolean typo(String expected, String written) {
        String a = expected.toLowerCase(Locale.ROOT);
        String b = written.toLowerCase(Locale.ROOT);
        if (Math.min(a.length(), b.length()) < 5) return false;
        // The rendering's word and the written one may be different inflections ("правила", "праивл" for "правил"):
        // compare them without up to two letters of ending each.
        for (int x = 0; x <= 2; x++) {
            for (int y = 0; y <= 2; y++) {
                String p = a.substring(0, a.length() - x);
                String q = b.substring(0, b.length() - y);
                if (Math.min(p.length(), q.length()) < 4 || p.equals(q)) continue;
                int limit = Math.min(p.length(), q.length()) >= 8 ? 2 : 1;
                // The distance is at least the difference in length: no need to compute it when that is over the limit.
                if (Math.abs(p.length() - q.length()) > limit) continue;
                int d = TYPO.apply(p, q);
                if (d >= 1 && d <= limit || swapped(p, q)) return true;
            }
        }
        return false;
    }

    /** Two neighbouring letters swapped: "Parets" for "Partes". */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
            && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** A one-word rendering ("non-prolifération" is two) misspelt in the target. */
    static NearMiss.Found misspeltWord(LooseRendering.Target target, String rendering, List<LooseRendering.Slot> slots, String lang,
                                       List<TermOccurrence> targetTerms) {
        LooseRendering.Slot word = slots.stream().filter(LooseRendering.Slot::content).findFirst().orElseThrow();
        String expected = word.surface();
        for (int j = 0; j < target.size(); j++) {
            Token tj = target.tokens().get(j);
            int len = tj.end() - tj.start();
            // a slip keeps the first letter and about the length
            if (Math.abs(len - expected.length()) > 3
                || Character.toLowerCase(target.text().charAt(tj.start())) != Character.toLowerCase(expected.charAt(0))) continue;
            String w = WordAlignment.written(target, j);
            if (LooseRendering.matches(target, j, word.word()) || !WordAlignment.replaceable(word, w, lang) || !typo(word.surface(), w)) continue;
            if (!sameEnding(word.surface(), w)) continue;
            Span at = new Span(tj.start(), tj.end());
            if (!NearMiss.insideTerm(at, targetTerms)) return new NearMiss.Found(at, w, word.surface(), rendering, NearMiss.Kind.MISSPELT);
        }
        return null;
    }

    /**
     * Whether a misspelling keeps the word's first and last letters: a one-letter slip inside a word. Two words that
     * differ at either end ("sanction"/"sanctions" aside, which the stemmer matches) are usually two words.
     */
    private static boolean sameEnding(String a, String b) {
        return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0))
            && Character.toLowerCase(a.charAt(a.length() - 1)) == Character.toLowerCase(b.charAt(b.length() - 1));
    }
}
