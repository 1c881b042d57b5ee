package org.concord.tm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;

/**
 * Many lookups at once, on one thread per memory given: each memory must be open on a connection of its own to the
 * same database (SQLite connections are not shared between threads here; each thread reads through its own). Batch
 * jobs such as {@code prepare} use it to keep every core busy.
 */
public final class MemoryBatch {
    private final List<TranslationMemory> memories;

    /** A batch over these memories, one thread each (at least one memory). */
    public MemoryBatch(List<TranslationMemory> memories) {
        if (memories.isEmpty()) throw new IllegalArgumentException("no memory");
        this.memories = List.copyOf(memories);
    }

    public int threads() {
        return memories.size();
    }

    /** Fuzzy matches of every text, in the order given. */
    public List<List<FuzzyMatch>> fuzzy(List<String> texts, String srcLang, String tgtLang, int minPercent, int max) {
        return map(texts, (memory, text) -> memory.fuzzy(text, srcLang, tgtLang, minPercent, max), done -> { });
    }

    /**
     * {@code lookup} applied to every item, in the order given, each call on one of the threads with that thread's
     * memory; {@code progress} hears the number done every 100 items (from one thread at a time). The first failure
     * stops the others and is thrown.
     */
    public <T, R> List<R> map(List<T> items, BiFunction<TranslationMemory, T, R> lookup, IntConsumer progress) {
        List<R> out = new ArrayList<>(Collections.nCopies(items.size(), null));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.min(memories.size(), Math.max(1, items.size()));
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> started = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            TranslationMemory memory = memories.get(w);
            Runnable work = () -> {
                try {
                    for (int i; (i = next.getAndIncrement()) < items.size(); ) {
                        R r = lookup.apply(memory, items.get(i));
                        synchronized (out) {
                            out.set(i, r);
                        }
                        int d = done.incrementAndGet();
                        if (d % 100 == 0) {
                            synchronized (progress) {
                                progress.accept(d);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                    next.set(Integer.MAX_VALUE / 2);
                }
            };
            if (threads == 1) {
                work.run();
            } else {
                Thread t = new Thread(work, "memory-batch-" + w);
                started.add(t);
                t.start();
            }
        }
        try {
            for (Thread t : started) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up", e);
        }
        if (!failures.isEmpty()) throw failures.get(0);
        return out;
    }
}
