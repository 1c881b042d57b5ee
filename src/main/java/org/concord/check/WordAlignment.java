package org.concord.check;

import java.util.BitSet;
import java.util.List;
import org.concord.term.TermOccurrence;

/**
 * The first step of {@link NearMiss}: a rendering's words aligned with a run of target words at least cost. A content
 * word matched through its inflections costs nothing, one replaced by another content word (or misspelt, or a
 * capitalised word in lower case) costs 1; a function word written as another form of itself is free, and one added,
 * left out or written as another function word costs {@link #FUNCTION_EDIT}. An alignment under 1 is the rendering
 * itself; one from 1 to under 2 has one word that differs, which {@link DifferingWord} reads back and judges.
 */
final class WordAlignment {
    /** Costs of the alignment: a content word changed is 1; a function word added or left out costs this. */
    static final double FUNCTION_EDIT = 0.3;
    private static final double NEVER = 1e9;

    private final List<LooseRendering.Slot> slots;
    /** Per content word of the rendering, the target words that match it. */
    private final BitSet[] at;
    private final boolean[] function;
    private final LooseRendering.Target target;
    private final String rendering;
    private final String lang;
    private final boolean name;
    private final List<TermOccurrence> targetTerms;

    WordAlignment(List<LooseRendering.Slot> slots, BitSet[] at, LooseRendering.Target target, String rendering, String lang, boolean name,
                  List<TermOccurrence> targetTerms) {
        this.slots = slots;
        this.at = at;
        this.function = target.function();
        this.target = target;
        this.rendering = rendering;
        this.lang = lang;
        this.name = name;
        this.targetTerms = targetTerms;
    }

    /** The near miss in target words [from, to), {@link NearMiss#EXACT} when the rendering itself is there, or null. */
    NearMiss.Found nearMiss(int from, int to) {
        int n = slots.size();
        int m = to - from;
        // dp[i][j]: cost of aligning the rendering's first i words with target words from..from+j (free start).
        double[][] dp = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // DifferingWord.DIAGONAL, LEFT_OUT, ADDED
        for (int i = 1; i <= n; i++) dp[i][0] = NEVER;
        for (int i = 1; i <= n; i++) {
            LooseRendering.Slot s = slots.get(i - 1);
            for (int j = 0; j <= m; j++) {
                double best = NEVER;
                byte how = 0;
                if (j > 0) {
                    int t = from + j - 1;
                    double d = dp[i - 1][j - 1] + pairCost(s, t, i - 1);
                    if (d < best) { best = d; how = DifferingWord.DIAGONAL; }
                    double add = function[t] ? dp[i][j - 1] + FUNCTION_EDIT : NEVER;
                    if (add < best) { best = add; how = DifferingWord.ADDED; }
                }
                double drop = s.content() ? NEVER : dp[i - 1][j] + FUNCTION_EDIT;
                if (drop < best) { best = drop; how = DifferingWord.LEFT_OUT; }
                dp[i][j] = best;
                move[i][j] = how;
            }
        }
        // The rendering itself, its words in order, is there: nothing is near, the term is rendered or loosely so.
        for (int end = 1; end <= m; end++) if (dp[n][end] < 1) return NearMiss.EXACT;
        for (int end = 1; end <= m; end++) {
            double cost = dp[n][end];
            if (cost < 1 || cost >= 2) continue;
            NearMiss.Found f = DifferingWord.trace(slots, target, move, n, end, from, rendering, lang, name && lang.equals("ar"), targetTerms);
            if (f != null && !NearMiss.insideTerm(f.span(), targetTerms)) return f;
        }
        return null;
    }

    /** The cost of writing rendering word {@code s} (the {@code index}th) as target word {@code j}. */
    private double pairCost(LooseRendering.Slot s, int j, int index) {
        if (!s.content()) return function[j] ? functionCost(s.surface(), written(target, j)) : NEVER;
        if (function[j]) return NEVER;
        if (at[index].get(j)) {
            return lowered(s, target, j, index) || Misspellings.slip(s.surface(), written(target, j), lang) ? 1 : 0;
        }
        for (BitSet other : at) {
            if (other != null && other.get(j)) return NEVER; // a word of the rendering itself
        }
        return replaceable(s, written(target, j), lang) ? 1 : NEVER;
    }

    /**
     * A function word of the rendering written as another: free when both begin alike, as forms of one word do
     * ("de"/"del"/"des"/"du", "la"/"le"/"l'", "о"/"об"); otherwise an edit ("le Conseil a souligné" is no "Conseil de").
     */
    static double functionCost(String expected, String written) {
        return Character.toLowerCase(expected.charAt(0)) == Character.toLowerCase(written.charAt(0)) ? 0 : FUNCTION_EDIT;
    }

    /** A word after the first that the rendering capitalises, written in lower case. */
    static boolean lowered(LooseRendering.Slot s, LooseRendering.Target target, int j, int index) {
        return index > 0 && Character.isUpperCase(s.surface().charAt(0)) && Character.isLowerCase(written(target, j).charAt(0));
    }

    /** Whether {@code word} can stand in the place of rendering word {@code s}: written alike, letters only. */
    static boolean replaceable(LooseRendering.Slot s, String word, String lang) {
        if (word.length() < 2 || !lettersOnly(word)) return false;
        if (Character.isUpperCase(s.surface().charAt(0)) != Character.isUpperCase(word.charAt(0))) return false;
        if (!lang.equals("ar")) return true;
        // A word with a preposition before its article ("للسكان", for the population) is no modifier of the name, unless
        // it is the name's own word misspelt (the cheap test first: this runs for every word near a rendering's).
        return definite(s.surface()) == definite(word) && (!bareArticle(s.surface()) || bareArticle(word)) || Misspellings.typo(s.surface(), word);
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) if (!Character.isLetter(word.charAt(i))) return false;
        return true;
    }

    private static boolean bareArticle(String arabic) {
        return arabic.startsWith("\u0627\u0644");
    }

    private static boolean definite(String arabic) {
        return arabic.startsWith("\u0627\u0644") || arabic.startsWith("\u0648\u0627\u0644") || arabic.startsWith("\u0628\u0627\u0644")
            || arabic.startsWith("\u0644\u0644") || arabic.startsWith("\u0641\u0627\u0644") || arabic.startsWith("\u0643\u0627\u0644");
    }

    /** Target word {@code j} as written. */
    static String written(LooseRendering.Target target, int j) {
        return target.written(j);
    }
}
