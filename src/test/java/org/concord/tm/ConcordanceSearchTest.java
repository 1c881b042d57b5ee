package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Concordance hits when some of a phrase's words or word pairs are far more frequent than the rarest and their
 * postings are not read: the texts decide, so the hits, their order and the limit are those of a plain scan.
 */
class ConcordanceSearchTest extends MemoryFixture {
    @Test
    void frequentWordsAndPairsLeftUnreadChangeNoHitNorItsOrder() {
        List<AlignedUnit> beads = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            // "of the" and "the report" in every unit, "members" in one of 25 (in three word orders: 40 times rarer), and
            // "members of the committee" as a phrase only in some of them.
            String en = switch (i % 100) {
                case 3 -> "Members of the Committee read the report of the Secretariat " + i + ".";
                case 13 -> "The report of the Committee was read by its members " + i + ".";
                case 23 -> "Of the members, the Committee heard the report of the Board " + i + ".";
                default -> i % 100 == 57 ? "Members of the committee, and the report of the Board " + i + "."
                    : "The report of the Council on item " + i + " was adopted.";
            };
            texts.add(en);
            beads.add(bead("A/" + i, 0, en, "Texte " + i + "."));
        }
        tm.add(beads, "t");
        for (String phrase : List.of("members of the committee", "members of the", "of the members", "the report of the",
            "report of the Council", "the committee", "of the board")) {
            for (int max : new int[] {1, 7, 40, 2000}) {
                List<Long> expected = new ArrayList<>();
                for (int u = 0; u < texts.size() && expected.size() < max; u++) if (holds(texts.get(u), phrase)) expected.add(u + 1L);
                assertThat(tm.concordance(phrase, "en", max)).extracting(ConcordanceHit::unitId).as(phrase + " " + max)
                    .containsExactlyElementsOf(expected);
            }
        }
        assertThat(tm.concordance("members of the committee", "en", 5).get(0).variants()).containsEntry("fr", "Texte 3.");
    }

    private static boolean holds(String text, String phrase) {
        String[] t = Tokens.terms(text);
        String[] p = Tokens.terms(phrase);
        for (int i = 0; i + p.length <= t.length; i++) if (java.util.Arrays.equals(t, i, i + p.length, p, 0, p.length)) return true;
        return false;
    }
}
