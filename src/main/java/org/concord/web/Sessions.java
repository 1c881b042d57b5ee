package org.concord.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.concord.account.SignInStore;

/**
 * Signed-in sessions, kept in the database ({@link SignInStore}): any server on it answers any session, and a restart
 * signs nobody out. Ids and CSRF tokens are 256 random bits; an id is only ever made here, at a login, so a session
 * id planted in a browser beforehand is never adopted. The database holds only each id's SHA-256.
 */
final class Sessions {

    static final String COOKIE = "concord_session";
    /** A working day without a request ends the session. */
    static final Duration IDLE = Duration.ofHours(8);
    /**
     * How stale the stored last use may get: writing it at every request would make every read a write, and a minute
     * is nothing against eight hours.
     */
    static final Duration TOUCH_AFTER = Duration.ofMinutes(1);

    record Session(String id, String user, String csrf) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInStore store;
    private final Clock clock;

    Sessions(SignInStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Session create(String user) {
        long now = clock.millis();
        store.deleteIdleSince(now - IDLE.toMillis()); // at sign-in, not per request: expired rows only take room
        Session s = new Session(token(), user, token());
        store.insert(new SignInStore.Session(hash(s.id()), user, s.csrf(), now));
        return s;
    }

    /** The live session with this id, its idle time restarted; empty for unknown or expired ids. */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) return Optional.empty();
        String hash = hash(id);
        Optional<SignInStore.Session> stored = store.find(hash);
        if (stored.isEmpty()) return Optional.empty();
        long now = clock.millis();
        long lastSeen = stored.get().lastSeen();
        if (lastSeen + IDLE.toMillis() < now) {
            store.delete(hash);
            return Optional.empty();
        }
        if (lastSeen + TOUCH_AFTER.toMillis() < now) store.touch(hash, now);
        return Optional.of(new Session(id, stored.get().user(), stored.get().csrf()));
    }

    void end(String id) {
        if (id != null && !id.isEmpty() && id.length() <= 100) store.delete(hash(id));
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte from response times. */
    static boolean sameToken(String expected, String given) {
        if (expected == null || given == null) return false;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** SHA-256 in hex: what the database keeps of a session id or a typed user name. */
    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
