package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups that score candidates from the {@link WordArena} (every unit's words) rather than reading them. */
class FuzzyWordArenaTest extends MemoryFixture {
    private static final String QUERY = "The Committee held its 1 meeting on the agenda item before the General Assembly";

    /**
     * A search over {@code db} whose index reads the arena from its first lookup on (or, with never, not at all), in
     * that lookup, so that a test knows it is there.
     */
    private static FuzzySearch search(UnitStore store, boolean never) {
        store.index.arenas.afterCandidates = never ? Long.MAX_VALUE : 0;
        store.index.arenas.reading = Arenas.Reading.IN_THE_LOOKUP;
        return new FuzzySearch(store);
    }

    @Test
    void theArenaGivesTheMatchesReadingTheCandidatesGives() {
        // Near copies, accents, Chinese, repeated words, a unit without French, a sentence of more than 64 words, and
        // more than 2^15 distinct words, so that numbers past the one-char range are stored and read back.
        Random rnd = new Random(9);
        List<AlignedUnit> units = new ArrayList<>();
        String[] base = {QUERY, "La sécurité des États membres et la sécurité des peuples", "安全 理事会 决议 the Council decided",
            "the the the committee committee decided decided to to adjourn"};
        int pos = 0;
        for (int i = 0; i < 1_800; i++) {
            StringBuilder rare = new StringBuilder();
            for (int w = 0; w < 30; w++) rare.append(" r").append(i * 30 + w);
            String text = base[i % base.length].replace(" 1 ", " " + i + " ") + (i % 3 == 1 ? "" : rare);
            if (i % 97 == 0) text = (text + " and").repeat(8);
            Map<String, String> langs = i % 50 == 7 ? Map.of("en", text, "es", "es " + i) : Map.of("en", text, "fr", "fr " + i);
            units.add(new AlignedUnit("D", pos++, "en", langs, 1.0));
        }
        tm.add(units, "t");
        UnitStore withArena = UnitStore.open(db), reading = UnitStore.open(db);
        FuzzySearch fromArena = search(withArena, false), fromRows = search(reading, true);
        for (int q = 0; q < 30; q++) {
            String query = units.get(rnd.nextInt(units.size())).texts().get("en");
            if (q % 2 == 1) query = query.replace("the", "a").replace(" r", " x");
            for (String tgt : List.of("fr", "es")) {
                List<Lookup> expected = fromRows.lookup(query, "en", tgt, 60, 5);
                assertThat(fromArena.lookup(query, "en", tgt, 60, 5)).as("%s → %s", query, tgt).isEqualTo(expected);
            }
        }
        WordArena arena = withArena.query(() -> withArena.index.arena("en"));
        assertThat(arena).as("the lookups above were served by an arena").isNotNull();
        assertThat(arena.vocabulary()).isGreaterThan(1 << 15);
        // Every unit's words, read back, are the numbers of its text's words.
        for (int id = 1; id <= units.size(); id++) {
            String text = units.get(id - 1).texts().get("en");
            int[] expected = arena.query(Tokens.terms(text));
            int[] got = new int[arena.length(id)];
            arena.words(id, got);
            assertThat(got).as("unit %d", id).containsExactly(expected);
        }
        assertThat(holds(arena.having("fr"), 1)).isTrue();
        assertThat(holds(arena.having("fr"), 8)).isFalse();
        assertThat(holds(arena.having("es"), 8)).isTrue();
        assertThat(reading.query(() -> reading.index.arena("en"))).as("never read when told so").isNull();
    }

    @Test
    void aFewLookupsReadNoArenaAndManyDo() {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < 40; i++) beads.add(bead("D", i, QUERY.replace(" 1 ", " " + (100 + i) + " "), "copy " + i));
        tm.add(beads, "t");
        UnitStore store = UnitStore.open(db);
        FuzzySearch search = new FuzzySearch(store);
        store.index.arenas.reading = Arenas.Reading.IN_THE_LOOKUP;
        store.index.arenas.afterCandidates = 1_000;
        search.lookup(QUERY, "en", "fr", 70, 5);
        assertThat(store.query(() -> store.index.arena("en"))).as("one lookup scored fewer candidates than the threshold").isNull();
        store.index.arenas.afterCandidates = 6;
        assertThat(store.query(() -> store.index.arena("en"))).as("it scored at least 6 candidates").isNotNull();
    }

    @Test
    void aWriteHereDropsTheArena() {
        tm.add(List.of(bead("D", 0, QUERY.replace("agenda", "main"), "near")), "t");
        UnitStore store = UnitStore.open(db);
        FuzzySearch search = search(store, false);
        MemoryWriter writer = new MemoryWriter(store);
        assertThat(search.lookup(QUERY, "en", "fr", 70, 5)).extracting(l -> l.match().target(), l -> l.match().percent())
            .containsExactly(tuple("near", 92));
        writer.add(List.of(bead("D", 1, QUERY, "exact")), "t");
        assertThat(search.lookup(QUERY, "en", "fr", 70, 5)).extracting(l -> l.match().target(), l -> l.match().percent())
            .containsExactly(tuple("exact", 100), tuple("near", 92));
        writer.correct(1, "en", QUERY.replace("agenda", "other").replace("item", "point"), "t");
        assertThat(search.lookup(QUERY, "en", "fr", 70, 5)).extracting(l -> l.match().target(), l -> l.match().percent())
            .containsExactly(tuple("exact", 100), tuple("near", 85));
    }

    @Test
    void anotherProcessesImportAndCorrectionAreSeen(@TempDir Path dir) {
        Path file = dir.resolve("memory.db");
        try (Database mine = Database.open(file); Database theirs = Database.open(file)) {
            TranslationMemory.open(mine).add(List.of(bead("D", 0, QUERY.replace("agenda", "main"), "near")), "t");
            UnitStore store = UnitStore.open(mine);
            FuzzySearch here = search(store, false);
            TranslationMemory there = TranslationMemory.open(theirs);
            assertThat(here.lookup(QUERY, "en", "fr", 70, 5)).extracting(l -> l.match().percent()).containsExactly(92);
            assertThat(store.query(() -> store.index.arena("en"))).isNotNull();
            there.add(List.of(bead("D", 1, QUERY, "exact")), "them");
            assertThat(here.lookup(QUERY, "en", "fr", 70, 5)).extracting(l -> l.match().target(), l -> l.match().percent())
                .containsExactly(tuple("exact", 100), tuple("near", 92));
            there.correct(1, "en", QUERY, "them");
            assertThat(here.lookup(QUERY, "en", "fr", 70, 5)).extracting(l -> l.match().target(), l -> l.match().percent())
                .containsExactly(tuple("near", 100), tuple("exact", 100));
        }
    }

    /**
     * A second memory opened on the same SQLite connection writes without moving PRAGMA data_version (only other
     * connections move it): the index must still drop the postings and the arena it holds, or the unit that memory
     * adds, holding a word already read, would not be found.
     */
    @Test
    void aUnitAddedThroughAnotherMemoryOnTheSameConnectionIsFound() {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < 20; i++) beads.add(bead("D", i, QUERY.replace("agenda", "main") + " part " + i, "near " + i));
        beads.add(bead("D", 20, "A sentence on quinoa alone", "alone"));
        tm.add(beads, "t");
        UnitStore store = UnitStore.open(db);
        FuzzySearch here = search(store, false);
        String query = QUERY + " quinoa";
        assertThat(here.lookup(query, "en", "fr", 70, 5)).extracting(l -> l.match().target()).doesNotContain("exact");
        assertThat(store.index.cachedPosting("en", "quinoa")).as("read by the lookup").isNotNull();
        TranslationMemory.open(db).add(List.of(bead("D", 21, query, "exact")), "them");
        assertThat(here.lookup(query, "en", "fr", 70, 5)).extracting(l -> l.match().target(), l -> l.match().percent())
            .startsWith(tuple("exact", 100));
    }

    /** More matches asked for than one statement reads (64 ids): every one is returned, best first. */
    @Test
    void aLookupReturnsMoreMatchesThanOneStatementReads() {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < 90; i++) beads.add(bead("D", i, QUERY.replace(" 1 ", " " + (i + 2) + " "), "copy " + i));
        tm.add(beads, "t");
        List<Lookup> found = tm.lookup(QUERY, "en", "fr", 70, 100);
        assertThat(found).hasSize(90);
        assertThat(found).extracting(l -> l.match().target()).doesNotHaveDuplicates();
    }

    /** A lookup's hits are read together: each as reading it alone gives it, every language, source first. */
    @Test
    void hitsReadTogetherAreTheUnitsReadOneByOne() {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, String> langs = i % 3 == 0 ? Map.of("en", "unit " + i, "fr", "unité " + i, "zh", "单位 " + i) : Map.of("en", "unit " + i, "fr", "unité " + i);
            beads.add(new AlignedUnit("A/" + i, i, i % 4 == 1 ? "fr" : "en", langs, 1.0));
        }
        tm.add(beads, "t");
        UnitStore store = UnitStore.open(db);
        int[] ids = {9, 2, 4, 1, 12, 77};
        Map<Integer, Unit> together = store.units(ids);
        assertThat(together).hasSize(5).doesNotContainKey(77);
        for (int id : new int[] {9, 2, 4, 1, 12}) assertThat(together.get(id)).as("unit %d", id).isEqualTo(store.unit(id));
        assertThat(together.get(2).variants()).extracting(Variant::lang).containsExactly("fr", "en");
        assertThat(store.units(new int[0])).isEmpty();
    }

    /**
     * The pass over every unit takes minutes at ten million units: the lookup that calls for it gets its matches from
     * the rows as before, without waiting, and the lookups after the pass use the arena, with the same matches.
     */
    @Test
    @org.junit.jupiter.api.Timeout(20)
    void theLookupThatCallsForTheArenaDoesNotWaitForIt(@TempDir Path dir) throws Exception {
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < 300; i++) beads.add(bead("D", i, QUERY.replace(" 1 ", " " + (100 + i) + " ") + (i % 2 == 0 ? " now" : ""), "copy " + i));
        try (Database file = Database.open(dir.resolve("memory.db"))) {
            TranslationMemory.open(file).add(beads, "t");
            UnitStore store = UnitStore.open(file), reading = UnitStore.open(file);
            assertThat(store.index.arenas.reading).as("a SQLite file's arena is read in the background").isEqualTo(Arenas.Reading.IN_BACKGROUND);
            store.index.arenas.afterCandidates = 0;
            var gate = new java.util.concurrent.CountDownLatch(1);
            store.index.arenas.beforeBackgroundPass = gate; // the pass cannot finish before the first lookup has returned
            FuzzySearch search = new FuzzySearch(store), fromRows = search(reading, true);
            List<Lookup> expected = fromRows.lookup(QUERY, "en", "fr", 70, 5);
            assertThat(expected).hasSize(5);
            assertThat(search.lookup(QUERY, "en", "fr", 70, 5)).isEqualTo(expected);
            assertThat(store.query(() -> store.index.arena("en"))).as("still being read: the lookup did not wait").isNull();
            gate.countDown();
            WordArena arena = null;
            while (arena == null) {
                Thread.sleep(20);
                arena = store.query(() -> store.index.arena("en"));
            }
            assertThat(arena.length(1)).isEqualTo(Tokens.terms(beads.get(0).texts().get("en")).length);
            String other = QUERY.replace("agenda", "draft");
            assertThat(search.lookup(other, "en", "fr", 70, 5)).isEqualTo(fromRows.lookup(other, "en", "fr", 70, 5));
        }
    }

    /** Whether the bits by unit id hold {@code unit}, as the arena lookup reads them. */
    private static boolean holds(long[] bits, int unit) {
        return (bits[unit >>> 6] & 1L << unit) != 0;
    }

    /**
     * The frequent words' bits take only what the heap leaves beside the arena: at ten million units 256 words take
     * 320 MB, so a heap that admits the arena alone keeps fewer words, and none when nothing is left.
     */
    @Test
    void theFrequentWordsBitsFitWhatTheHeapLeaves() {
        int tenMillion = 10_000_000;
        long each = 8L * ((tenMillion >>> 6) + 1);
        assertThat(WordArena.frequentWords(1L << 40, tenMillion)).isEqualTo(WordArena.MOST_FREQUENT);
        assertThat(WordArena.frequentWords(20 * each + 5, tenMillion)).isEqualTo(20);
        assertThat(WordArena.frequentWords(each - 1, tenMillion)).isZero();
        assertThat(WordArena.frequentWords(-300L << 20, tenMillion)).isZero();
    }
}
