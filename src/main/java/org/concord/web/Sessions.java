package org.concord.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, kept in memory (a restart signs everyone out). Ids and CSRF tokens are 256 random bits; an id
 * is only ever made here, at a login, so a session id planted in a browser beforehand is never adopted.
 */
final class Sessions {

    static final String COOKIE = "concord_session";
    /** A working day without a request ends the session. */
    static final Duration IDLE = Duration.ofHours(8);

    record Session(String id, String user, String csrf, Instant lastSeen) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session create(String user) {
        Session s = new Session(token(), user, token(), clock.instant());
        byId.put(s.id(), s);
        return s;
    }

    /** The live session with this id, its idle time restarted; empty for unknown or expired ids. */
    Optional<Session> find(String id) {
        if (id == null) return Optional.empty();
        Session s = byId.get(id);
        if (s == null) return Optional.empty();
        Instant now = clock.instant();
        if (s.lastSeen().plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session seen = new Session(s.id(), s.user(), s.csrf(), now);
        byId.replace(id, s, seen);
        return Optional.of(seen);
    }

    void end(String id) {
        if (id != null) byId.remove(id);
    }

    /** Ends every session of a user (when the account is removed or its password reset, the next login starts afresh). */
    void endAll(String user) {
        byId.values().removeIf(s -> s.user().equals(user));
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte from response times. */
    static boolean sameToken(String expected, String given) {
        if (expected == null || given == null) return false;
        return MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
