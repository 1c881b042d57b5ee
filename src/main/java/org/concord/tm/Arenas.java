package org.concord.tm;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The word arenas of an {@link Index}, by language: when one is read (once lookups have scored enough candidates
 * without it), where (in the background or in the lookup), and what is kept. Dropped with the rest of the index when
 * the database changes.
 */
final class Arenas {
    /**
     * Where an arena's pass runs. It takes seconds at a million units (7 s of CPU) and minutes at ten million (100 s):
     * in the background, the lookup that asks for it and those after it go on reading candidates until it is there;
     * in the lookup, that lookup waits for it (tests, which must know when it is there).
     */
    enum Reading { IN_BACKGROUND, IN_THE_LOOKUP }

    /** The word counts of a language's variants, read when an arena is about to be (see {@link Index#lengths}). */
    interface Lengths {
        int[] read() throws SQLException;
    }

    private final Connection c;
    /** Opens the read-only connection an arena is read through in the background; null: read in the lookup. */
    private final Callable<Connection> readerConnection;
    /** Every unit's words by language, once lookups have read enough candidates one by one (see {@link #arena}). */
    private final Map<String, WordArena> read = new HashMap<>();
    /** Languages whose arena would not fit the heap budget (or the store is PostgreSQL): the read path serves them. */
    private final Set<String> without = new HashSet<>();
    /** Candidates scored without an arena (read one by one, or from kept words) since the memory last changed, by language. */
    private final Map<String, Long> scoredWithout = new HashMap<>();
    /** Arenas being read on a thread of their own, by language; dropped (and their threads interrupted) with the rest. */
    private final Map<String, FutureTask<WordArena>> beingRead = new HashMap<>();
    /** Candidates scored without an arena before one is read; negative: the default, a hundredth of the units (tests set 0). */
    long afterCandidates = -1;
    /** Where an arena is read: see {@link Reading}. */
    Reading reading;
    /** Units an arena's pass reads a statement ({@link WordArena#PASS_CHUNK}; tests set a few, to cross chunks). */
    int passChunk = WordArena.PASS_CHUNK;
    /** Tests: a background pass waits for this before it reads (null: it does not wait). */
    CountDownLatch beforeBackgroundPass;

    /** {@code readerConnection} opens another connection to the database for a background reader, or is null. */
    Arenas(Connection c, Callable<Connection> readerConnection) {
        this.c = c;
        this.readerConnection = readerConnection;
        this.reading = readerConnection == null ? Reading.IN_THE_LOOKUP : Reading.IN_BACKGROUND;
    }

    /** Forgets every arena, and stops the passes still reading (read before the change: of no use now). */
    void clear() {
        read.clear();
        for (var pass : beingRead.values()) pass.cancel(true);
        beingRead.clear();
        without.clear();
        scoredWithout.clear();
    }

    /**
     * Notes candidates of {@code lang} scored without an arena (read one by one, or from words an earlier lookup kept,
     * which a memory ten times larger holds ten times fewer of): the work an arena would have spared.
     */
    void countScoredWithout(String lang, int candidates) {
        scoredWithout.merge(lang, (long) candidates, Long::sum);
    }

    /**
     * The words of every unit in {@code lang} up to {@code maxId}, or null while the read path serves. An arena costs
     * one pass over the variants (seconds at a million units), so it is read only once lookups since the memory last
     * changed have read a hundredth of the units one by one (or scored them from kept words): a single lookup (the
     * command line) never pays for it, a server or a batch does, early. Over a quarter of the heap, the read path keeps
     * serving. PostgreSQL keeps the read path (its driver would hold the whole pass in memory outside a transaction).
     */
    WordArena arena(String lang, int maxId, Lengths wordCounts) throws SQLException {
        WordArena a = ifRead(lang);
        if (a != null || without.contains(lang) || beingRead.containsKey(lang)) return a;
        long after = afterCandidates >= 0 ? afterCandidates : Math.max(2_000, maxId / 100);
        if (scoredWithout.getOrDefault(lang, 0L) < after) return null;
        int[] lengths = wordCounts.read();
        if (org.concord.store.Migration.isPostgres(c) || WordArena.estimatedBytes(lengths) > WordArena.heapBudget()) {
            without.add(lang);
            return null;
        }
        if (reading == Reading.IN_BACKGROUND) {
            // Its own read-only connection: the index's stays the lookups'. It reads the units up to maxId as they are
            // when it starts; a change after the lengths were read makes the next refresh drop it unused.
            var gate = beforeBackgroundPass;
            var pass = new FutureTask<>(() -> {
                if (gate != null) gate.await();
                try (Connection own = readerConnection.call()) {
                    return WordArena.read(own, lang, maxId, lengths, passChunk);
                }
            });
            Thread t = new Thread(pass, "word-arena-" + lang);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            beingRead.put(lang, pass);
            t.start();
            return null;
        }
        return kept(lang, WordArena.read(c, lang, maxId, lengths, passChunk));
    }

    /**
     * The arena of {@code lang} if one is read already, else null: nothing is started or waited for (a concordance
     * confirms candidates on it when fuzzy lookups have read it, and reads their rows otherwise).
     */
    WordArena ifRead(String lang) {
        WordArena a = read.get(lang);
        if (a != null) return a;
        var pass = beingRead.get(lang);
        return pass != null && pass.isDone() ? readInBackground(lang, pass) : null;
    }

    /** Whether a background pass is reading the arena of {@code lang} (lookups meanwhile read candidates). */
    boolean beingRead(String lang) {
        var pass = beingRead.get(lang);
        return pass != null && !pass.isDone();
    }

    /** The arena a background pass has read, kept from now on; a pass that failed leaves the read path serving. */
    private WordArena readInBackground(String lang, FutureTask<WordArena> pass) {
        beingRead.remove(lang);
        try {
            return kept(lang, pass.get());
        } catch (ExecutionException | CancellationException e) {
            return kept(lang, null); // e.g. the file went away: lookups read candidates, as they did before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Keeps {@code a} as the arena of {@code lang}, or notes that the read path serves it (null). */
    private WordArena kept(String lang, WordArena a) {
        if (a == null) without.add(lang);
        else read.put(lang, a);
        return a;
    }
}
