package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.store.Database;
import org.concord.store.DbLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concordance over postings of several chunks (one a write), read row by row only as far as the hits need: the hits,
 * their order and the limit stay those of a plain scan when units are added in later writes, when a replaced unit's id
 * comes again in a later chunk, and when another process adds units.
 */
class ConcordanceWalkTest extends MemoryFixture {
    private final List<String> texts = new ArrayList<>();

    /** Adds {@code count} units in one write (one chunk of postings): every seventh holds "the general debate". */
    private void write(int count) {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int i = texts.size();
            String en = i % 7 == 3 ? "The general debate on item " + i + " was closed."
                : i % 7 == 5 ? "The debate was general, on item " + i + "."
                : "The Assembly heard the general statement of item " + i + ".";
            texts.add(en);
            beads.add(bead("A/" + i, 0, en, "Texte " + i + "."));
        }
        tm.add(beads, "t");
    }

    @Test
    void hitsAcrossChunksComeOldestFirstUpToTheLimit() {
        for (int w = 0; w < 6; w++) write(50);
        for (String phrase : List.of("the general debate", "general debate", "debate was general", "the general", "item 12")) {
            for (int max : new int[] {1, 3, 9, 40, 1000}) {
                assertThat(ids(tm.concordance(phrase, "en", max))).as(phrase + " " + max).containsExactlyElementsOf(scan(phrase, max));
            }
        }
    }

    @Test
    void theFirstHitsReadOnlyTheFirstChunksRows() {
        for (int w = 0; w < 6; w++) write(50);
        tm.concordance("the general debate", "en", 100); // reads the chunks' order once
        SearchWork before = tm.concordanceWork();
        assertThat(ids(tm.concordance("the general debate", "en", 3))).containsExactly(4L, 11L, 18L);
        SearchWork first = tm.concordanceWork().minus(before);
        before = tm.concordanceWork();
        assertThat(tm.concordance("the general debate", "en", 1000)).hasSize(43);
        SearchWork all = tm.concordanceWork().minus(before);
        // The first three hits lie in the first write: each posting's later rows are never read.
        assertThat(first.postingRows()).isLessThan(all.postingRows() / 3);
        assertThat(first.decodedWhole()).isZero();
    }

    @Test
    void aReplacedUnitComesAgainInALaterChunkAndKeepsItsPlace() {
        for (int w = 0; w < 4; w++) write(40);
        // Unit 2 now holds the phrase (written in a new chunk, below the ids before it); unit 4 no longer does.
        tm.correct(2, "en", "So the general debate began.", "t");
        texts.set(1, "So the general debate began.");
        tm.correct(4, "en", "The debate was closed.", "t");
        texts.set(3, "The debate was closed.");
        for (int max : new int[] {1, 2, 5, 1000}) {
            assertThat(ids(tm.concordance("the general debate", "en", max))).as("max " + max).containsExactlyElementsOf(scan("the general debate", max));
        }
        assertThat(ids(tm.concordance("the general debate", "en", 2))).containsExactly(2L, 11L);
    }

    @Test
    void unitsAddedByAnotherProcessAreFound(@TempDir Path dir) {
        db.close();
        DbLocation shared = sharedLocation(dir);
        db = Database.open(shared);
        tm = TranslationMemory.open(db);
        write(30);
        assertThat(ids(tm.concordance("the general debate", "en", 100))).containsExactlyElementsOf(scan("the general debate", 100));
        try (Database other = Database.open(shared)) {
            TranslationMemory elsewhere = TranslationMemory.open(other);
            List<AlignedUnit> beads = new ArrayList<>();
            for (int i = 30; i < 60; i++) {
                String en = i % 2 == 0 ? "Then the general debate resumed, item " + i + "." : "Nothing on item " + i + ".";
                texts.add(en);
                beads.add(bead("B/" + i, 0, en, "Texte " + i + "."));
            }
            elsewhere.add(beads, "t");
        }
        assertThat(ids(tm.concordance("the general debate", "en", 100))).containsExactlyElementsOf(scan("the general debate", 100))
            .contains(31L, 59L);
    }

    /** Adds units {@code from}..{@code to} (1-based ids, in one write) with the English text {@code en} makes of each id. */
    private void writeTexts(int from, int to, java.util.function.IntFunction<String> en) {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int id = from; id <= to; id++) {
            String text = en.apply(id);
            texts.add(text);
            beads.add(bead("C/" + id, 0, text, "Texte " + id + "."));
        }
        tm.add(beads, "t");
    }

    @Test
    void aFilterAheadOfTheDriverLetsItSkipRowsAndTheHitsStayTheScans() {
        // "alpha" (the rarer word, which drives) in units 1-150, the word B in units 140-300 only: the driver goes on
        // from B's first id, passing over its first two chunks' rows, and walks only where both words are. B is chosen
        // so that "alpha B" shares its pair bucket with "common pair", in every unit: the pair looks too frequent to drive.
        int bucket = Index.pairBucket("common", "pair");
        String b = java.util.stream.IntStream.range(0, 10_000_000).mapToObj(n -> "b" + n)
            .filter(w -> Index.pairBucket("alpha", w) == bucket).findFirst().orElseThrow();
        for (int w = 0; w < 6; w++) {
            int first = w * 50 + 1;
            writeTexts(first, first + 49, id -> "A common pair, " + (id <= 150 ? "alpha " : "gamma ") + (id >= 140 && id % 2 == 0 ? b : "delta")
                + " item " + id + (id >= 140 ? ", " + b + "." : "."));
        }
        String phrase = "alpha " + b;
        tm.concordance(phrase, "en", 100); // reads the chunks' order once
        for (int max : new int[] {1, 3, 100}) {
            assertThat(ids(tm.concordance(phrase, "en", max))).as("max " + max).containsExactlyElementsOf(scan(phrase, max));
        }
        SearchWork before = tm.concordanceWork();
        assertThat(ids(tm.concordance(phrase, "en", 100))).containsExactly(140L, 142L, 144L, 146L, 148L, 150L);
        SearchWork work = tm.concordanceWork().minus(before);
        assertThat(work.walked()).as("driver ids walked").isLessThan(20);
        assertThat(work.decodedWhole()).isZero();
        // The rows passed over are stepped in the index, their blobs never fetched.
        assertThat(work.postingRows()).as("blobs fetched").isLessThan(work.rowsStepped());
    }

    @Test
    void onceFewCandidatesHoldThePhraseEachCostsOneRowAndEachHitItsUnitsOthers() {
        // Every unit holds "general debate" and "debate was", but only every fifth "general debate was": the others pass
        // every filter and are turned away on their English text alone.
        for (int w = 0; w < 3; w++) {
            int first = w * 40 + 1;
            writeTexts(first, first + 39, id -> id % 5 == 0 ? "The general debate was closed on item " + id + "."
                : "The general debate ended; the debate was short on item " + id + ".");
        }
        tm.concordance("general debate was", "en", 100);
        SearchWork before = tm.concordanceWork();
        List<ConcordanceHit> hits = tm.concordance("general debate was", "en", 100);
        SearchWork work = tm.concordanceWork().minus(before);
        assertThat(ids(hits)).containsExactlyElementsOf(scan("general debate was", 100)).hasSize(24);
        assertThat(hits.get(0).variants()).containsOnlyKeys("en", "fr").containsEntry("fr", "Texte 5.");
        assertThat(hits.get(0).variants().keySet()).containsExactly("en", "fr");
        assertThat(work.candidatesRead()).isEqualTo(120);
        // The first batch (units 1-64, 12 hits) is read in both languages; as most were not hits, units 65-120 are read
        // in English, and only their 12 hits in French.
        assertThat(work.variantRows()).isEqualTo(64 * 2 + 56 + 12);
    }

    @Test
    void aUnitReplacedByAnotherProcessMidSearchIsShownWholeAsItWasWhenTheSearchBegan(@TempDir Path dir) {
        db.close();
        DbLocation shared = sharedLocation(dir);
        db = Database.open(shared);
        tm = TranslationMemory.open(db);
        // Every fifth unit holds the phrase: after the first batch, candidates are confirmed on their English text first
        // and only the hits then read in French, by another statement.
        writeTexts(1, 120, id -> id % 5 == 0 ? "The general debate was closed on item " + id + "."
            : "The general debate ended; the debate was short on item " + id + ".");
        tm.concordance("general debate was", "en", 100);
        try (Database other = Database.open(shared)) {
            TranslationMemory elsewhere = TranslationMemory.open(other);
            // Postings walked row by row (a walk's open statement held SQLite's snapshot already), then, the replaced
            // unit 100 having left them out of order, decoded whole, with no statement open between the reads.
            replacedMidSearch(elsewhere, 100);
            replacedMidSearch(elsewhere, 95);
        }
    }

    /** Unit {@code id} (a hit) replaced in English and French by {@code elsewhere} once the first candidates are confirmed. */
    private void replacedMidSearch(TranslationMemory elsewhere, long id) {
        String en = "The general debate was reopened on item " + id + ".", fr = "Le débat général a repris, point " + id + ".";
        int[] runs = {0};
        tm.concordance.afterConfirming = () -> {
            if (runs[0]++ > 0) return;
            elsewhere.correct(id, "en", en, "t");
            elsewhere.correct(id, "fr", fr, "t");
        };
        List<ConcordanceHit> hits = tm.concordance("general debate was", "en", 100);
        tm.concordance.afterConfirming = null;
        assertThat(runs[0]).as("the other process wrote mid-search").isPositive();
        assertThat(hit(hits, id).variants()).as("unit " + id + " mid-search")
            .containsEntry("en", "The general debate was closed on item " + id + ".").containsEntry("fr", "Texte " + id + ".");
        assertThat(hit(tm.concordance("general debate was", "en", 100), id).variants()).as("unit " + id + " after")
            .containsEntry("en", en).containsEntry("fr", fr);
    }

    private static ConcordanceHit hit(List<ConcordanceHit> hits, long id) {
        return hits.stream().filter(h -> h.unitId() == id).findFirst().orElseThrow();
    }

    /** A memory two connections can open (the PostgreSQL suite: a fresh database of the test server). */
    DbLocation sharedLocation(Path dir) {
        return DbLocation.parse(dir.resolve("memory.db").toString());
    }

    private static List<Long> ids(List<ConcordanceHit> hits) {
        return hits.stream().map(ConcordanceHit::unitId).toList();
    }

    /** The first {@code max} unit ids whose text holds the phrase, by a plain scan of the texts written. */
    private List<Long> scan(String phrase, int max) {
        String[] p = Tokens.terms(phrase);
        List<Long> out = new ArrayList<>();
        for (int u = 0; u < texts.size() && out.size() < max; u++) {
            String[] t = Tokens.terms(texts.get(u));
            for (int i = 0; i + p.length <= t.length; i++) {
                if (java.util.Arrays.equals(t, i, i + p.length, p, 0, p.length)) {
                    out.add(u + 1L);
                    break;
                }
            }
        }
        return out;
    }
}
