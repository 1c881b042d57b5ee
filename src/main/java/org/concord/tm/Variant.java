package org.concord.tm;

import java.util.List;

/**
 * A unit's text in one language. {@code codes} is the segment as TMX markup with its inline codes, null when the
 * segment has none; {@code text} is the plain text without codes.
 */
public record Variant(String lang, String text, String codes, List<Prop> props, List<String> notes) {
    public Variant {
        props = List.copyOf(props);
        notes = List.copyOf(notes);
    }

    public static Variant plain(String lang, String text) {
        return new Variant(lang, text, null, List.of(), List.of());
    }

    /** The segment as TMX markup: the codes when there are any, else the escaped text. */
    public String markup() {
        return codes != null ? codes : Xml.escape(text);
    }
}
