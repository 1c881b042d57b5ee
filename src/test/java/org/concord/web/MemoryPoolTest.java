package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.concord.tm.ConcordanceHit;
import org.concord.tm.FuzzyMatch;
import org.concord.tm.MemorySearch;
import org.junit.jupiter.api.Test;

class MemoryPoolTest {

    /** A memory whose concordance waits for a second concurrent search before answering with its own name. */
    record Meeting(String name, CyclicBarrier barrier) implements MemorySearch {
        @Override
        public List<FuzzyMatch> fuzzy(String text, String src, String tgt, int min, int max) {
            throw new IllegalArgumentException("bad query");
        }

        @Override
        public List<ConcordanceHit> concordance(String text, String lang, int max) {
            try {
                barrier.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other search never ran alongside", e);
            }
            return List.of(new ConcordanceHit(0, lang, name, List.of(), null, java.util.Map.of()));
        }
    }

    @Test
    void twoSearchesRunAtOnceOnTwoMemories() throws Exception {
        CyclicBarrier both = new CyclicBarrier(2);
        MemoryPool pool = new MemoryPool(List.of(new Meeting("a", both), new Meeting("b", both)));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<ConcordanceHit>> first = threads.submit(() -> pool.concordance("x", "en", 1));
            Future<List<ConcordanceHit>> second = threads.submit(() -> pool.concordance("x", "en", 1));
            assertThat(List.of(first.get().get(0).text(), second.get().get(0).text())).containsExactlyInAnyOrder("a", "b");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailingSearchGivesItsMemoryBack() {
        MemoryPool pool = new MemoryPool(List.of(new Meeting("only", new CyclicBarrier(1))));
        assertThatThrownBy(() -> pool.fuzzy("x", "en", "fr", 50, 5)).hasMessage("bad query");
        assertThat(pool.concordance("x", "en", 1).get(0).text()).isEqualTo("only");
    }
}
