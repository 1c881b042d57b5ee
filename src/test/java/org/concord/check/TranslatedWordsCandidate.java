package org.concord.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * Candidate b of the leave-one-out harness: every content word of the source term has a translation (t(f|e) at least
 * {@code threshold} in a lexical table learned elsewhere) among the target's free content words, all close together:
 * the target paraphrases the term rather than leaving it out.
 */
final class TranslatedWordsCandidate implements UsageRule {
    private final Function<String, LexicalTable> tableForPair;
    private final double threshold;
    private final int slack;
    /** Whether each target word counts only for the source word it is best aligned to (IBM-1 Viterbi, nearer position on a tie). */
    private final boolean aligned;

    TranslatedWordsCandidate(Function<String, LexicalTable> tableForPair, double threshold, int slack, boolean aligned) {
        this.tableForPair = tableForPair;
        this.threshold = threshold;
        this.slack = slack;
        this.aligned = aligned;
    }

    public String id() {
        return "translated-words(t>=" + threshold + ",slack=" + slack + (aligned ? ",aligned" : "") + ")";
    }

    public String reason() {
        return "every content word of the source term is translated by target words close together";
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        LexicalTable table = tableForPair.apply(a.pair().pair().id());
        if (table == null) return false;
        Set<String> english = new LinkedHashSet<>();
        List<Token> src = a.sourceWords();
        String[] srcKeys = LexicalTable.keys(src, a.source(), a.srcLang());
        BitSet inTerm = new BitSet();
        for (int i = 0; i < src.size(); i++) {
            if (srcKeys[i] != null && src.get(i).start() >= o.start() && src.get(i).end() <= o.end()) {
                english.add(srcKeys[i]);
                inTerm.set(i);
            }
        }
        if (english.isEmpty()) return false;
        LooseRendering.Target target = a.target();
        List<Token> tokens = target.tokens();
        String[] tgtKeys = LexicalTable.keys(tokens, a.pair().target(), a.tgtLang());
        BitSet taken = new BitSet();
        for (TermOccurrence t : a.pair().targetTerms()) {
            if (t.concept().id().equals(o.concept().id())) continue;
            for (int j = 0; j < tokens.size(); j++) if (tokens.get(j).start() >= t.start() && tokens.get(j).end() <= t.end()) taken.set(j);
        }
        List<BitSet> at = new ArrayList<>();
        BitSet any = new BitSet();
        for (String e : english) {
            BitSet b = new BitSet();
            for (int j = 0; j < tokens.size(); j++) {
                if (tgtKeys[j] != null && !taken.get(j) && table.p(e, tgtKeys[j]) >= threshold
                    && (!aligned || inTerm.get(best(table, srcKeys, tgtKeys[j], j, tokens.size())))) b.set(j);
            }
            if (b.isEmpty()) return false;
            at.add(b);
            any.or(b);
        }
        int window = english.size() + slack;
        for (int i = any.nextSetBit(0); i >= 0; i = any.nextSetBit(i + 1)) {
            if (TranslatedWords.ownWords(at, 0, Math.max(0, i - window), i + window, new BitSet())) return true;
        }
        return false;
    }


    /** The source word target word {@code f} (at {@code j} of {@code m}) is best aligned to; the nearer relative position on a tie. */
    private static int best(LexicalTable table, String[] srcKeys, String f, int j, int m) {
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < srcKeys.length; i++) {
            if (srcKeys[i] == null) continue;
            double score = table.p(srcKeys[i], f) * (1 - 0.1 * Math.abs((double) i / srcKeys.length - (double) j / m));
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best < 0 ? 0 : best;
    }
}
