package org.concord.account;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts are kept. The SQLite implementation is {@link SqlAccountStore}; its SQL is plain enough to run on
 * other databases, which is why the rest of the server only sees this interface.
 */
public interface AccountStore {

    /** A stored account with its encoded password hash. */
    record Stored(User user, String passwordHash) {}

    /** False when the name is taken. */
    boolean insert(Stored account);

    Optional<Stored> find(String name);

    List<User> list();

    boolean delete(String name);

    boolean updateRole(String name, Role role);

    boolean updatePasswordHash(String name, String passwordHash);

    long count();
}
