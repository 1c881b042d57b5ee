package org.concord.tm;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What an export's reading threads and its writing thread share, whether one thread reads or several: batches handed
 * over a short queue while the writer still takes them, a reader's failure raised again on the writer's side, and the
 * wait for the readers to end so that their connections are free again.
 */
final class Handover {
    private Handover() {}

    /** Thrown in a reader when the export was closed before it read everything: nobody takes more. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Puts {@code item} on {@code queue}, waiting while it is full; {@link Stopped} once {@code closed} says so. */
    static <T> void hand(BlockingQueue<T> queue, T item, BooleanSupplier closed) {
        try {
            while (!queue.offer(item, 20, TimeUnit.MILLISECONDS)) if (closed.getAsBoolean()) throw new Stopped();
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** The next item of {@code queue}, waiting for it; an interrupt ends the export. */
    static <T> T take(BlockingQueue<T> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
    }

    /** Raises what stopped a reader on the writer's thread: as it was, or wrapped when it is a checked exception. */
    static void rethrow(Throwable f) throws IOException {
        if (f instanceof IOException e) throw e;
        if (f instanceof RuntimeException e) throw e;
        if (f instanceof Error e) throw e;
        throw new IllegalStateException(f);
    }

    /** Waits for the readers to end, and keeps an interrupt met meanwhile for the caller's thread. */
    static void joinAll(Iterable<Thread> readers) {
        boolean interrupted = false;
        for (Thread r : readers) {
            while (r.isAlive()) {
                try {
                    r.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
