package org.concord.check;

import java.util.List;
import java.util.Locale;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * The second step of {@link NearMiss}: the cheapest {@link WordAlignment} read back to the one content word that
 * differs, then judged. Another word beside one right word of a common noun phrase, the rendering's own word close by,
 * a longer name that goes on to have the word, or a word of the same root make another phrase, not a wrong rendering.
 */
final class DifferingWord {
    /** Moves of the alignment: a rendering word written as a target word, a rendering word left out, a target word added. */
    static final byte DIAGONAL = 1;
    static final byte LEFT_OUT = 2;
    static final byte ADDED = 3;
    /** How many words either side of a replacement the rendering's own word may stand for the pair to be no near miss. */
    private static final int NEARBY = 3;
    /** How many words on a name may give the rendering's word. */
    private static final int NAME_REACH = 8;
    private static final List<String> ARABIC_PROCLITICS = List.of("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0641\u0627\u0644",
        "\u0643\u0627\u0644", "\u0644\u0644", "\u0627\u0644", "\u0644");

    private DifferingWord() {}

    /**
     * What the alignment read back shows: the word that differs ({@code found}, with the window of target text the
     * rendering was aligned with), how many content words matched and how many of them are capitalised on both sides (a
     * name: "Consejo", "Assemblée"), how many function words were edits, whether the differing word is the rendering's
     * first content word, where it is, the rendering's word it stands for, and the first and last target words aligned.
     */
    private record Reading(NearMiss.Found found, int matched, int named, int functionEdits, boolean head, int foundAt,
                           LooseRendering.Word expected, int firstToken, int lastToken) {}

    /**
     * Follows the cheapest alignment back from target word {@code from + j - 1}: the one content word that differs, or
     * null when there is none to report (see {@link #judge}).
     */
    static NearMiss.Found trace(List<LooseRendering.Slot> slots, LooseRendering.Target target, byte[][] move, int i, int j,
                                int from, String rendering, String lang, boolean uncasedName, List<TermOccurrence> targetTerms) {
        Reading r = read(slots, target, move, i, j, from, rendering, lang);
        return r == null ? null : judge(r, target, lang, uncasedName, targetTerms);
    }

    private static Reading read(List<LooseRendering.Slot> slots, LooseRendering.Target target, byte[][] move, int i, int j,
                                int from, String rendering, String lang) {
        NearMiss.Found found = null;
        int windowEnd = target.tokens().get(from + j - 1).end();
        int windowStart = windowEnd;
        int lastToken = from + j - 1;
        int firstToken = from + j - 1;
        boolean head = false;
        int functionEdits = 0;
        int matched = 0;
        int named = 0;
        int foundAt = -1;
        LooseRendering.Word expected = null;
        while (i > 0) {
            switch (move[i][j]) {
                case DIAGONAL -> {
                    LooseRendering.Slot s = slots.get(i - 1);
                    int k = from + j - 1;
                    windowStart = target.tokens().get(k).start();
                    firstToken = k;
                    String w = WordAlignment.written(target, k);
                    if (!s.content() && WordAlignment.functionCost(s.surface(), w) > 0) functionEdits++;
                    if (s.content()) {
                        Token t = target.tokens().get(k);
                        Span at = new Span(t.start(), t.end());
                        if (LooseRendering.matches(target, k, s.word())) {
                            if (Misspellings.slip(s.surface(), w, lang)) {
                                found = new NearMiss.Found(at, w, s.surface(), rendering, NearMiss.Kind.MISSPELT);
                            } else if (WordAlignment.lowered(s, target, k, i - 1)) {
                                found = new NearMiss.Found(at, w, s.surface(), rendering, NearMiss.Kind.LOWERCASED);
                            } else {
                                matched++;
                                if (Character.isUpperCase(s.surface().charAt(0)) && Character.isUpperCase(w.charAt(0))) named++;
                            }
                        } else {
                            found = new NearMiss.Found(at, w, s.surface(), rendering,
                                Misspellings.typo(s.surface(), w) ? NearMiss.Kind.MISSPELT : NearMiss.Kind.SUBSTITUTED);
                            foundAt = k;
                            expected = s.word();
                            head = slots.subList(0, i - 1).stream().noneMatch(LooseRendering.Slot::content);
                        }
                    }
                    i--;
                    j--;
                }
                case LEFT_OUT -> {
                    functionEdits++;
                    i--;
                }
                case ADDED -> {
                    functionEdits++;
                    j--;
                }
                default -> {
                    return null;
                }
            }
        }
        if (found == null || matched == 0) return null;
        return new Reading(found.within(new Span(windowStart, windowEnd)), matched, named, functionEdits, head, foundAt, expected,
            firstToken, lastToken);
    }

