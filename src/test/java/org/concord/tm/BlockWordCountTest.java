package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Counting a block of unit ids at a time keeps exactly the units that counting every unit at once keeps. */
class BlockWordCountTest {

    /**
     * Postings over 200,000 units (several blocks, ids on both sides of each block's edge), words held more than once
     * by the query, units of unknown length and units beyond the lengths known: each unit kept, with its count, is the
     * one a direct count gives, in id order; then a merged posting and the bound after it.
     */
    @Test
    void theBlocksKeepWhatADirectCountKeeps() {
        keepsWhatADirectCountKeeps(3_000, 100);
    }

    /** Postings of a few dozen units a block (as the rarest words' at ten million units): taken from the units met, sorted. */
    @Test
    void sparseBlocksKeepWhatADirectCountKeeps() {
        keepsWhatADirectCountKeeps(60, 1_000);
    }

    private static void keepsWhatADirectCountKeeps(int perWord, int hotEvery) {
        Random rnd = new Random(5);
        int units = 200_000, n = 24, t = 70;
        int[] lengths = new int[units - 1_000]; // the last thousand came after the lengths were read
        for (int id = 0; id < lengths.length; id++) lengths[id] = id % 97 == 0 ? -1 : 10 + rnd.nextInt(30);
        int k = 9;
        int[][] postings = new int[k][];
        int[] times = new int[k];
        for (int i = 0; i < k; i++) {
            TreeSet<Integer> ids = new TreeSet<>();
            for (int edge = 1; edge <= units / 32_768; edge++) ids.add(edge * 32_768 - 1 + rnd.nextInt(2)); // a block's edges
            for (int hot = 50; hot < units; hot += hotEvery) if (rnd.nextInt(10) != 0) ids.add(hot); // near copies: most words
            while (ids.size() < perWord * (i + 1)) ids.add(rnd.nextInt(units));
            postings[i] = ids.stream().mapToInt(Integer::intValue).toArray();
            times[i] = i % 4 == 0 ? 2 : 1;
        }
        int meeting = 6, uncounted = 8, need = (t * n + 99) / 100, shortest = need, longest = 100 * n / t;
        BlockWordCount count = new BlockWordCount();
        count.count(n, postings, times, meeting, UnitLengths.of(lengths), uncounted, need, t, shortest, longest);

        int[] direct = new int[units];
        boolean[] met = new boolean[units];
        for (int i = 0; i < k; i++) {
            for (int id : postings[i]) {
                direct[id] += times[i];
                if (i < meeting) met[id] = true;
            }
        }
        List<String> expected = new ArrayList<>();
        for (int id = 0; id < units; id++) {
            int m = id < lengths.length ? lengths[id] : -1;
            if (!met[id] || m >= 0 && (m < shortest || m > longest)) continue;
            int needHere = m < 0 ? need : Math.max(need, (t * Math.max(n, m) + 99) / 100);
            if (direct[id] + uncounted >= needHere) expected.add(id + ":" + direct[id] + ":" + m);
        }
        assertThat(kept(count)).hasSizeGreaterThanOrEqualTo(5).isEqualTo(expected);

        int[] later = postings[k - 1]; // merged again: each kept unit it holds gains 3
        count.countKept(later, 3);
        TreeSet<Integer> inLater = new TreeSet<>();
        for (int id : later) inLater.add(id);
        List<String> merged = new ArrayList<>();
        for (String e : expected) {
            String[] f = e.split(":");
            int id = Integer.parseInt(f[0]);
            merged.add(id + ":" + (Integer.parseInt(f[1]) + (inLater.contains(id) ? 3 : 0)) + ":" + f[2]);
        }
        assertThat(kept(count)).isEqualTo(merged);
        int left = count.keepReachable(uncounted - 3, need, t);
        assertThat(left).isLessThanOrEqualTo(merged.size()).isEqualTo(kept(count).size());
        for (String e : kept(count)) {
            String[] f = e.split(":");
            int m = Integer.parseInt(f[2]);
            assertThat(Integer.parseInt(f[1]) + uncounted - 3).isGreaterThanOrEqualTo(m < 0 ? need : Math.max(need, (t * Math.max(n, m) + 99) / 100));
        }
    }

    /** A second count with the same buffers starts from nothing: the first left no count behind. */
    @Test
    void aSecondCountStartsClean() {
        BlockWordCount count = new BlockWordCount();
        int[] lengths = {3, 3, 3, 3, 3, 3, 3, 3};
        count.count(3, new int[][] {{1, 2, 5}, {2, 5}, {5}}, new int[] {1, 1, 1}, 3, UnitLengths.of(lengths), 0, 1, 30, 1, 10);
        assertThat(kept(count)).containsExactly("1:1:3", "2:2:3", "5:3:3");
        count.count(3, new int[][] {{2}, {5, 6}}, new int[] {1, 1}, 1, UnitLengths.of(lengths), 0, 1, 30, 1, 10);
        assertThat(kept(count)).as("6 is only in a posting that does not meet units").containsExactly("2:1:3");
        count.count(3, new int[][] {{70_000}, {5, 70_000}}, new int[] {1, 1}, 1, UnitLengths.of(lengths), 0, 1, 30, 1, 10);
        assertThat(kept(count)).as("a block no unit was met in is passed over; 70,000 has no length known").containsExactly("70000:2:-1");
    }

    /**
     * Lengths past what a packed byte holds (255 words and more) are read in full: a 260-word query at 95 keeps units
     * of 247 to 273 words, so the 253- to 260-word units are kept with their lengths and the 300-word one is not.
     */
    @Test
    void longUnitsKeepTheirWholeLength() {
        BlockWordCount count = new BlockWordCount();
        int[] lengths = {-1, 255, 260, 300, 253, 254};
        count.count(260, new int[][] {{1, 2, 3, 4, 5}}, new int[] {250}, 1, UnitLengths.of(lengths), 10, 247, 95, 247, 273);
        assertThat(kept(count)).containsExactly("1:250:255", "2:250:260", "4:250:253", "5:250:254");
    }

    private static List<String> kept(BlockWordCount count) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < count.size; s++) out.add(count.ids[s] + ":" + count.held[s] + ":" + count.lengths[s]);
        return out;
    }
}
