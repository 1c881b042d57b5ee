package org.concord.web;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.concord.tm.ConcordanceHit;
import org.concord.tm.FuzzyMatch;
import org.concord.tm.MemorySearch;

/**
 * Several memories over the same data (each on its own database connection) lent to one request at a time. A memory
 * answers one query at a time; a pool lets the server's threads search in parallel instead of queueing on one lock.
 */
public final class MemoryPool implements MemorySearch {
    private final BlockingQueue<MemorySearch> idle;

    public MemoryPool(List<? extends MemorySearch> memories) {
        if (memories.isEmpty()) throw new IllegalArgumentException("a pool needs at least one memory");
        idle = new ArrayBlockingQueue<>(memories.size(), true, memories); // fair: first come, first served
    }

    @Override
    public List<FuzzyMatch> fuzzy(String text, String srcLang, String tgtLang, int minPercent, int max) {
        return withMemory(m -> m.fuzzy(text, srcLang, tgtLang, minPercent, max));
    }

    @Override
    public List<ConcordanceHit> concordance(String text, String lang, int max) {
        return withMemory(m -> m.concordance(text, lang, max));
    }

    private <T> T withMemory(Function<MemorySearch, T> search) {
        MemorySearch m;
        try {
            m = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a memory", e);
        }
        try {
            return search.apply(m);
        } finally {
            idle.add(m);
        }
    }
}
