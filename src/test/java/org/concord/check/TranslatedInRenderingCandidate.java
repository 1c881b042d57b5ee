package org.concord.check;

import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * Candidate f of the leave-one-out harness: an approved rendering with all its content words but one there, close
 * together, and in their window a free target word that translates (t at least {@code threshold} in a table learned
 * elsewhere) the source term's word the missing one stands for: of the source sentence's words, the one it translates
 * best is a word of the term that no word of the rendering found there translates. A synonym inside the rendering,
 * whether or not the near-miss search saw it; tried on near misses too.
 */
final class TranslatedInRenderingCandidate implements UsageRule {
    private static final int SLACK = 4;
    private final Function<String, LexicalTable> tableForPair;
    private final double threshold;

    TranslatedInRenderingCandidate(Function<String, LexicalTable> tableForPair, double threshold) {
        this.tableForPair = tableForPair;
        this.threshold = threshold;
    }

    public String id() {
        return "translated-in-rendering(t>=" + threshold + ")";
    }

    public String reason() {
        return "a rendering with one content word replaced by a translation of the source word it stands for";
    }

    @Override
    public boolean judgesNearMiss() {
        return true;
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        LexicalTable table = tableForPair.apply(a.pair().pair().id());
        if (table == null) return false;
        String lang = a.tgtLang();
        List<Token> src = a.sourceWords();
        String[] srcKeys = LexicalTable.keys(src, a.source(), a.srcLang());
        BitSet inTerm = new BitSet();
        for (int i = 0; i < src.size(); i++) if (srcKeys[i] != null && src.get(i).start() >= o.start() && src.get(i).end() <= o.end()) inTerm.set(i);
        if (inTerm.cardinality() < 2) return false;
        LooseRendering.Target target = a.target();
        List<Token> tokens = target.tokens();
        String[] tgtKeys = LexicalTable.keys(tokens, a.pair().target(), lang);
        BitSet taken = new BitSet();
        for (TermOccurrence t : a.pair().targetTerms()) {
            if (t.concept().id().equals(o.concept().id())) continue;
            for (int j = 0; j < tokens.size(); j++) if (tokens.get(j).start() >= t.start() && tokens.get(j).end() <= t.end()) taken.set(j);
        }
        for (String r : a.approved(o.concept())) {
            LooseRendering.Rendering rr = LooseRendering.rendering(r, lang);
            List<LooseRendering.Slot> content = rr.slots().stream().filter(LooseRendering.Slot::content).toList();
            if (content.size() < 2) continue;
            List<Token> rTokens = TextAnalyzer.forLanguage(lang).tokens(r);
            String[] rKeys = LexicalTable.keys(rTokens, r, lang);
            int window = rr.length() + SLACK;
            for (int i = 0; i < target.size(); i++) {
                boolean anchor = false;
                for (LooseRendering.Slot s : content) anchor |= LooseRendering.matches(target, i, s.word());
                if (!anchor) continue;
                int from = Math.max(0, i - window);
                int to = Math.min(target.size(), i + window + 1);
                BitSet used = new BitSet();
                int missing = -1;
                boolean ok = true;
                for (int k = 0; k < content.size() && ok; k++) {
                    int at = -1;
                    for (int j = from; j < to && at < 0; j++) if (!used.get(j) && LooseRendering.matches(target, j, content.get(k).word())) at = j;
                    if (at >= 0) used.set(at);
                    else if (missing < 0) missing = k;
                    else ok = false;
                }
                if (!ok || missing < 0) continue;
                for (int j = from; j < to; j++) {
                    if (used.get(j) || taken.get(j) || tgtKeys[j] == null) continue;
                    int e = best(table, srcKeys, tgtKeys[j]);
                    if (e < 0 || !inTerm.get(e) || table.p(srcKeys[e], tgtKeys[j]) < threshold) continue;
                    // no word of the rendering found in the target translates that source word: the missing one stood for it
                    boolean covered = false;
                    int slot = 0;
                    for (int q = 0; q < rTokens.size(); q++) {
                        if (rKeys[q] == null) continue;
                        if (slot++ != missing && table.p(srcKeys[e], rKeys[q]) >= threshold) covered = true;
                    }
                    if (!covered) return true;
                }
            }
        }
        return false;
    }

    /** The source word {@code f} translates best, or -1. */
    private static int best(LexicalTable table, String[] srcKeys, String f) {
        int best = -1;
        double bestP = 0;
        for (int i = 0; i < srcKeys.length; i++) {
            if (srcKeys[i] == null) continue;
            double p = table.p(srcKeys[i], f);
            if (p > bestP) {
                bestP = p;
                best = i;
            }
        }
        return best;
    }
}
