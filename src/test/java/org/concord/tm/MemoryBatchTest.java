package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.InputException;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups on two threads, each through its own connection, give what one memory gives one by one, in order. */
class MemoryBatchTest {
    @TempDir Path dir;

    @Test
    void twoThreadsFindWhatOneFindsInTheOrderAsked() {
        Path file = dir.resolve("m.db");
        List<String> queries = new ArrayList<>();
        try (Database db = Database.open(file)) {
            List<AlignedUnit> units = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                units.add(new AlignedUnit("A/1", i, "en", Map.of("en", "The Council decided on item " + i + " of its agenda today.",
                    "fr", "Le Conseil a statué sur le point " + i + " de son ordre du jour."), 1.0));
                queries.add("The Council decided on item " + (i * 7 % 120) + " of the agenda today.");
            }
            queries.add("Nothing like any stored sentence at all.");
            TranslationMemory.open(db).add(units, "t");
        }
        try (Database one = Database.open(file); Database a = Database.open(file); Database b = Database.open(file)) {
            TranslationMemory single = TranslationMemory.open(one);
            MemoryBatch batch = new MemoryBatch(List.of(TranslationMemory.open(a), TranslationMemory.open(b)));
            List<List<FuzzyMatch>> got = batch.fuzzy(queries, "en", "fr", 70, 3);
            assertThat(got).hasSize(queries.size());
            for (int i = 0; i < queries.size(); i++) {
                assertThat(got.get(i)).as(queries.get(i)).isEqualTo(single.fuzzy(queries.get(i), "en", "fr", 70, 3));
            }
            assertThat(got.get(0).get(0).source()).isEqualTo("The Council decided on item 0 of its agenda today.");
            assertThat(got.get(queries.size() - 1)).isEmpty();

            // A lookup that fails on either thread fails the batch with its own error.
            assertThatThrownBy(() -> batch.fuzzy(queries, "en", "en", 70, 3)).isInstanceOf(InputException.class)
                .hasMessageContaining("both en");
        }
    }
}
