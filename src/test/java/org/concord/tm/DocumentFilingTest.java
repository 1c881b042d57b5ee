package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-filing a document after its text or alignment changed leaves the memory holding that alignment, not both. */
class DocumentFilingTest extends MemoryFixture {


    List<String> english(String doc) {
        return tm.units(new ExportOptions(List.of(), doc, null)).stream().map(u -> u.variant("en").text()).toList();
    }

    @Test
    void sentencesNoLongerAlignedAreRemovedAndTheRestKept() {
        DocumentFiling first = tm.fileDocument("S/PV.9001", List.of(
            bead("S/PV.9001", 0, "We condemn terrorism.", "Nous condamnons le terrorisme."),
            bead("S/PV.9001", 1, "The Council met twice.", "Le Conseil s'est réuni deux fois."),
            bead("S/PV.9001", 2, "We thank the Chair.", "Nous remercions le Président.")), "aligner");
        assertThat(first).isEqualTo(new DocumentFiling(3, 0, 0, 0));
        tm.fileDocument("S/PV.9002", List.of(bead("S/PV.9002", 0, "The Council met twice.", "Le Conseil s'est réuni à deux reprises.")), "aligner");

        // The second sentence was deleted from the statement: the third moves up a position.
        DocumentFiling second = tm.fileDocument("S/PV.9001", List.of(
            bead("S/PV.9001", 0, "We condemn terrorism.", "Nous condamnons le terrorisme."),
            bead("S/PV.9001", 1, "We thank the Chair.", "Nous remercions le Président.")), "aligner");

        assertThat(second).isEqualTo(new DocumentFiling(1, 0, 1, 2));
        assertThat(english("S/PV.9001")).containsExactly("We condemn terrorism.", "We thank the Chair.");
        assertThat(english("S/PV.9002")).containsExactly("The Council met twice.");
        assertThat(tm.lookup("The Council met twice.", "en", "fr", 70, 5)).extracting(l -> l.match().docSymbol())
            .containsExactly("S/PV.9002");
    }

    @Test
    void unitsATranslatorConfirmedStayWhenTheAlignmentMovesOn() {
        tm.fileDocument("S/PV.9001", List.of(bead("S/PV.9001", 0, "We condemn terrorism.", "Nous condamnons le terrorisme.")), "aligner");
        long id = tm.units(new ExportOptions(List.of(), "S/PV.9001", null)).get(0).id();
        tm.confirm(id, "reviser");

        DocumentFiling again = tm.fileDocument("S/PV.9001",
            List.of(bead("S/PV.9001", 0, "We strongly condemn terrorism.", "Nous condamnons fermement le terrorisme.")), "aligner");

        assertThat(again.removed()).isZero();
        assertThat(english("S/PV.9001")).containsExactly("We condemn terrorism.", "We strongly condemn terrorism.");
    }
}
