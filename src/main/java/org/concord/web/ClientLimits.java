package org.concord.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client caps on the expensive reads (fuzzy matches and concordance scan the memory): at most
 * {@link #IN_FLIGHT} at once and {@link #PER_SECOND} a second (bursts of {@link #BURST}) from one address. Beyond
 * them the client gets 429 at once, so one script hammering the server cannot take the workers every other
 * translator's lookups need. Clients are told apart by address (behind a proxy, every client is the proxy's).
 */
final class ClientLimits {
    static final int IN_FLIGHT = 4;
    static final double PER_SECOND = 20;
    static final double BURST = 40;
    /** Addresses unseen this long are forgotten, so the table cannot grow without end. */
    private static final long FORGET_NANOS = 60_000_000_000L;

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    ClientLimits() {
        this(System::nanoTime);
    }

    /** With a clock of its own, for tests of the rate. */
    ClientLimits(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** A granted expensive request; closing it frees its place. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Client {
        int inFlight;
        double tokens = BURST;
        long seen;

        Client(long now) {
            seen = now;
        }
    }

    /** A permit for one expensive request from {@code address}, or null when it is over a cap (answer 429). */
    Permit admit(String address) {
        long now = nanoTime.getAsLong();
        if (clients.size() > 10_000) forgetIdle(now);
        Client c = clients.computeIfAbsent(address, a -> new Client(now));
        synchronized (c) {
            c.tokens = Math.min(BURST, c.tokens + (now - c.seen) / 1e9 * PER_SECOND);
            c.seen = now;
            if (c.inFlight >= IN_FLIGHT || c.tokens < 1) return null;
            c.tokens -= 1;
            c.inFlight++;
        }
        return () -> {
            synchronized (c) {
                c.inFlight--;
            }
        };
    }

    private void forgetIdle(long now) {
        for (Iterator<Client> it = clients.values().iterator(); it.hasNext(); ) {
            Client c = it.next();
            synchronized (c) {
                if (c.inFlight == 0 && now - c.seen > FORGET_NANOS) it.remove();
            }
        }
    }
}
