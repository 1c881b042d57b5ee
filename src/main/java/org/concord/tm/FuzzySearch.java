package org.concord.tm;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.InputException;

/**
 * Fuzzy matches of a sentence: candidates from the inverted index, bounded by shared words and lengths, scored exactly.
 * Until the word arena is there, candidates are read from the rows ({@link Fuzzy}); then {@link ArenaLookup} serves.
 */
final class FuzzySearch {
    private final UnitStore store;
    private int[] acc = new int[0];
    /** The arena lookups' counting buffers, kept from one lookup to the next. */
    private final BlockWordCount blockCount = new BlockWordCount();
    /** What the last lookup did, for benchmarks that explain its time (a few additions a lookup). */
    final Counters counters = new Counters();

    /** Work done by one lookup: postings read and their ids, ids counted, candidates bounded and scored, passes. */
    static final class Counters {
        int passes;
        int postingsRead;
        long postingIds;
        long idsCounted;
        long candidatesBounded;
        long candidatesScored;
        /** Postings not decoded yet when asked for (read from the database), their ids, and the time that took. */
        int postingsFirstRead;
        long firstReadIds, firstReadNanos;
        /** CPU time counting postings (reads of new ones apart), ordering bounds, and scoring candidates. */
        long countNanos, boundNanos, scoreNanos;
        /** Time looking up the query words' document frequencies (a statement each for a word not met before). */
        long dfNanos;
        /** Time reading the hits' units and their differences from the query, once the best are known. */
        long outputNanos, hitsReadNanos;
        /** Each pass: the ids of each word that met units (m) or only counted (c), units met, kept, bounded and scored. */
        final StringBuilder detail = new StringBuilder();

        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

        /**
         * Whether lookups time their phases and write {@link #detail} (benchmarks that explain a lookup's time set it):
         * a thread's CPU clock costs a system call (~3 µs here), and a lookup read it ~17 times.
         */
        static boolean explain;

        /** This thread's CPU time when {@link #explain}ing, else 0: the phases are timed in CPU, as a shared machine stretches wall time many times over. */
        static long now() {
            return explain ? THREADS.getCurrentThreadCpuTime() : 0;
        }

        void reset() {
            detail.setLength(0);
            passes = postingsRead = postingsFirstRead = 0;
            postingIds = idsCounted = candidatesBounded = candidatesScored = 0;
            firstReadIds = firstReadNanos = outputNanos = hitsReadNanos = dfNanos = countNanos = boundNanos = scoreNanos = 0;
        }

        @Override
        public String toString() {
            return "passes " + passes + " postings " + postingsRead + " postingIds " + postingIds + " counted " + idsCounted
                + " bounded " + candidatesBounded + " scored " + candidatesScored + " firstRead " + postingsFirstRead + " firstReadIds "
                + firstReadIds + " firstReadUs " + firstReadNanos / 1000 + " countUs " + countNanos / 1000 + " boundUs " + boundNanos / 1000
                + " scoreUs " + scoreNanos / 1000 + " dfUs " + dfNanos / 1000 + " outputUs " + outputNanos / 1000 + " hitsReadUs " + hitsReadNanos / 1000 + " detail" + detail;
        }
    }

    FuzzySearch(UnitStore store) {
        this.store = store;
    }

    /**
     * Fuzzy matches of {@code text} among the units that have both languages, best first (ties: older unit first),
     * with the numbers and tags that differ. Candidates come from the index; only those whose shared words could
     * reach {@code minPercent} are scored.
     */
    List<Lookup> lookup(String text, String srcLang, String tgtLang, int minPercent, int max) {
        String src = LangCodes.normalize(srcLang);
        String tgt = LangCodes.normalize(tgtLang);
        if (src.equals(tgt)) throw new InputException("source and target language are both " + src);
        if (minPercent < 0 || minPercent > 100) throw new InputException("--min must be between 0 and 100, not " + minPercent);
        if (max < 1) return List.of();
        Differences.Query query = Differences.Query.of(text);
        String plain = query.plain();
        counters.reset();
        return store.query(() -> {
            store.index.refresh();
            WordArena arena = store.index.arena(src);
            String[] terms = Tokens.terms(plain);
            int[] numbered;
            if (arena != null) {
                numbered = arena.query(terms);
            } else {
                store.index.sequences.startLookup();
                numbered = store.index.sequences.words(plain);
            }
            Fuzzy fuzzy = new Fuzzy(src, tgt, terms, numbered, max);
            List<Scored> best = arena != null && fuzzy.n > 0
                ? new ArenaLookup(store.index, arena, src, tgt, fuzzy.words, fuzzy.count, fuzzy.n, fuzzy.pattern, max, counters, blockCount)
                    .best(minPercent)
                : best(fuzzy, minPercent, max);
            long o0 = FuzzySearch.Counters.now();
            List<Lookup> out = new ArrayList<>();
            Map<Integer, Unit> units = store.units(best.stream().mapToInt(Scored::id).toArray());
            counters.hitsReadNanos += FuzzySearch.Counters.now() - o0;
            for (Scored s : best) {
                Unit u = units.get(s.id());
                Variant source = u.variant(src);
                FuzzyMatch m = new FuzzyMatch(u.id(), s.percent(), source.text(), u.variant(tgt).text(), u.docSymbol(), texts(u));
                out.add(query.of(m, source));
            }
            counters.outputNanos += FuzzySearch.Counters.now() - o0;
            return out;
        });
    }

