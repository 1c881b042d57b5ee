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

    @Test
    void tellsValuesApartThatShareTheirTopOrLowBits() {
        // The top bits choose a table and the low bits a slot in it: values alike in either crowd one table or one slot.
        KeySet set = new KeySet();
        int added = 0, refused = 0;
        for (long i = 1; i <= 20_000; i++) {
            if (set.add(5L << 54 | i << 20)) added++;
            if (set.add(i << 40 | 77)) added++;
        }
        for (long i = 1; i <= 20_000; i++) {
            if (!set.add(5L << 54 | i << 20)) refused++;
            if (!set.add(i << 40 | 77)) refused++;
        }
        assertThat(added).isEqualTo(40_000);
        assertThat(refused).isEqualTo(40_000);
        assertThat(set.add(5L << 54 | 20_001L << 20)).isTrue();
        assertThat(set.size()).isEqualTo(40_001);
    }
}
