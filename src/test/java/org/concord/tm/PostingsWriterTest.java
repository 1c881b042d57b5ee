package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;

class PostingsWriterTest {
    /** Many small flushes, each appending its chunks, and a restarted word numbering between them. */
    @Test
    void postingsWrittenOverManyFlushesAreThoseOfEveryUnit() throws Exception {
        try (Database db = Database.inMemory()) {
            TranslationMemory.open(db);
            PostingsWriter writer = new PostingsWriter(db.connection(), 500);
            String[] vocabulary = "the council security general assembly resolution member states peace report".split(" ");
            Random rnd = new Random(3);
            Map<String, TreeSet<Integer>> expected = new TreeMap<>();
            Map<Integer, TreeSet<Integer>> expectedPairs = new TreeMap<>();
            WordTable table = new WordTable();
            for (int id = 1; id <= 2000; id++) {
                if (id == 1000) { // as when the reader's table starts over
                    writer.flush();
                    writer.forgetWords();
                    table.clear();
                }
                List<String> words = new ArrayList<>();
                for (int w = 0; w < 3 + rnd.nextInt(8); w++) words.add(vocabulary[rnd.nextInt(vocabulary.length)]);
                String text = String.join(" ", words);
                PostingsWriter.Words numbered = table.words(text);
                writer.learn(table.drainNew());
                writer.add(id, "en", numbered);
                for (int w = 0; w < words.size(); w++) {
                    expected.computeIfAbsent(words.get(w), k -> new TreeSet<>()).add(id);
                    if (w > 0) expectedPairs.computeIfAbsent(Index.pairBucket(words.get(w - 1), words.get(w)), k -> new TreeSet<>()).add(id);
                }
            }
            writer.flush();
            Index index = new Index(db.connection(), null);
            index.refresh();
            for (var e : expected.entrySet()) {
                assertThat(index.posting("en", e.getKey()).ids()).as(e.getKey()).containsExactly(e.getValue().stream().mapToInt(Integer::intValue).toArray());
                assertThat(index.df("en", e.getKey())).isEqualTo(e.getValue().size());
            }
            for (String a : vocabulary) {
                for (String b : vocabulary) {
                    int[] ids = index.pairPosting("en", a, b).ids();
                    TreeSet<Integer> want = expectedPairs.getOrDefault(Index.pairBucket(a, b), new TreeSet<>());
                    assertThat(ids).containsExactly(want.stream().mapToInt(Integer::intValue).toArray());
                }
            }
            try (var s = db.connection().createStatement(); var rs = s.executeQuery("SELECT count(*) FROM tm_length")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThan(10); // it did flush many times
            }
        }
    }
}
