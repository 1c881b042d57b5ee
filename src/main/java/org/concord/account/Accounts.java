package org.concord.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.concord.InputException;

/** Adding, changing and checking accounts; passwords arrive as char arrays and leave only as Argon2id hashes. */
public final class Accounts {

    /** Names people type and logs can show: letters, digits, dot, dash, underscore, @. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final int MAX_PASSWORD = 1024;

    private final AccountStore store;

    public Accounts(AccountStore store) {
        this.store = store;
    }

    public User add(String name, Role role, char[] password) {
        checkName(name);
        String hash = Passwords.hash(checkPassword(password));
        User user = new User(name, role, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (!store.insert(new AccountStore.Stored(user, hash))) throw new InputException("user '" + name + "' already exists");
        return user;
    }

    public List<User> list() {
        return store.list();
    }

    public boolean any() {
        return store.count() > 0;
    }

    public void remove(String name) {
        if (!store.delete(name)) throw noSuchUser(name);
    }

    public void setRole(String name, Role role) {
        if (!store.updateRole(name, role)) throw noSuchUser(name);
    }

    public void resetPassword(String name, char[] password) {
        String hash = Passwords.hash(checkPassword(password));
        if (!store.updatePasswordHash(name, hash)) throw noSuchUser(name);
    }

    /** The user when name and password match; empty otherwise, after the same work either way. */
    public Optional<User> authenticate(String name, char[] password) {
        Optional<AccountStore.Stored> found = name == null ? Optional.empty() : store.find(name);
        if (found.isEmpty()) {
            Passwords.burn(password);
            return Optional.empty();
        }
        return Passwords.matches(password, found.get().passwordHash()) ? Optional.of(found.get().user()) : Optional.empty();
    }

    /** The account as it is now (its role may have changed since a session began). */
    public Optional<User> find(String name) {
        return store.find(name).map(AccountStore.Stored::user);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InputException("user name '" + name + "': use 1 to 64 letters, digits, '.', '_', '-' or '@'");
        }
    }

    private static char[] checkPassword(char[] password) {
        if (password == null || password.length == 0 || new String(password).isBlank()) {
            throw new InputException("empty password: give the password on standard input");
        }
        if (password.length > MAX_PASSWORD) throw new InputException("password longer than " + MAX_PASSWORD + " characters");
        return password;
    }

    private static InputException noSuchUser(String name) {
        return new InputException("no user '" + name + "'");
    }
}
