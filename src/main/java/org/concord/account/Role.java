package org.concord.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.concord.InputException;

/** What a user of the team server may do; each role may do everything the roles before it may. */
public enum Role {
    /** Looks terms and memory up. */
    READER,
    /** Also proposes term changes and confirms or corrects memory units. */
    TRANSLATOR,
    /** Also edits the termbase directly and reviews proposals. */
    TERMINOLOGIST,
    /** Everything a terminologist does; accounts are managed from the command line. */
    ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        for (Role r : values()) if (r.code().equals(value == null ? null : value.strip().toLowerCase(Locale.ROOT))) return r;
        throw new InputException("unknown role '" + value + "': use one of "
            + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
