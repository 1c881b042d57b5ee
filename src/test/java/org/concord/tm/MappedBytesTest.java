package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which memories searches read through a mapping (those the machine's page cache can hold, not those it cannot), and
 * how much SQLite's own page cache holds of those it reads.
 */
class MappedBytesTest {
    private static final long GB = 1L << 30;

    @Test
    void aMemoryWellWithinTheMachineIsMappedUpToTheCap() {
        assertThat(UnitStore.mappedBytes(3 * GB, 24 * GB)).isEqualTo(UnitStore.MAPPED_AT_MOST);
        assertThat(UnitStore.mappedBytes(12 * GB, 24 * GB)).isEqualTo(UnitStore.MAPPED_AT_MOST);
    }

    @Test
    void aMemoryLargerThanHalfTheMachineIsReadNotMapped() {
        assertThat(UnitStore.mappedBytes(12 * GB + 1, 24 * GB)).isZero();
        assertThat(UnitStore.mappedBytes(31 * GB, 24 * GB)).isZero();
    }

    @Test
    void anUnknownMachineSizeKeepsTheMapping() {
        assertThat(UnitStore.mappedBytes(31 * GB, 0)).isEqualTo(UnitStore.MAPPED_AT_MOST);
    }

    @Test
    void aMemoryTooLargeToMapGetsACacheForItsTreesInteriorPages() {
        // A 16th of the file: at ten million UN units (31 GB), tm_variant's interior pages are 1.07 GB.
        assertThat(UnitStore.cacheBytes(31 * GB, 24 * GB)).isEqualTo(31 * GB / 16);
        assertThat(UnitStore.cacheBytes(31 * GB, 24 * GB)).isGreaterThan(UnitStore.CACHE_AT_LEAST);
    }

    @Test
    void theCacheTakesAtMostATwelfthOfTheMachine() {
        assertThat(UnitStore.cacheBytes(1024 * GB, 24 * GB)).isEqualTo(24 * GB / 12);
    }

    @Test
    void aMappedOrUnknownMemoryKeepsTheSmallCache() {
        assertThat(UnitStore.cacheBytes(3 * GB, 24 * GB)).isEqualTo(UnitStore.CACHE_AT_LEAST);
        assertThat(UnitStore.cacheBytes(31 * GB, 0)).isEqualTo(UnitStore.CACHE_AT_LEAST);
        // Just too large to map, a 16th would be less than the least.
        assertThat(UnitStore.cacheBytes(2 * GB, 3 * GB)).isEqualTo(UnitStore.CACHE_AT_LEAST);
    }

    @Test
    void aSmallMemoryFileIsOpenedMapped(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("memory.db"))) {
            TranslationMemory.open(db);
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA mmap_size")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(UnitStore.MAPPED_AT_MOST);
            }
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(-(UnitStore.CACHE_AT_LEAST >> 10)); // negative: KiB
            }
        }
    }
}