    /**
     * The differing word as a near miss, or null when the words are another phrase: function words added or left out
     * beside a replacement in lower case ("le Conseil adopte" for "le Conseil de sécurité"), and the cases below.
     */
    private static NearMiss.Found judge(Reading r, LooseRendering.Target target, String lang, boolean uncasedName,
                                        List<TermOccurrence> targetTerms) {
        NearMiss.Found found = r.found();
        if (found.kind() == NearMiss.Kind.LOWERCASED) return r.functionEdits() > 0 ? found : null;
        boolean substituted = found.kind() == NearMiss.Kind.SUBSTITUTED;
        // Another word beside one or two right ones of a common noun phrase ("ensayos nucleares" for "arma nuclear") is
        // another phrase, not a wrong rendering; a name's capitalised words, or more words right, make it one.
        // Arabic has no capitals to mark a name; the source's name stands in, for a modifier ("الجمعية الوطنية") only:
        // a head replaced is too often a verb or noun before a word of the name ("يمكن دعوة رؤساء").
        if (substituted && r.matched() < 2 && r.named() == 0 && !(uncasedName && !r.head())) return null;
        if (substituted) {
            // The rendering's own word close by a replacement: coordinated ("organisations internationales et
            // régionales"), spread, or put after the rest ("обладающие ядерным оружием государства").
            for (int k = Math.max(0, r.firstToken() - NEARBY); k < Math.min(target.size(), r.lastToken() + NEARBY + 1); k++) {
                // ... but a modifier many names share, inside another recognised name ("العام" of "الأمين العام" beside
                // "الجمعية التنفيذي"), is that name's; a head there is the rendering's own, split off ("États parties au
                // Traité non dotés d'armes nucléaires").
                if (k != r.foundAt() && LooseRendering.matches(target, k, r.expected()) && ownWord(target, k, r, targetTerms)) return null;
            }
            if (nameGoesOn(target, r, found.expected(), lang, targetTerms)) return null;
            // Another word of the same root ("ядерным оружейным потенциалом" beside "ядерным оружием") is another phrase.
            if (sameRoot(found.expected(), found.written())) return null;
        }
        boolean capital = Character.isUpperCase(found.written().charAt(0));
        return r.functionEdits() == 0 || capital ? found : null;
    }

    /**
     * Whether the name the replacement stands in goes on and has the rendering's word, or in Arabic a word of its root:
     * a longer name ("Conferencia de las Partes del Año 2000 Encargada del Examen", "مؤتمر الأطراف … لاستعراض
     * المعاهدة"), not a wrong one. A name goes on, either way, through capitalised words, function words and numbers,
     * for up to {@link #NAME_REACH} words (in Arabic through any words).
     */
    private static boolean nameGoesOn(LooseRendering.Target target, Reading r, String expectedWord, String lang,
                                      List<TermOccurrence> targetTerms) {
        return nameHas(target, r, 1, expectedWord, lang, targetTerms) || nameHas(target, r, -1, expectedWord, lang, targetTerms);
    }

    /** Whether target word {@code k} may be the rendering's own word: not a modifier inside another recognised name. */
    private static boolean ownWord(LooseRendering.Target target, int k, Reading r, List<TermOccurrence> targetTerms) {
        if (r.head()) return true;
        Token t = target.tokens().get(k);
        for (TermOccurrence o : targetTerms) if (o.start() <= t.start() && t.end() <= o.end()) return false;
        return true;
    }

    /** {@link #nameGoesOn} in one direction: {@code step} 1 reads on, -1 back ("Conferencia … Encargada del Examen"). */
    private static boolean nameHas(LooseRendering.Target target, Reading r, int step, String expectedWord, String lang,
                                   List<TermOccurrence> targetTerms) {
        int from = r.foundAt();
        LooseRendering.Word expected = r.expected();
        boolean arabic = lang.equals("ar");
        String root = arabic ? bare(expectedWord) : null;
        for (int k = from + step, n = 0; k >= 0 && k < target.size() && n < NAME_REACH; k += step, n++) {
            if (LooseRendering.matches(target, k, expected) && ownWord(target, k, r, targetTerms)) return true;
            String w = WordAlignment.written(target, k);
            if (arabic) {
                if (sameRoot(root, bare(w))) return true;
                continue;
            }
            Token t = target.tokens().get(k);
            boolean goesOn = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                || LooseRendering.functionWord(w, t.norm(), lang);
            if (!goesOn) return false;
        }
        return false;
    }

    /** An Arabic word without the article and a proclitic before it. */
    private static String bare(String arabic) {
        for (String p : ARABIC_PROCLITICS) {
            if (arabic.startsWith(p) && arabic.length() - p.length() >= 3) return arabic.substring(p.length());
        }
        return arabic;
    }

    /** Whether two words begin with the same four letters or more: one root, as a noun and its adjective. */
    private static boolean sameRoot(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int n = Math.min(x.length(), y.length());
        int common = 0;
        while (common < n && x.charAt(common) == y.charAt(common)) common++;
        return common >= 4;
    }
}
