package org.concord.account;

import java.time.Instant;

/** An account as listed: never its password hash. */
public record User(String name, Role role, Instant created) {}
