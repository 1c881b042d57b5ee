package org.concord.check;

import org.concord.term.TermOccurrence;

/**
 * The target is a fragment of a translation ({@link TargetLength}) and the term lies in the part of the source it
 * cuts off: such terms are not reported one by one, as the target-truncated check reports the pair once, naming the
 * cause. A term inside the part the fragment translates is still judged as usual. Tried last, so that a term the fragment does render
 * in any accepted way is accepted as such.
 */
final class TruncatedTarget implements UsageRule {
    static final String ID = "target-truncated";

    public String id() {
        return ID;
    }

    public String reason() {
        return "the target is far shorter than the source predicts, and the term lies in the part it cuts off: reported once as target-truncated";
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        TargetLength.Fragment f = a.fragment();
        return f != null && f.cuts(o);
    }
}
