package org.concord.tm;

import java.util.Locale;

/** Where a unit came from: the aligner, a TMX import, or a translator who confirmed it. */
public enum Origin {
    ALIGNED, IMPORTED, CONFIRMED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Origin of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
