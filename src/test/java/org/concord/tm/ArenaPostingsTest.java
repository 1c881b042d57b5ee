package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word arena's own postings: the stored postings, from memory, once fuzzy lookups have read the arena. */
class ArenaPostingsTest extends MemoryFixture {
    private static final String[] BASE = {"The Committee held its 1 meeting on the agenda item before the General Assembly",
        "La sécurité des États membres et la sécurité des peuples", "安全 理事会 决议 the Council decided",
        "the the committee committee decided decided to to adjourn"};

    /**
     * Units of a few recurring sentences (their words kept as bits by the arena) with rare words of their own: a number,
     * and words shared by one unit in seven (kept as bits) or one in a thousand; a unit in ten has no English.
     */
    private static List<AlignedUnit> units(int count) {
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = BASE[i % BASE.length].replace(" 1 ", " " + i + " ") + " seventh" + i % 7 + " thousandth" + i % 1000
                + (i % 3 == 0 ? " solemn pledge of Member States" : " pledge");
            Map<String, String> langs = i % 10 == 9 ? Map.of("fr", "sans anglais " + i) : Map.of("en", text, "fr", "fr " + i);
            units.add(new AlignedUnit("A/" + i / 100, i, langs.containsKey("en") ? "en" : "fr", langs, 1.0));
        }
        return units;
    }

    /** A store whose index has read the English arena, with its postings, or never reads one. */
    private UnitStore store(boolean withArena) {
        UnitStore store = storeWithEnglishArena(withArena);
        if (withArena) assertThat(store.index.arenaWithPostings("en")).as("postings built").isNotNull();
        return store;
    }

    /** The units the arena's own postings give for {@code term}, or null when it keeps the word as bits. */
    private static int[] ids(WordArena arena, String term) {
        Postings.Decoder decoder = new Postings.Decoder();
        return arena.addPosting(term, decoder) ? decoder.ids() : null;
    }

    @Test
    void everyWordsPostingIsTheStoredOne() {
        tm.add(units(3_000), "t");
        UnitStore withArena = store(true), fromRows = store(false);
        WordArena arena = withArena.query(() -> withArena.index.arenaWithPostings("en"));
        List<String> terms = withArena.query(() -> {
            List<String> all = new ArrayList<>();
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT DISTINCT term FROM tm_posting WHERE lang = 'en'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) all.add(rs.getString(1));
            }
            return all;
        });
        assertThat(terms).hasSizeGreaterThan(800);
        int asBits = 0;
        long rowsBefore = withArena.index.reads.rows;
        for (String term : terms) {
            Index.Posting stored = fromRows.query(() -> fromRows.index.posting("en", term));
            int[] inArena = ids(arena, term);
            if (inArena == null) {
                // Kept as bits instead: the word is one of the most frequent.
                asBits++;
                assertThat(stored.df()).as(term).isGreaterThanOrEqualTo(3_000 / 128);
                continue;
            }
            assertThat(inArena).as(term).containsExactly(stored.ids());
            assertThat(withArena.query(() -> withArena.index.posting("en", term)).ids()).as(term).containsExactly(stored.ids());
            assertThat(withArena.query(() -> withArena.index.df("en", term))).as(term).isEqualTo(stored.df());
        }
        assertThat(asBits).isBetween(10, 256);
        assertThat(withArena.index.reads.rows - rowsBefore).as("posting rows read with the arena's postings").isZero();
        assertThat(ids(arena, "nowhere")).isEmpty();
        assertThat(withArena.query(() -> withArena.index.df("en", "nowhere"))).isZero();
    }

    @Test
    void anArenaReadNewestUnitsFirstAFewAStatementHoldsWhatTheRowsHold() {
        tm.add(units(3_000), "t");
        // 7 units a statement: 428 ranges from the newest down, then the oldest 4 units in a statement of their own.
        UnitStore chunked = storeWithEnglishArena(true, 7), fromRows = store(false);
        WordArena arena = chunked.query(() -> chunked.index.arenaWithPostings("en"));
        assertThat(arena).as("postings built").isNotNull();
        assertThat(arena.maxId()).isEqualTo(3_000);
        long[] english = arena.having("en"), french = arena.having("fr");
        for (int id = 1; id <= 3_000; id++) {
            // Unit i (id i + 1) has no English when i = 9 (mod 10); every unit has French; its document is A/(i / 100).
            int i = id - 1;
            assertThat((english[id >>> 6] & 1L << id) != 0).as("English of " + id).isEqualTo(i % 10 != 9);
            assertThat((french[id >>> 6] & 1L << id) != 0).as("French of " + id).isTrue();
            assertThat(arena.symbol(id)).as("symbol of " + id).isEqualTo("A/" + i / 100);
        }
        for (String term : List.of("seventh3", "thousandth17", "thousandth999", "committee", "solemn", "2999", "0", "1", "sécurité")) {
            int[] inArena = ids(arena, term);
            Index.Posting stored = fromRows.query(() -> fromRows.index.posting("en", term));
            if (inArena != null) assertThat(inArena).as(term).containsExactly(stored.ids());
            else assertThat(stored.df()).as(term + ", kept as bits").isGreaterThanOrEqualTo(3_000 / 128);
        }
        ConcordanceSearch fromArena = new ConcordanceSearch(chunked), rows = new ConcordanceSearch(fromRows);
        for (String phrase : List.of("thousandth5 pledge", "solemn pledge", "Committee held its 2996 meeting", "Committee held its 0 meeting")) {
            assertThat(fromArena.concordance(phrase, "en", 1000)).as(phrase).isEqualTo(rows.concordance(phrase, "en", 1000)).isNotEmpty();
        }
    }

    @Test
    void aConcordanceOverTheArenasPostingsReadsNoPostingRowAndFindsWhatTheRowsFind() {
        tm.add(units(3_000), "t");
        UnitStore withArena = store(true), withoutArena = store(false);
        ConcordanceSearch fromArena = new ConcordanceSearch(withArena), fromRows = new ConcordanceSearch(withoutArena);
        // Phrases with a word the arena has a posting for, then phrases of frequent words only (kept as bits).
        List<String> inMemory = List.of("seventh3 thousandth17", "thousandth17 seventh3", "Committee held its 12 meeting",
            "thousandth5 pledge", "pledge thousandth5", "nowhere at all");
        List<String> frequentOnly = List.of("solemn pledge", "pledge of Member", "meeting on the agenda", "sécurité des",
            "决议 the council", "the the");
        for (String phrase : concat(inMemory, frequentOnly)) {
            for (int max : new int[] {1, 5, 100, 1000}) {
                assertThat(fromArena.concordance(phrase, "en", max)).as(phrase + " " + max).isEqualTo(fromRows.concordance(phrase, "en", max));
            }
        }
        assertThat(fromArena.concordance("thousandth5 pledge", "en", 1000)).as("i = 5 (mod 1000), not 0 (mod 3)").hasSize(2);
        assertThat(fromArena.concordance("solemn pledge", "en", 1000)).hasSize(900);
        // A phrase with a word that has a posting in the arena is walked in memory: no posting row stepped over or read.
        long rows = withArena.index.reads.rows, stepped = withArena.index.reads.stepped;
        long rowsFromRows = withoutArena.index.reads.rows;
        for (String phrase : inMemory) {
            fromArena.concordance(phrase, "en", 100);
            fromRows.concordance(phrase, "en", 100);
        }
        assertThat(withArena.index.reads.rows).isEqualTo(rows);
        assertThat(withArena.index.reads.stepped).isEqualTo(stepped);
        assertThat(withoutArena.index.reads.rows).as("the same phrases from the rows").isGreaterThan(rowsFromRows + 5);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void postingsBeyondTheBudgetAreNotBuiltAndThoseBuiltWalkInOrder() throws Exception {
        tm.add(units(500), "t");
        UnitStore store = store(true);
        WordArena arena = store.query(() -> store.index.arenaWithPostings("en"));
        boolean[] none = new boolean[arena.vocabulary()];
        assertThat(ArenaPostings.build(arena, none, 1_000)).isNull();
        ArenaPostings all = ArenaPostings.build(arena, none, Long.MAX_VALUE);
        assertThat(all).isNotNull();
        int the = arena.query(new String[] {"the"})[0];
        Postings.Decoder decoder = new Postings.Decoder();
        assertThat(all.addTo(decoder, the)).isTrue();
        int[] ids = decoder.ids();
        assertThat(ids).hasSize(all.df(the)).isSorted().doesNotHaveDuplicates();
        // Walked where it lies: next() gives the ids in turn, advance() the first at or above its target.
        PostingCursor walked = all.cursor(the), leaping = all.cursor(the);
        for (int k = 0; k < ids.length; k++) {
            assertThat(walked.next()).isEqualTo(ids[k]);
            if (k % 5 == 0) assertThat(leaping.advance(k == 0 ? 0 : ids[k - 1] + 1)).isEqualTo(ids[k]);
        }
        assertThat(walked.next()).isEqualTo(PostingCursor.END);
        assertThat(leaping.advance(ids[ids.length - 1] + 1)).isEqualTo(PostingCursor.END);
    }
}
