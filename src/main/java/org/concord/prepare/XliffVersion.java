package org.concord.prepare;

import org.concord.InputException;

/** The XLIFF version a prepared file is written in: 2.0 (with the matches, glossary and metadata modules) or 1.2. */
public enum XliffVersion {
    V2_0("2.0"), V1_2("1.2");

    private final String label;

    XliffVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static XliffVersion parse(String value) {
        for (XliffVersion v : values()) if (v.label.equals(value.strip())) return v;
        throw new InputException("--xliff must be 2.0 or 1.2, not '" + value + "'");
    }
}
