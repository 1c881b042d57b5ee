package org.concord.term;

import java.util.Locale;

/** TBX spellings of administrative status. */
final class Statuses {
    private Statuses() {}

    /** "preferredTerm-admn-sts" (or plain "preferred") → PREFERRED; null when unknown. */
    static TermStatus parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace("term-admn-sts", "");
        return switch (v) {
            case "preferred" -> TermStatus.PREFERRED;
            case "admitted" -> TermStatus.ADMITTED;
            case "deprecated" -> TermStatus.DEPRECATED;
            case "superseded" -> TermStatus.SUPERSEDED;
            default -> null;
        };
    }

    static String tbx(TermStatus s) {
        return s.name().toLowerCase(Locale.ROOT) + "Term-admn-sts";
    }

    static String plain(TermStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
