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

    private static int[] idsOf(int member, byte[]... groups) {
        java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
        for (byte[] g : groups) chunks.writeBytes(Postings.member(g, member));
        return Postings.decode(chunks.toByteArray());
    }
}
