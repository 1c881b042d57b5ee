package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KeySetTest {
    @Test
    void tellsAValueSeenBeforeAcrossGrowth() {
        KeySet set = new KeySet();
        Random rnd = new Random(7);
        long[] values = new long[50_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = rnd.nextLong();
            assertThat(set.add(values[i])).isTrue();
        }
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        for (long v : values) assertThat(set.add(v)).isFalse();
        assertThat(set.size()).isEqualTo(values.length + 1);
    }
}
