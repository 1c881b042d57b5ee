package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void aGroupGivesBackEachMembersIdsAndNothingForAnAbsentOne() {
        Postings.Group group = new Postings.Group();
        group.add(0, new int[] {3, 9, 400}, 3);
        group.addEncoded(7, Postings.encodeChunk(new int[] {5}, 1));
        group.add(31, new int[] {1, 2, 3, 1_000_000}, 4);
        byte[] first = group.take();
        assertThat(group.isEmpty()).isTrue();
        group.add(7, new int[] {12, 13}, 2);
        byte[] second = group.take();

        assertThat(idsOf(7, first, second)).containsExactly(5, 12, 13); // chunk after chunk, as stored
        assertThat(idsOf(0, first, second)).containsExactly(3, 9, 400);
        assertThat(idsOf(31, first, second)).containsExactly(1, 2, 3, 1_000_000);
        assertThat(idsOf(8, first, second)).isEmpty();
    }

    @Test
    void aReusedDecoderGivesEachPostingOnlyItsOwnIdsDecodedInPlaceInTheGroup() {
        Postings.Group group = new Postings.Group();
        int[] many = new int[5_000];
        for (int i = 0; i < many.length; i++) many[i] = 3 * i + 1;
        group.add(2, many, many.length);
        group.add(5, new int[] {8, 4, 8}, 3); // a replaced unit: out of order and twice
        byte[] blob = group.take();
        Postings.Decoder decoder = new Postings.Decoder();

        decoder.reset();
        long at = Postings.memberAt(blob, 2);
        decoder.add(blob, (int) (at >>> 32), (int) at);
        assertThat(decoder.ids()).containsExactly(many);
        decoder.reset();
        at = Postings.memberAt(blob, 5);
        decoder.add(blob, (int) (at >>> 32), (int) at);
        decoder.add(Postings.encodeChunk(new int[] {6}, 1), 0, Postings.encodeChunk(new int[] {6}, 1).length);
        assertThat(decoder.ids()).containsExactly(4, 6, 8);
        assertThat(Postings.memberAt(blob, 3)).isEqualTo(-1);
        assertThat(Postings.memberAt(blob, 9)).isEqualTo(-1);
    }

    /** The member's ids over the groups, chunk after chunk, as the index reads a pair posting. */
    private static int[] idsOf(int member, byte[]... groups) {
        Postings.Decoder decoder = new Postings.Decoder();
        decoder.reset();
        for (byte[] g : groups) {
            long at = Postings.memberAt(g, member);
            if (at >= 0) decoder.add(g, (int) (at >>> 32), (int) at);
        }
        return decoder.ids();
    }

    @Test
    void aWordCountChunkAscendsOnlyWhenEachIdIsAboveTheOneBeforeItAndAboveTheLastChunks() {
        byte[] chunk = Postings.encodeLengths(new int[] {5, 9, 40}, new int[] {3, 7, 2}, 3);
        assertThat(Postings.lastIfAscending(chunk, Long.MIN_VALUE)).isEqualTo(40);
        assertThat(Postings.lastIfAscending(chunk, 4)).isEqualTo(40);
        assertThat(Postings.lastIfAscending(chunk, 5)).isEqualTo(Long.MAX_VALUE); // 5 again: a unit written twice
        assertThat(Postings.lastIfAscending(Postings.encodeLengths(new int[] {41, 12, 50}, new int[] {1, 1, 1}, 3), 40))
            .isEqualTo(Long.MAX_VALUE); // 12: a replaced unit written among new ones
        assertThat(Postings.lastIfAscending(Postings.encodeLengths(new int[0], new int[0], 0), 40)).isEqualTo(40);
    }
}
