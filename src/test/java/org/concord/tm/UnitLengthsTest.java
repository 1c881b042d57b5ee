package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The packed lengths give back every length the int table holds, short or long, and -1 where none is known. */
class UnitLengthsTest {
    @Test
    void everyLengthComesBackWhole() {
        int[] words = {-1, 0, 1, 30, 252, 253, 254, 255, 256, 1_000, 70_000, -1};
        UnitLengths packed = UnitLengths.of(words);
        for (int id = 0; id < words.length; id++) assertThat(packed.of(id)).as("unit %d", id).isEqualTo(words[id]);
        assertThat(packed.of(words.length)).as("a unit after the table was read").isEqualTo(-1);
    }
}
