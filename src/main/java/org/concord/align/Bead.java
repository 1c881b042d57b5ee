package org.concord.align;

import java.util.List;

/**
 * One bead of an alignment: the 0-based sentence indices it takes from the source and the target (either side may be
 * empty for a deletion or insertion), the aligner's confidence in it (posterior probability, 0–1), and whether it is
 * flagged for review because that confidence is low.
 */
public record Bead(List<Integer> src, List<Integer> tgt, double confidence, boolean flagged) {

    public Bead {
        src = List.copyOf(src);
        tgt = List.copyOf(tgt);
    }

    /** A bead with no confidence attached (e.g. read from a gold file). */
    public static Bead of(List<Integer> src, List<Integer> tgt) {
        return new Bead(src, tgt, 1.0, false);
    }

    /** True when both sides hold at least one sentence. */
    public boolean isMatch() {
        return !src.isEmpty() && !tgt.isEmpty();
    }

    /** The source sentences as a reader numbers them: "s3", or "s4-5" for a bead of two or more. */
    public String sourceLabel() {
        if (src.isEmpty()) return "";
        int first = src.get(0) + 1, last = src.get(src.size() - 1) + 1;
        return "s" + first + (last != first ? "-" + last : "");
    }

    /** "2-1", "1-0", … */
    public String type() {
        return src.size() + "-" + tgt.size();
    }
}
