package org.concord.prepare;

import java.util.List;

/** The names Concord gives its metadata in the XLIFF it writes, read back when a translated file comes in. */
final class XliffFields {
    static final String SYMBOL = "document-symbol";
    static final String SOURCE_FILE = "source-file";
    static final String TOOL = "tool";
    static final String CREATED = "created";
    static final String MATCH_DOCUMENT = "match-document";
    static final String MATCH_ORIGIN = "match-origin";
    static final String CONFIRMED_BY = "confirmed-by";
    static final String IN_CONTEXT = "in-context";
    /** Metadata a CAT tool or script may set, at file or unit level, naming who translated and when. */
    static final String TRANSLATOR = "translator";
    static final String DATE = "date";
    /** The {@code from} of XLIFF 1.2 header notes that carry Concord's file metadata as "name: value". */
    static final String NOTE_FROM = "concord";
    static final String TERM_NOTE_FROM = "concord-termbase";

    private XliffFields() {}

    static String deprecatedNote(GlossaryEntry g) {
        String use = g.renderings().isEmpty() ? "" : " (use " + String.join(", ", g.renderings()) + ")";
        return "'" + g.text() + "': do not use " + quoted(g.deprecated()) + use;
    }

    static String termNote(GlossaryEntry g) {
        StringBuilder b = new StringBuilder("Term '").append(g.text()).append("'");
        if (!g.text().equals(g.sourceTerm())) b.append(" [").append(g.sourceTerm()).append("]");
        b.append(": ").append(g.renderings().isEmpty() ? "no approved rendering in this language" : String.join("; ", g.renderings()));
        if (!g.deprecated().isEmpty()) b.append(". Deprecated: ").append(quoted(g.deprecated()));
        if (g.definition() != null && !g.definition().isBlank()) b.append(". Definition: ").append(g.definition());
        return b.append(" (concept ").append(g.conceptId()).append(")").toString();
    }

    private static String quoted(List<String> terms) {
        return String.join(", ", terms.stream().map(t -> "'" + t + "'").toList());
    }
}
