package org.concord.align;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.segment.Sentence;

/**
 * "Line F1" for documents whose lines are aligned but coarser than sentences: a predicted bead is correct when both
 * its sides are non-empty and all its sentences come from one line (paragraph); precision is over predicted beads,
 * recall over lines whose sentences all sit in correct beads.
 */
final class LineScore {

    private LineScore() {}

    /** {correct beads, predicted beads, recovered lines, lines}. */
    static int[] count(List<Sentence> src, List<Sentence> tgt, List<Bead> beads) {
        Set<Integer> badLines = new HashSet<>();
        Set<Integer> lines = new HashSet<>();
        src.forEach(s -> lines.add(s.paragraph()));
        tgt.forEach(s -> lines.add(s.paragraph()));
        int correct = 0;
        for (Bead b : beads) {
            Set<Integer> touched = new HashSet<>();
            b.src().forEach(i -> touched.add(src.get(i).paragraph()));
            b.tgt().forEach(j -> touched.add(tgt.get(j).paragraph()));
            if (b.isMatch() && touched.size() == 1) correct++;
            else badLines.addAll(touched);
        }
        return new int[] {correct, beads.size(), lines.size() - badLines.size(), lines.size()};
    }

    static String format(int[] c) {
        double p = (double) c[0] / Math.max(1, c[1]), r = (double) c[2] / Math.max(1, c[3]);
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
