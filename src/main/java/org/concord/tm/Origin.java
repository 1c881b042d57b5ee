package org.concord.tm;

import java.util.Locale;

/** Where a unit came from: the aligner, a TMX import, or a translator who confirmed it. */
public enum Origin {
    ALIGNED, IMPORTED, CONFIRMED;

    /** Kept: an export writes one a unit. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    static Origin of(String code) {
        return switch (code) { // as stored: read once a unit by an export
            case "aligned" -> ALIGNED;
            case "imported" -> IMPORTED;
            case "confirmed" -> CONFIRMED;
            default -> valueOf(code.toUpperCase(Locale.ROOT));
        };
    }
}
