package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-parallel score agrees with the full one wherever the score reaches the minimum asked, and says so when not. */
class SimilarityTest {
    @Test
    void scoreAtLeastTheMinimumEqualsTheFullScore() {
        Random rnd = new Random(3);
        int reached = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int[] a = words(rnd, 1 + rnd.nextInt(30));
            int[] b = edited(rnd, a);
            int min = rnd.nextInt(101);
            int full = Similarity.percent(a, b);
            int banded = Similarity.percentAtLeast(Similarity.BitPattern.of(a), a, b, b.length, min);
            if (full >= min) {
                assertThat(banded).as("%s vs %s at %d", java.util.Arrays.toString(a), java.util.Arrays.toString(b), min).isEqualTo(full);
                reached++;
            } else {
                assertThat(banded).isLessThan(min);
            }
        }
        assertThat(reached).as("both sides of the minimum are tried").isBetween(2_000, 18_000);
        assertThat(Similarity.percentAtLeast(null, new int[0], new int[0], 0, 100)).isEqualTo(100);
        int[] three = {1, 2, 3};
        assertThat(Similarity.percentAtLeast(Similarity.BitPattern.of(three), three, new int[0], 0, 1)).isLessThan(1);
    }

    @Test
    void bitParallelDistanceEqualsTheTableOne() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 20_000; trial++) {
            // One block (up to 64 words) and several, across their boundaries: UN sentences of 65–200 words are queried too.
            int[] a = words(rnd, 1 + rnd.nextInt(rnd.nextBoolean() ? 64 : 200));
            int[] b = rnd.nextInt(4) == 0 ? words(rnd, rnd.nextInt(a.length + 8)) : edited(rnd, a);
            if (rnd.nextInt(8) == 0) a[rnd.nextInt(a.length)] = -1 - rnd.nextInt(3); // a query word no unit holds
            int[] padded = java.util.Arrays.copyOf(b, b.length + 3); // only the first b.length count
            padded[b.length] = a[0];
            Similarity.BitPattern pattern = Similarity.BitPattern.of(a);
            assertThat(pattern.distance(padded, b.length)).as("%s vs %s", java.util.Arrays.toString(a), java.util.Arrays.toString(b))
                .isEqualTo(Similarity.distance(a, b));
            int min = rnd.nextInt(101);
            assertThat(Similarity.percentAtLeast(pattern, a, padded, b.length, min) >= min).isEqualTo(Similarity.percent(a, b) >= min);
        }
        assertThat(Similarity.BitPattern.of(new int[0])).as("no word: nothing to prepare").isNull();
    }

    private static int[] words(Random rnd, int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = rnd.nextInt(12);
        return w;
    }

    /** A copy with a few words replaced, dropped or added. */
    private static int[] edited(Random rnd, int[] a) {
        java.util.List<Integer> w = new java.util.ArrayList<>();
        for (int x : a) w.add(x);
        int edits = rnd.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int op = rnd.nextInt(3);
            if (op == 0 && !w.isEmpty()) w.set(rnd.nextInt(w.size()), rnd.nextInt(12));
            else if (op == 1 && !w.isEmpty()) w.remove(rnd.nextInt(w.size()));
            else w.add(rnd.nextInt(w.size() + 1), rnd.nextInt(12));
        }
        return w.stream().mapToInt(Integer::intValue).toArray();
    }
}
