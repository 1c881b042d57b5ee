package org.concord.check;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.concord.InputException;

/** How much a finding matters, least first; {@code --fail-on} compares against this order. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** "error", "WARNING", … → the constant, or bad input naming the value. */
    @JsonCreator
    public static Severity parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown severity '" + name + "' (expected info, warning or error)");
        }
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
