package org.concord.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Five failed logins for one user name within 15 minutes lock that name out until the oldest of them is 15 minutes old. */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether this name may try now. */
    boolean allows(String user) {
        Deque<Instant> f = failures.get(key(user));
        if (f == null) return true;
        synchronized (f) {
            prune(f);
            return f.size() < MAX_FAILURES;
        }
    }

    void failed(String user) {
        Deque<Instant> f = failures.computeIfAbsent(key(user), k -> new ArrayDeque<>());
        synchronized (f) {
            prune(f);
            f.addLast(clock.instant());
        }
    }

    void succeeded(String user) {
        failures.remove(key(user));
    }

    private void prune(Deque<Instant> f) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!f.isEmpty() && !f.peekFirst().isAfter(cutoff)) f.removeFirst();
    }

    private static String key(String user) {
        return user == null ? "" : user.toLowerCase(Locale.ROOT);
    }
}
