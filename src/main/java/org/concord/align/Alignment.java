package org.concord.align;

import java.util.List;

/** The beads aligning two documents, in document order, and the warnings the aligner has about its input. */
public record Alignment(List<Bead> beads, List<String> warnings) {

    public Alignment {
        beads = List.copyOf(beads);
        warnings = List.copyOf(warnings);
    }

    public long flaggedCount() {
        return beads.stream().filter(Bead::flagged).count();
    }
}
