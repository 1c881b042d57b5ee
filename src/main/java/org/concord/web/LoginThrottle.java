package org.concord.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.concord.account.SignInStore;

/**
 * Five failed logins for one user name within 15 minutes lock that name out until the oldest of them is 15 minutes old.
 * Failures are counted in the database, so a guesser gains nothing by spreading tries over the servers behind a load
 * balancer; names are kept only as hashes (a password typed into the name field must not be stored).
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final SignInStore store;
    private final Clock clock;

    LoginThrottle(SignInStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether this name may try now. */
    boolean allows(String user) {
        return store.failures(key(user), windowStart()) < MAX_FAILURES;
    }

    void failed(String user) {
        long start = windowStart();
        store.recordFailure(key(user), clock.millis(), start);
    }

    void succeeded(String user) {
        store.clearFailures(key(user));
    }

    private long windowStart() {
        return clock.millis() - WINDOW.toMillis();
    }

    private static String key(String user) {
        return Sessions.hash(user == null ? "" : user.toLowerCase(Locale.ROOT));
    }
}
