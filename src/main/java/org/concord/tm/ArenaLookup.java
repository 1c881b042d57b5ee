package org.concord.tm;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One fuzzy lookup whose candidates are scored exactly from the {@link WordArena} (every unit's words in memory): the
 * postings of the query's rarest words give the candidates, and no other posting is read. Bounding candidates by the
 * other words' postings, as the read path does, walked or binary-searched postings of hundreds of thousands of ids a
 * candidate at ten million UN units; scoring a candidate from the arena costs one bit-parallel pass over its words.
 */
final class ArenaLookup {
    /** A word beyond the prefix is counted when its posting holds at most this many ids a surviving candidate. */
    private static final int WALKED_PER_SURVIVOR = 8;
    /** Candidates whose words are fetched from the arena together, ahead of their scoring. */
    private static final int GROUP = 8;
    /**
     * A word past the rarest is counted with them when its posting holds at most this fraction of the ids they walk:
     * it costs a bit test an id, and each unit met that lacks it then falls short without its length being looked up
     * or its being kept (at a million units the slowest tenth met ~80,000 units a pass and looked up nearly all;
     * best of 8 rounds over them: 0.2 of the ids −25% CPU, 1 of them no better than none).
     */
    private static final int MET_IDS_PER_WORD_COUNTED = 4;

    private final Index index;
    private final WordArena arena;
    private final String src, tgt;
    private final int n, max;
    private final Similarity.BitPattern pattern;
    /** The units with a variant in the target language, as bits. */
    private final long[] withTarget;
    private final String[] words; // distinct query words
    private final int[] count;    // occurrences of each in the query
    private final int[] df;       // units holding each
    private final Integer[] rarestFirst;
    private final Index.Posting[] postings;
    /** The units holding each word as bits, for the words the arena keeps so (its most frequent), else null. */
    private final long[][] frequentBits;
    private final FuzzySearch.Counters counters;
    /** Exact scores of the units scored so far (-1: no variant in one of the languages), kept from one pass to the next. */
    private final FuzzySearch.Known scored = new FuzzySearch.Known();
    /** The best {@code max} units scored so far that reach the caller's minimum and have the target, best first. */
    private final List<FuzzySearch.Scored> top = new ArrayList<>();
    private int[] candidate = new int[64];
    private final BlockWordCount shared;

    ArenaLookup(Index index, WordArena arena, String src, String tgt, String[] words, int[] count, int n,
                Similarity.BitPattern pattern, int max, FuzzySearch.Counters counters, BlockWordCount shared) throws SQLException {
        this.index = index;
        this.arena = arena;
        this.src = src;
        this.tgt = tgt;
        this.words = words;
        this.count = count;
        this.n = n;
        this.pattern = pattern;
        this.withTarget = arena.having(tgt);
        this.max = max;
        this.counters = counters;
        df = new int[words.length];
        long d0 = FuzzySearch.Counters.now();
        for (int i = 0; i < words.length; i++) df[i] = index.df(src, words[i]);
        counters.dfNanos += FuzzySearch.Counters.now() - d0;
        rarestFirst = new Integer[words.length];
        for (int i = 0; i < words.length; i++) rarestFirst[i] = i;
        Arrays.sort(rarestFirst, (a, b) -> Integer.compare(df[a], df[b]));
        postings = new Index.Posting[words.length];
        this.shared = shared;
        int[] numbers = arena.query(words);
        frequentBits = new long[words.length][];
        for (int i = 0; i < words.length; i++) frequentBits[i] = arena.frequentBits(numbers[i]);
    }

    /**
     * The best {@code max} units scoring at least {@code min}, best first (ties: older unit first). A pass at threshold
     * t finds every unit scoring t or more while reading only the postings of the query's n·(1 − t/100) + 1 rarest
     * words, so passes start high. When max units scored so far reach t, they are the answer. When max units reach
     * some s below t, the next pass is at s, the last one needed (every unit of the answer scores s or more);
     * otherwise it is at the next of 95, 85 and min.
     */
    List<FuzzySearch.Scored> best(int min) throws SQLException {
        int t = min;
        for (int first : FuzzySearch.FIRST_THRESHOLDS) {
            if (first > min) {
                t = first;
                break;
            }
        }
        while (true) {
            pass(t, min);
            if (t <= min || top.size() >= max && top.get(max - 1).percent() >= t) return top;
            int next = min;
            if (top.size() >= max) {
                next = Math.max(min, top.get(max - 1).percent());
            } else {
                for (int lower : FuzzySearch.FIRST_THRESHOLDS) {
                    if (lower < t && lower > min) {
                        next = lower;
                        break;
                    }
                }
            }
            t = next;
        }
    }

    /** Scores every unit not scored yet that could reach {@code t}, best bound first, while it could still enter the top. */
    private void pass(int t, int min) throws SQLException {
        counters.passes++;
        boolean explain = FuzzySearch.Counters.explain;
        if (explain) counters.detail.append(" t").append(t).append(":");
        long c0 = FuzzySearch.Counters.now(), read0 = counters.firstReadNanos;
        // A unit scoring ≥ t shares at least `need` words with the query: every such unit holds one of the rarest words
        // counted until the others could not make `need` alone. Words past those whose postings are short (rare, or
        // short beside the ids those walk) are counted too: cheap, and they rule out most units met before their
        // lengths are looked up, and tighten the bounds that order the scoring.
        int need = Math.max(1, (t * n + 99) / 100);
        int cap = Math.max(1000, index.maxId() / 1000);
        int uncounted = n;
        boolean[] counted = new boolean[words.length];
        int[][] walked = new int[words.length][];
        int[] times = new int[words.length];
        int k = 0, meeting = 0;
        long metIds = 0;
        for (int i : rarestFirst) {
            // A word the arena keeps as bits is tested for the survivors alone (below), not walked for every unit met.
            if (uncounted < need && (df[i] > Math.max(cap, metIds / MET_IDS_PER_WORD_COUNTED) || frequentBits[i] != null && df[i] > cap)) continue;
            // Every unit that could reach t holds one of the words counted until the rest could not make `need`:
            // they meet units, and the cheap words after them (rare, or short beside those) only add to the units met.
            if (uncounted >= need) {
                meeting++;
                metIds += df[i];
            }
            counted[i] = true;
            uncounted -= count[i];
            walked[k] = posting(i).ids();
            times[k++] = count[i];
            counters.idsCounted += walked[k - 1].length;
            if (explain) counters.detail.append(uncounted + count[i] >= need ? " m" : " c").append(walked[k - 1].length);
        }
        // With the unit's length m, the distance is at least |n − m|: lengths that cannot reach t are left out.
        int longestAllowed = t == 0 ? Integer.MAX_VALUE : 100 * n / t;
        shared.count(n, java.util.Arrays.copyOf(walked, k), java.util.Arrays.copyOf(times, k), meeting, index.unitLengths(src), uncounted, need, t,
            need, longestAllowed);
        int survivors = shared.size;
        if (explain) counters.detail.append(" met ").append(shared.unitsMet).append(" surv ").append(survivors);
        // The most frequent words, which the arena keeps as bits: a bit test a survivor, and each lowers the bound of
        // the survivors that lack it (without them, every survivor was bounded as if it held them all).
        for (int i : rarestFirst) {
            if (counted[i] || frequentBits[i] == null || survivors == 0) continue;
            counted[i] = true;
            uncounted -= count[i];
            shared.countKept(frequentBits[i], count[i]);
            survivors = shared.keepReachable(uncounted, need, t);
            if (explain) counters.detail.append(" b");
        }
        // The other words, rarest first, while a word's posting is short beside the survivors: walking it adds to their
        // counts, and each word counted lowers every survivor's bound by what it does not hold. A frequent word is left
        // out: its posting (millions of ids at ten million units) costs more to decode and walk than scoring the
        // survivors it would rule out.
        for (int i : rarestFirst) {
            if (counted[i]) continue;
            if (df[i] > WALKED_PER_SURVIVOR * survivors) break;
            uncounted -= count[i];
            int[] ids = posting(i).ids();
            counters.idsCounted += ids.length;
            shared.countKept(ids, count[i]);
            survivors = shared.keepReachable(uncounted, need, t);
        }
        if (explain) counters.detail.append(" kept ").append(survivors);
        long b0 = FuzzySearch.Counters.now();
        counters.countNanos += b0 - c0 - (counters.firstReadNanos - read0);
        // Bounds as longs that sort best first (percent down, then id up).
        FuzzySearch.LongList bounds = new FuzzySearch.LongList();
        for (int s = 0; s < shared.size; s++) {
            int id = shared.ids[s];
            if (scored.get(id) != FuzzySearch.Known.ABSENT) continue; // offered to the top when scored
            int held = shared.held[s] + uncounted;
            int m = shared.lengths[s];
            int longest = Math.max(n, m);
            int percent = m < 0 ? 100 * Math.min(held, n) / n : 100 * Math.min(Math.min(held, n), m) / longest;
            bounds.add((long) (100 - percent) << 32 | id);
        }
        counters.candidatesBounded += bounds.size;
        Arrays.sort(bounds.a, 0, bounds.size);
        long s0 = FuzzySearch.Counters.now(), scored0 = counters.candidatesScored;
        counters.boundNanos += s0 - b0;
        for (int b = 0; b < bounds.size; b++) {
            // The next candidates' words are far apart in the arena (hundreds of MB at ten million units): asking for
            // a group's at once lets the memory fetch them together instead of one cache miss after another.
            if ((b & (GROUP - 1)) == 0) arena.load(bounds.a, b, Math.min(bounds.size, b + GROUP));
            long key = bounds.a[b];
            int id = (int) key, bound = 100 - (int) (key >>> 32);
            if (top.size() >= max) {
                FuzzySearch.Scored kth = top.get(max - 1);
                if (bound < kth.percent() || bound == kth.percent() && id > kth.id()) break;
            }
            score(id, min);
        }
        counters.scoreNanos += FuzzySearch.Counters.now() - s0;
        if (explain) counters.detail.append(" bounded ").append(bounds.size).append(" scored ").append(counters.candidatesScored - scored0).append(" |");
    }

    /** Scores {@code id} exactly and offers it to the top when it reaches {@code min} and has the target. */
    private void score(int id, int min) {
        int m = arena.length(id);
        if (m < 0 || (withTarget[id >>> 6] & 1L << id) == 0) {
            scored.put(id, -1);
            return;
        }
        counters.candidatesScored++;
        candidate = arena.words(id, m, candidate);
        int longest = Math.max(n, m);
        // Exact, a block of the table's column for each 64 query words (a lookup here has at least one word).
        int percent = 100 * (longest - pattern.distance(candidate, m)) / longest;
        scored.put(id, Math.max(percent, -1));
        if (percent < min) return;
        FuzzySearch.Scored s = new FuzzySearch.Scored(id, percent);
        int at = 0;
        while (at < top.size() && FuzzySearch.BEST_FIRST.compare(top.get(at), s) < 0) at++;
        if (at >= max) return;
        top.add(at, s);
        if (top.size() > max) top.remove(max);
    }

    /** The postings of query word {@code i}, read once for all passes. */
    private Index.Posting posting(int i) throws SQLException {
        if (postings[i] == null) {
            Index.Posting p = index.cachedPosting(src, words[i]);
            if (p == null) {
                long r0 = FuzzySearch.Counters.now();
                p = index.posting(src, words[i]);
                counters.firstReadNanos += FuzzySearch.Counters.now() - r0;
                counters.postingsFirstRead++;
                counters.firstReadIds += p.ids().length;
            }
            postings[i] = p;
            counters.postingsRead++;
            counters.postingIds += postings[i].ids().length;
        }
        return postings[i];
    }
}
