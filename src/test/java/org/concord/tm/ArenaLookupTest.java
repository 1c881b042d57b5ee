package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lookups scored from the word arena ({@link ArenaLookup}) find what scoring every unit finds. */
class ArenaLookupTest extends MemoryFixture {

    /** A search whose index reads the arena in its first lookup, so that every lookup here is served by it. */
    private FuzzySearch arenaSearch() {
        UnitStore store = UnitStore.open(db);
        store.index.arenas.afterCandidates = 0;
        store.index.arenas.reading = Arenas.Reading.IN_THE_LOOKUP;
        return new FuzzySearch(store);
    }

    private static String words(String prefix, int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + count; i++) s.append(s.isEmpty() ? "" : " ").append(prefix).append(i);
        return s.toString();
    }

    /**
     * The first pass (at 95) sets aside units two words shorter than the query, and scores six that hold all its words
     * but with two pairs of neighbours swapped (four edits: 80). The best unit, at 90, is the one set aside: the next
     * pass, at the fifth score found, must still meet it.
     */
    @Test
    void aUnitTheFirstPassSetAsideStillComesFirst() {
        String query = words("w", 0, 20);
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> w = new ArrayList<>(List.of(query.split(" ")));
            java.util.Collections.swap(w, i, i + 1);
            java.util.Collections.swap(w, i + 10, i + 11);
            units.add(bead("D", i, String.join(" ", w), "eighty " + i));
        }
        units.add(bead("D", 6, words("w", 0, 18), "ninety")); // two words fewer: 90
        tm.add(units, "t");
        FuzzySearch search = arenaSearch();
        List<Lookup> found = search.lookup(query, "en", "fr", 70, 5);
        assertThat(found).extracting(l -> l.match().target()).containsExactly("ninety", "eighty 0", "eighty 1", "eighty 2", "eighty 3");
        assertThat(found).extracting(l -> l.match().percent()).containsExactly(90, 80, 80, 80, 80);
        assertThat(search.counters.passes).as("95, then 80").isEqualTo(2);
    }

    /**
     * Only the rarest words meet units (a unit holding none of them cannot reach the pass's threshold); the cheaper
     * words counted after them only add to units met. The best unit, at 85, lacks the query's three rarest words and
     * holds the fourth: at 85 a 20-word query's four rarest words meet, so a search that let only three meet misses it.
     * With max 1 and --min 85 there is no later pass to find it.
     */
    @Test
    void aUnitHoldingOnlyTheLastOfTheRarestWordsIsFound() {
        String query = words("w", 0, 20);
        List<AlignedUnit> units = new ArrayList<>();
        // Word i is held by i + 1 short units (far too short to score), so w0 is the rarest, then w1, and so on.
        for (int i = 0; i < 20; i++) {
            for (int k = 0; k <= i; k++) units.add(bead("F", units.size(), "w" + i + " filler", "filler"));
        }
        units.add(bead("D", 0, "x y z " + words("w", 3, 17), "best")); // w0, w1, w2 replaced: 85
        tm.add(units, "t");
        FuzzySearch search = arenaSearch();
        List<Lookup> found = search.lookup(query, "en", "fr", 85, 1);
        assertThat(found).extracting(l -> l.match().target(), l -> l.match().percent()).containsExactly(org.assertj.core.api.Assertions.tuple("best", 85));
        assertThat(search.counters.passes).as("95, then 85").isEqualTo(2);
    }

    /**
     * A memory shaped like the UN's: near copies of a few sentences, so that their words are held by more units than
     * the search counts cheaply, with words changed, dropped and added, numbers, some units without French, and queries
     * of more than 64 words and with words no unit holds. Every lookup gives the units, scores and order that scoring
     * every unit gives.
     */
    @Test
    void theArenaGivesWhatScoringEveryUnitGives() {
        // (A word is counted however frequent below 1,000 units: the first two sentences' words are held by more.)
        Random rnd = new Random(18);
        String[] base = {words("a", 0, 12) + " of the", words("b", 0, 21) + " of the", null};
        base[2] = base[0] + " " + words("c", 0, 33) + " " + base[1]; // 70 words
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < 2_800; i++) {
            String text = vary(base[i % 5 / 2], rnd); // 2 in 5 from each of the first two, so more than 1,000 hold their words
            Map<String, String> langs = i % 37 == 5 ? Map.of("en", text, "es", "es " + i) : Map.of("en", text, "fr", "fr " + i);
            units.add(new AlignedUnit("D", i, "en", langs, 1.0));
        }
        tm.add(units, "t");
        FuzzySearch search = arenaSearch();
        Map<String, Integer> numbers = new HashMap<>();
        List<int[]> numbered = new ArrayList<>();
        for (AlignedUnit u : units) numbered.add(u.texts().containsKey("fr") ? number(Tokens.terms(u.texts().get("en")), numbers) : null);
        for (int q = 0; q < 40; q++) {
            String query = vary(units.get(rnd.nextInt(units.size())).texts().get("en"), rnd);
            if (q % 5 == 0) query = query + " unheard" + q;
            int min = q == 3 ? 0 : List.of(70, 60, 85, 50, 95).get(q % 5);
            int max = List.of(5, 1, 12).get(q % 3);
            List<String> got = new ArrayList<>();
            for (Lookup l : search.lookup(query, "en", "fr", min, max)) got.add(l.match().unitId() + ":" + l.match().percent());
            assertThat(got).as("%s (min %d, max %d)", query, min, max).isEqualTo(everyUnit(number(Tokens.terms(query), numbers), numbered, min, max));
        }
        assertThat(search.counters.passes).as("the last lookup ran").isPositive();
        UnitStore store = UnitStore.open(db);
        store.index.arenas.afterCandidates = 0;
        store.index.arenas.reading = Arenas.Reading.IN_THE_LOOKUP;
        new FuzzySearch(store).lookup(base[0], "en", "fr", 70, 5);
        assertThat(store.query(() -> store.index.arena("en"))).as("the lookups above were served by an arena").isNotNull();
    }

    /**
     * Fifty units hold the query's ten rare words but none of its ten frequent ones (each held by 1,500 short units,
     * more than the search counts from postings): they score 50, and only the unit that also holds nine frequent words
     * (95) is scored. Bounded as if they held the frequent words, all fifty-one were.
     */
    @Test
    void unitsLackingTheFrequentWordsAreNotScored() {
        String rare = words("a", 0, 10), frequent = words("f", 0, 10);
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) units.add(bead("F", i, frequent + " z" + i, "filler"));
        for (int i = 0; i < 50; i++) units.add(bead("D", i, rare + " " + words("g", 0, 10), "fifty " + i));
        units.add(bead("D", 50, rare + " " + words("f", 0, 9) + " x", "best"));
        tm.add(units, "t");
        FuzzySearch search = arenaSearch();
        List<Lookup> found = search.lookup(rare + " " + frequent, "en", "fr", 70, 1);
        assertThat(found).extracting(l -> l.match().target(), l -> l.match().percent()).containsExactly(org.assertj.core.api.Assertions.tuple("best", 95));
        assertThat(search.counters.candidatesScored).isEqualTo(1);
    }

    /**
     * A lookup reads no CPU clock and describes no pass unless a benchmark asks it to explain its time (each read of
     * the clock is a system call); the work it counts (passes, candidates) is counted either way.
     */
    @Test
    void onlyAnExplainedLookupTimesItsPhases() {
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < 20; i++) units.add(bead("D", i, words("w", i, 12), "fr " + i));
        tm.add(units, "t");
        FuzzySearch search = arenaSearch();
        String query = words("w", 3, 12);
        assertThat(search.lookup(query, "en", "fr", 70, 5)).isNotEmpty();
        assertThat(search.counters.passes).isPositive();
        assertThat(search.counters.detail).isEmpty();
        assertThat(search.counters.countNanos + search.counters.scoreNanos + search.counters.outputNanos).isZero();
        FuzzySearch.Counters.explain = true;
        try {
            search.lookup(query, "en", "fr", 70, 5);
        } finally {
            FuzzySearch.Counters.explain = false;
        }
        assertThat(search.counters.detail.toString()).contains("t95:", "scored");
        assertThat(search.counters.outputNanos).isPositive();
    }

    /**
     * Past its budget the posting cache lets go of the postings used longest ago, not of all: the one read again just
     * before stays (at ten million units those are the frequent words nearly every lookup reads).
     */
    @Test
    void aFullPostingCacheDropsThePostingUsedLongestAgo() {
        List<AlignedUnit> units = new ArrayList<>();
        for (String word : List.of("alpha", "beta", "gamma")) {
            for (int i = 0; i < 10; i++) units.add(bead(word, i, word + " unit " + i, "u"));
        }
        tm.add(units, "t");
        UnitStore store = UnitStore.open(db);
        store.index.maxCachedIds = 25;
        List<Boolean> kept = store.query(() -> {
            store.index.refresh();
            store.index.posting("en", "alpha");
            store.index.posting("en", "beta");
            store.index.posting("en", "alpha"); // used again: beta is now the one used longest ago
            store.index.posting("en", "gamma"); // 30 ids: one posting must go
            return List.of(store.index.cachedPosting("en", "alpha") != null, store.index.cachedPosting("en", "beta") != null,
                store.index.cachedPosting("en", "gamma") != null);
        });
        assertThat(kept).containsExactly(true, false, true);
    }

    /** A posting cache far too small for a lookup's postings drops them as it goes, and no match changes. */
    @Test
    void aPostingCacheTooSmallChangesNoMatch() {
        Random rnd = new Random(3);
        String[] base = {words("a", 0, 15) + " of the", words("b", 0, 25) + " of the"};
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < 400; i++) units.add(bead("D", i, vary(base[i % 2], rnd), "fr " + i));
        tm.add(units, "t");
        FuzzySearch roomy = arenaSearch();
        UnitStore store = UnitStore.open(db);
        store.index.arenas.afterCandidates = 0;
        store.index.arenas.reading = Arenas.Reading.IN_THE_LOOKUP;
        store.index.maxCachedIds = 150; // less than two of the frequent words' postings
        FuzzySearch small = new FuzzySearch(store);
        for (int q = 0; q < 20; q++) {
            String query = vary(base[q % 2], rnd);
            List<String> expected = new ArrayList<>(), got = new ArrayList<>();
            for (Lookup l : roomy.lookup(query, "en", "fr", 60, 5)) expected.add(l.match().unitId() + ":" + l.match().percent());
            for (Lookup l : small.lookup(query, "en", "fr", 60, 5)) got.add(l.match().unitId() + ":" + l.match().percent());
            assertThat(got).as(query).hasSize(5).isEqualTo(expected);
        }
    }

    /** A near copy: up to three words changed, dropped or added (numbers, or words of the sentence's own vocabulary). */
    private static String vary(String text, Random rnd) {
        List<String> w = new ArrayList<>(List.of(text.split(" ")));
        int edits = rnd.nextInt(4);
        for (int e = 0; e < edits && w.size() > 3; e++) {
            int at = rnd.nextInt(w.size());
            switch (rnd.nextInt(3)) {
                case 0 -> w.set(at, w.get(rnd.nextInt(w.size())));
                case 1 -> w.remove(at);
                default -> w.add(at, String.valueOf(rnd.nextInt(300)));
            }
        }
        return String.join(" ", w);
    }

    /** "id:percent" of the best {@code max} units (null: without French) scoring {@code min} or more, by scoring every unit. */
    private static List<String> everyUnit(int[] q, List<int[]> units, int min, int max) {
        List<int[]> scored = new ArrayList<>(); // id, percent
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) == null) continue; // no French
            int m = units.get(i).length;
            if (100 * Math.min(q.length, m) < min * Math.max(q.length, m)) continue; // too long or too short to score min
            int p = Similarity.percent(q, units.get(i));
            if (p >= min) scored.add(new int[] {i + 1, p});
        }
        scored.sort(Comparator.<int[]>comparingInt(s -> -s[1]).thenComparingInt(s -> s[0]));
        List<String> out = new ArrayList<>();
        for (int[] s : scored.subList(0, Math.min(max, scored.size()))) out.add(s[0] + ":" + s[1]);
        return out;
    }

    private static int[] number(String[] terms, Map<String, Integer> numbers) {
        int[] out = new int[terms.length];
        for (int i = 0; i < terms.length; i++) out[i] = numbers.computeIfAbsent(terms[i], t -> numbers.size());
        return out;
    }
}
