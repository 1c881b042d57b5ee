package org.concord.check;

import java.util.BitSet;
import java.util.List;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * Candidate b of the leave-one-out harness: every content word of a rendering in the target, in any order, in a window
 * {@code extra} words wider than split-or-inflected allows, none of them inside another concept's rendering. The order
 * of the words is free already in {@link LooseRendering#spread}; only the wider window is new.
 */
final class WiderSpreadCandidate implements UsageRule {
    private final int extra;

    WiderSpreadCandidate(int extra) {
        this.extra = extra;
    }

    public String id() {
        return "wider-spread(+" + extra + ")";
    }

    public String reason() {
        return "every content word of a rendering is there, in any order, split by up to " + extra + " more words";
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        BitSet taken = new BitSet();
        List<Token> tokens = a.target().tokens();
        for (TermOccurrence t : a.pair().targetTerms()) {
            if (t.concept().id().equals(o.concept().id())) continue;
            for (int j = 0; j < tokens.size(); j++) if (tokens.get(j).start() >= t.start() && tokens.get(j).end() <= t.end()) taken.set(j);
        }
        for (String r : a.approved(o.concept())) if (LooseRendering.spread(a.target(), r, a.tgtLang(), extra, taken)) return true;
        return false;
    }
}
