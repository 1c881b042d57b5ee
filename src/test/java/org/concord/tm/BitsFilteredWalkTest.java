package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A concordance's driver in memory walked a block at a time against frequent words' bits: the same candidates, in the
 * same order, as walking it id by id with each filter asked in turn.
 */
class BitsFilteredWalkTest {
    /** Units up to this id are covered by the bits; later ones came after the arena was read. */
    private static final int COVER = 20_000;

    private static PostingCursor driver(int[] ids) {
        byte[] chunk = Postings.encodeChunk(ids, ids.length);
        return PostingCursor.ofEncoded(chunk, 0, chunk.length, ids.length);
    }

    /** Bits of the units from 0 to COVER that {@code rnd} sets with probability {@code share}. */
    private static long[] bits(Random rnd, double share) {
        long[] bits = new long[(COVER >>> 6) + 1];
        for (int u = 0; u <= COVER; u++) if (rnd.nextDouble() < share) bits[u >>> 6] |= 1L << u;
        return bits;
    }

    /** The walk of the old way: each id of the driver, each filter advanced to it, the driver on from the first lacking. */
    private static List<Integer> idById(PostingCursor driver, List<PostingCursor> filters) throws Exception {
        List<Integer> out = new ArrayList<>();
        for (int id = driver.next(); id != PostingCursor.END; ) {
            int onFrom = id;
            for (PostingCursor f : filters) {
                int at = f.advance(id);
                if (at != id) {
                    onFrom = at;
                    break;
                }
            }
            if (onFrom == id) out.add(id);
            id = onFrom == id ? driver.next() : driver.advance(onFrom);
        }
        return out;
    }

    @Test
    void theBlockWalkKeepsWhatTheIdByIdWalkKeepsAcrossBlocksAndPastTheBits() throws Exception {
        Random rnd = new Random(5);
        // 3,000 ascending ids over twice the bits' cover: a dozen blocks, and units the bits know nothing of.
        int[] ids = rnd.ints(0, 2 * COVER).distinct().limit(3_000).sorted().toArray();
        long[] half = bits(rnd, 0.5), tenth = bits(rnd, 0.1);
        List<Integer> expected = idById(driver(ids), List.of(PostingCursor.ofBits(half, COVER, 10_000), PostingCursor.ofBits(tenth, COVER, 2_000)));
        BitsFilteredWalk walk = BitsFilteredWalk.of(driver(ids), List.of(PostingCursor.ofBits(half, COVER, 10_000), PostingCursor.ofBits(tenth, COVER, 2_000)));
        assertThat(walk).isNotNull();
        List<Integer> got = new ArrayList<>();
        for (int id = walk.next(); id != PostingCursor.END; id = walk.next()) got.add(id);
        assertThat(got).isEqualTo(expected);
        // Some kept for their bits, all past the cover kept, and the walk counted every driver id.
        assertThat(got).anyMatch(id -> id <= COVER).anyMatch(id -> id > COVER);
        assertThat(got.stream().filter(id -> id > COVER).count()).isEqualTo(java.util.Arrays.stream(ids).filter(id -> id > COVER).count());
        assertThat(got).hasSizeLessThan(ids.length);
        assertThat(walk.walked).isEqualTo(ids.length);
        assertThat(walk.next()).isEqualTo(PostingCursor.END);
    }

    @Test
    void aFilterThatIsNotBitsOrADriverNotInMemoryKeepsTheIdByIdWalk() {
        int[] ids = {3, 9, 27};
        PostingCursor inMemory = PostingCursor.of(new Index.Posting(ids.length, ids, null));
        assertThat(BitsFilteredWalk.of(driver(ids), List.of(driver(new int[] {9})))).isNull();
        assertThat(BitsFilteredWalk.of(inMemory, List.of())).isNull();
        assertThat(BitsFilteredWalk.of(driver(ids), List.of())).isNotNull();
    }
}