    /**
     * Thresholds tried before the caller's minimum. A search for the units scoring at least t counts the postings of
     * its n·(1 − t/100) + 1 rarest words only: at 95 a 30-word sentence reads 2 postings, at 70 it reads 10, and in
     * a memory of UN sentences those 10 hold a good part of the memory (JFR: most of a lookup's time went to counting
     * them). When a search at t finds {@code max} units, they are the best {@code max} overall (all others score below
     * t), so the result is the one the minimum gives; otherwise the next threshold is tried.
     */
    static final int[] FIRST_THRESHOLDS = {95, 85};

    private static List<Scored> best(Fuzzy fuzzy, int min, int max) throws SQLException {
        for (int t : FIRST_THRESHOLDS) {
            if (t <= min) break;
            List<Scored> found = fuzzy.run(t);
            if (found.size() >= max) return found;
        }
        return fuzzy.run(min);
    }

    record Scored(int id, int percent) {}

    static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::percent).reversed().thenComparingInt(Scored::id);

    /** One fuzzy query: prefix filter on rare words, bound refinement on frequent ones, exact score on survivors. */
    private final class Fuzzy {
        final String src, tgt;
        final int n, max;
        final int[] q;            // query words as local ids
        final int[] numbered;     // query words as numbered by the store's WordSequences (by the arena for ArenaLookup)
        final Similarity.BitPattern pattern; // numbered, prepared for the bit-parallel distance (null for a query of no word)
        final String[] words;     // local id → word
        final int[] count;        // local id → occurrences in the query
        final Map<String, Integer> local = new HashMap<>();
        int[] df;                 // local id → units holding the word
        Index.Posting[] postings; // local id → its postings, once read
        /**
         * What earlier thresholds learnt of the units they scored: an exact score (at least the k-th then), or, as
         * -1 − s, that the score is below s. A lower threshold meets most of them again and need not read them.
         */
        final Known scored = new Known();

        Fuzzy(String src, String tgt, String[] terms, int[] numbered, int max) {
            if (numbered.length != terms.length) throw new IllegalStateException("query cut into " + terms.length + " and " + numbered.length + " words");
            this.numbered = numbered;
            this.pattern = Similarity.BitPattern.of(numbered);
            this.src = src;
            this.tgt = tgt;
            this.n = terms.length;
            this.max = max;
            q = new int[n];
            List<String> w = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Integer id = local.get(terms[i]);
                if (id == null) {
                    id = w.size();
                    local.put(terms[i], id);
                    w.add(terms[i]);
                }
                q[i] = id;
            }
            words = w.toArray(String[]::new);
            count = new int[words.length];
            for (int id : q) count[id]++;
        }

        /** The best {@code max} units scoring at least {@code min}, best first. */
        List<Scored> run(int min) throws SQLException {
            if (n == 0) return List.of();
            counters.passes++;
            // A unit scoring ≥ min shares at least `need` words with the query (its score is at most shared / n).
            int need = Math.max(1, (min * n + 99) / 100);
            int k = words.length;
            if (df == null) { // once for all thresholds tried
                df = new int[k];
                for (int i = 0; i < k; i++) df[i] = store.index.df(src, words[i]);
                postings = new Index.Posting[k];
            }
            int[] df = this.df;
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) order[i] = i;
            java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> df[i]));
            // Count the rarest words until the rest could not reach `need` alone: every qualifying unit then holds
            // one of the counted words. Cheap (rare) words are counted anyway, for tighter bounds.
            int cap = Math.max(1000, store.index.maxId() / 1000);
            int uncounted = n;
            List<Integer> rest = new ArrayList<>();
            int[] accumulator = accumulator(store.index.maxId() + 1);
            // With the unit's length m known, the edit distance is at least max(n, m) − shared words, so the score is
            // at most 100 × min(shared, m) / max(n, m): most units sharing enough words are too long or too short, and
            // are set aside (-1) when first met. Lengths from shortest to longest that can reach min:
            int shortest = (min * n + 99) / 100;
            int longestAllowed = min == 0 ? Integer.MAX_VALUE : 100 * n / min;
            SharedWordCount shared = new SharedWordCount(accumulator, store.index.lengths(src), n, shortest, longestAllowed);
            for (int i : order) {
                if (uncounted < need && df[i] > cap) {
                    rest.add(i);
                    continue;
                }
                uncounted -= count[i];
                counters.idsCounted += posting(i).ids().length;
                shared.countMeeting(posting(i).ids(), count[i]);
            }
            shared.endMeeting();
            // Most units met share only a few of the counted words: even holding every word not counted they could not
            // reach the score, so they are dropped before those words' (long) postings are walked or probed.
            int kept = shared.keepReachable(uncounted, need, min);
            IntList touched = shared.touched;
            // The other words: a list much shorter than the survivors times a binary search is walked once, adding to
            // the survivors' counts; the rest is probed per survivor (a bit set's costs one read a survivor).
            List<Index.Posting> probed = new ArrayList<>();
            List<Integer> probedCount = new ArrayList<>();
            for (int w : rest) {
                Index.Posting p = posting(w);
                if (p.bits() != null || p.ids().length > 16L * kept) {
                    probed.add(p);
                    probedCount.add(count[w]);
                    continue;
                }
                uncounted -= count[w];
                counters.idsCounted += p.ids().length;
                shared.countKept(p.ids(), count[w]);
            }
            Index.Posting[] probe = probed.toArray(Index.Posting[]::new);
            int[] probeCount = probedCount.stream().mapToInt(Integer::intValue).toArray();
            // Bounds as longs that sort best first (percent down, then id up): thousands a query, no object each.
            LongList bounds = new LongList();
            counters.candidatesBounded += touched.size;
            for (int t = 0; t < touched.size; t++) {
                int id = touched.a[t];
                int bound = accumulator[id] + uncounted;
                accumulator[id] = 0;
                int m = shared.length(id);
                int longest = Math.max(n, m);
                int needHere = SharedWordCount.needAtLength(n, m, need, min);
                for (int j = 0; j < probe.length && bound >= needHere; j++) {
                    if (!probe[j].contains(id)) bound -= probeCount[j];
                }
                if (bound < needHere) continue;
                int percent = m < 0 ? 100 * Math.min(bound, n) / n : 100 * Math.min(Math.min(bound, n), m) / longest;
                int known = scored.get(id);
                if (known != Known.ABSENT) percent = known >= 0 ? known : Math.min(percent, -known - 2);
                if (percent >= min) bounds.add((long) (100 - percent) << 32 | id);
            }
            java.util.Arrays.sort(bounds.a, 0, bounds.size);
            List<Scored> found = new ArrayList<>();
            // Candidates by bound, best first, read and scored 64 at a time. Once max are found, a candidate must reach
            // the k-th score, and one whose bound only equals it must also be older (ties go to the older unit): in a
            // UN memory a sentence has hundreds of near copies at the same score (other paragraph numbers), and only
            // those older than the k-th found can still enter.
            int[] ids = new int[UnitStore.BATCH];
            // The first batch holds about as many as are wanted, later ones twice the last: the k-th score found early
            // ends most searches after a few reads (a full first batch read 64 where 6 did).
            int batch = Math.min(UnitStore.BATCH, Math.max(8, max + 3));
            for (int next = 0; next < bounds.size; batch = Math.min(UnitStore.BATCH, batch * 2)) {
                int kth = found.size() >= max ? found.get(max - 1).percent() : min;
                int kthId = found.size() >= max ? found.get(max - 1).id() : Integer.MAX_VALUE;
                int size = 0, considered = 0;
                List<Scored> entering = new ArrayList<>();
                for (; next < bounds.size && considered < batch; next++) {
                    long key = bounds.a[next];
                    Scored b = new Scored((int) key, 100 - (int) (key >>> 32));
                    if (b.percent() < kth) {
                        next = bounds.size;
                        break;
                    }
                    if (b.percent() == kth && b.id() > kthId) continue;
                    int known = scored.get(b.id());
                    if (known != Known.ABSENT && known >= 0) {
                        found.add(b);
                        continue;
                    }
                    considered++;
                    counters.candidatesScored++;
                    // Kept from an earlier lookup: scored here, without a read.
                    int[] words = store.index.sequences.get(src, b.id());
                    if (words == null) ids[size++] = b.id();
                    else score(b.id(), words, words.length, kth, entering);
                }
                if (considered == 0) {
                    found.sort(BEST_FIRST);
                    if (found.size() > max) found.subList(max, found.size()).clear();
                    break;
                }
                // Texts are read without asking for the target (a second lookup per unit); only the few that reach the
                // k-th score are then checked for it.
                List<UnitStore.Text> texts = size == 0 ? List.of() : store.texts(src, java.util.Arrays.copyOf(ids, size));
                for (int i = 0; i < size; i++) scored.put(ids[i], -1); // below 0 (never found) unless scored below
                store.index.countScoredWithoutArena(src, considered);
                for (UnitStore.Text cand : texts) {
                    int[] words = store.index.sequences.keep(src, cand.id(), cand.text());
                    score(cand.id(), words, words.length, kth, entering);
                }
                if (!entering.isEmpty()) {
                    java.util.Set<Integer> withTarget = store.having(tgt, entering.stream().mapToInt(Scored::id).toArray());
                    for (Scored e : entering) {
                        if (!withTarget.contains(e.id())) continue;
                        found.add(e);
                        scored.put(e.id(), e.percent());
                    }
                }
                found.sort(BEST_FIRST);
                if (found.size() > max) found.subList(max, found.size()).clear();
            }
            return found;
        }

        /** The postings of query word {@code i}, read once for all thresholds tried. */
        private Index.Posting posting(int i) throws SQLException {
            if (postings[i] == null) {
                postings[i] = store.index.posting(src, words[i]);
                counters.postingsRead++;
                counters.postingIds += postings[i].ids().length;
            }
            return postings[i];
        }

        /** Scores a candidate's words: one reaching {@code kth} enters, the others are noted as below it. */
        private void score(int id, int[] candidate, int m, int kth, List<Scored> entering) {
            // Only a score of at least kth matters: the distance is computed no further than it allows.
            int p = Similarity.percentAtLeast(pattern, numbered, candidate, m, kth);
            if (p >= kth) entering.add(new Scored(id, p));
            else scored.put(id, -1 - kth);
        }
    }

    private int[] accumulator(int size) {
        if (acc.length < size) acc = new int[size + size / 8];
        return acc;
    }

    /**
     * What lookups at earlier thresholds learnt of units, by unit id (see {@code Fuzzy.scored}): an open-addressing
     * table of ints, as it is asked once for every unit whose bound is computed (thousands a lookup, a boxed map's cost).
     */
    static final class Known {
        static final int ABSENT = Integer.MIN_VALUE;
        private int[] keys = new int[64]; // unit id + 1, 0 where free
        private int[] values = new int[64];
        private int size;

        int get(int id) {
            int mask = keys.length - 1;
            for (int s = slot(id, mask); ; s = (s + 1) & mask) {
                if (keys[s] == id + 1) return values[s];
                if (keys[s] == 0) return ABSENT;
            }
        }

        void put(int id, int value) {
            if (2 * (size + 1) > keys.length) grow();
            int mask = keys.length - 1;
            int s = slot(id, mask);
            while (keys[s] != 0 && keys[s] != id + 1) s = (s + 1) & mask;
            if (keys[s] == 0) size++;
            keys[s] = id + 1;
            values[s] = value;
        }

        private static int slot(int id, int mask) {
            int h = id * 0x9E3779B9;
            return (h ^ h >>> 16) & mask;
        }

        private void grow() {
            int[] k = keys, v = values;
            keys = new int[k.length * 2];
            values = new int[k.length * 2];
            size = 0;
            for (int i = 0; i < k.length; i++) if (k[i] != 0) put(k[i] - 1, v[i]);
        }
    }

    static final class LongList {
        long[] a = new long[256];
        int size;

        void add(long v) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }
    }

    static final class IntList {
        int[] a = new int[256];
        int size;

        void add(int v) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }
    }

    private static Map<String, String> texts(Unit u) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Variant v : u.variants()) m.put(v.lang(), v.text());
        return m;
    }
}
