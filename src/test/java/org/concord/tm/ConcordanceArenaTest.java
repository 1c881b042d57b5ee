package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Concordance once fuzzy lookups have read the word arena: candidates that hold the phrase's words and pairs but not
 * the phrase are passed over without reading their rows, and the hits stay those read from the rows alone.
 */
class ConcordanceArenaTest extends MemoryFixture {
    private static final List<String> PHRASES = List.of("importance of the", "the importance", "of the", "sécurité des États",
        "安全 理事会", "item 7", "nothing holds this", "Importance OF");

    /** Units whose English holds "importance of" and "of the" apart, or together (with case and punctuation between). */
    private static List<AlignedUnit> units(int from, int to) {
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String en = switch (i % 6) {
                case 0 -> "The importance of the item " + i + " was stressed.";
                case 1 -> "The importance of ensuring item " + i + " is part of the plan.";
                case 2 -> "Of the importance, of THE item " + i + ": none.";
                case 3 -> "La sécurité des États membres, item " + i + ".";
                case 4 -> "安全 理事会 item " + i;
                default -> "Importance of item " + i + " to all of the members.";
            };
            Map<String, String> langs = i % 10 == 9 ? Map.of("fr", "Sans anglais " + i) : Map.of("en", en, "fr", "Texte " + i + ".");
            units.add(new AlignedUnit("A/" + (i / 50), i, langs.containsKey("en") ? "en" : "fr", langs, 1.0));
        }
        return units;
    }

    private UnitStore store(boolean withArena) {
        return storeWithEnglishArena(withArena);
    }

    @Test
    void theArenaTurnsAwayNonHitsUnreadAndTheHitsStayTheRowsHits() {
        tm.add(units(0, 300), "t");
        ConcordanceSearch fromArena = new ConcordanceSearch(store(true)), fromRows = new ConcordanceSearch(store(false));
        for (String phrase : PHRASES) {
            for (int max : new int[] {1, 7, 40, 1000}) {
                assertThat(fromArena.concordance(phrase, "en", max)).as(phrase + " " + max).isEqualTo(fromRows.concordance(phrase, "en", max));
            }
        }
        long readBefore = fromArena.checks.read, rowsBefore = fromRows.checks.read;
        List<ConcordanceHit> hits = fromArena.concordance("importance of the", "en", 1000);
        List<ConcordanceHit> same = fromRows.concordance("importance of the", "en", 1000);
        assertThat(hits).isEqualTo(same).hasSize(100); // units 0 and 2 (mod 6)
        // Units 1 and 5 (mod 6) hold both pairs apart: read from the rows, never read with the arena.
        assertThat(fromArena.checks.read - readBefore).isEqualTo(hits.size());
        assertThat(fromRows.checks.read - rowsBefore).isGreaterThan(hits.size() + 50);
        assertThat(fromArena.checks.rejectedInMemory).isGreaterThan(0);
    }

    @Test
    void theArenaSparesThePairsAndFrequentWordsRows() {
        for (int from = 0; from < 300; from += 100) tm.add(units(from, from + 100), "t"); // three chunks a posting
        UnitStore withArena = store(true), withoutArena = store(false);
        ConcordanceSearch fromArena = new ConcordanceSearch(withArena), fromRows = new ConcordanceSearch(withoutArena);
        long arenaRows = withArena.index.reads.rows, rowsRows = withoutArena.index.reads.rows;
        List<ConcordanceHit> hits = fromArena.concordance("importance of ensuring", "en", 1000);
        assertThat(hits).isEqualTo(fromRows.concordance("importance of ensuring", "en", 1000)).hasSize(40);
        // "ensuring" (40 units) drives, its three rows read by both. From the rows alone, each pair ("importance of",
        // "of ensuring") and each other word ("importance", "of") filters, three rows each. With the arena, a pair's
        // first row is read to weigh it against the driver and no more (the arena checks the words in a row), and
        // "importance" and "of", in most units, are among its frequent words, tested as bits.
        assertThat(withoutArena.index.reads.rows - rowsRows).isEqualTo(3 + 2 * 3 + 2 * 3);
        assertThat(withArena.index.reads.rows - arenaRows).isEqualTo(3 + 2);
    }

    @Test
    void hitsTakeTheirDocumentSymbolsFromTheArena() {
        tm.add(units(0, 300), "t");
        ConcordanceSearch fromArena = new ConcordanceSearch(store(true)), fromRows = new ConcordanceSearch(store(false));
        List<ConcordanceHit> hits = fromArena.concordance("sécurité des États", "en", 1000);
        assertThat(hits).isEqualTo(fromRows.concordance("sécurité des États", "en", 1000)).hasSize(40);
        assertThat(hits).extracting(ConcordanceHit::docSymbol).contains("A/0", "A/5").doesNotContainNull();
        // Every candidate is a hit: one statement reads their variants; from the rows alone a second reads tm_unit.
        assertThat(fromArena.checks.statements).isEqualTo(1);
        assertThat(fromRows.checks.statements).isEqualTo(2);
    }

    @Test
    void unitsAddedAfterTheArenaWasReadAreFound() {
        tm.add(units(0, 120), "t");
        UnitStore store = store(true);
        ConcordanceSearch search = new ConcordanceSearch(store);
        assertThat(search.concordance("importance of the", "en", 1000)).hasSize(40);
        // Written through another store on the same connection: PRAGMA data_version stays as it was (only other
        // connections move it), so the index must see the write in the connection's total_changes() and drop the
        // arena and the postings read with it, or the new units (above the arena's last id) would be missed.
        tm.add(units(120, 240), "t");
        List<ConcordanceHit> hits = search.concordance("importance of the", "en", 1000);
        assertThat(hits).isEqualTo(new ConcordanceSearch(store(false)).concordance("importance of the", "en", 1000)).hasSize(80);
        assertThat(hits.get(hits.size() - 1).unitId()).isGreaterThan(120);
    }
}
