package org.concord.align;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.gcaligner.AlignmentFunction;
import net.sf.okapi.steps.gcaligner.AlignmentScorer;
import net.sf.okapi.steps.gcaligner.DpMatrix;
import net.sf.okapi.steps.gcaligner.DpMatrixCell;
import net.sf.okapi.steps.gcaligner.GaleAndChurch;
import net.sf.okapi.steps.gcaligner.Penalties;

/** The baseline: Okapi's Gale-Church aligner (okapi-step-aligner, gcaligner) run on the same sentences as ours. */
final class OkapiGaleChurch {

    private OkapiGaleChurch() {}

    static List<Bead> align(List<String> src, List<String> tgt, String srcLang, String tgtLang) {
        LocaleId s = LocaleId.fromString(srcLang), t = LocaleId.fromString(tgtLang);
        List<AlignmentScorer<String>> scorers = List.of(new GaleAndChurch<>());
        DpMatrix<String> matrix = new DpMatrix<>(src, tgt, new AlignmentFunction<>(s, t, scorers, new Penalties()));
        List<Bead> beads = new ArrayList<>();
        for (DpMatrixCell c : matrix.align()) {
            // Cells are 1-based: cell (x, y) ends a bead at source sentence x - 1 and target sentence y - 1.
            switch (c.getState()) {
                case DpMatrixCell.MATCH -> beads.add(Bead.of(List.of(c.getXindex() - 1), List.of(c.getYindex() - 1)));
                case DpMatrixCell.DELETED -> beads.add(Bead.of(List.of(c.getXindex() - 1), List.of()));
                case DpMatrixCell.INSERTED -> beads.add(Bead.of(List.of(), List.of(c.getYindex() - 1)));
                case DpMatrixCell.MULTI_MATCH -> beads.add(Bead.of(
                    range(c.getMultiMatchXIndexBegin(), c.getMultiMatchXIndexEnd()),
                    range(c.getMultiMatchYIndexBegin(), c.getMultiMatchYIndexEnd())));
                default -> { }
            }
        }
        return beads;
    }

    /** Multi-match cells give their sentences as a half-open 1-based range [first, end). */
    private static List<Integer> range(int firstOneBased, int endOneBased) {
        List<Integer> out = new ArrayList<>();
        for (int k = firstOneBased; k < endOneBased; k++) out.add(k - 1);
        return out;
    }
}
