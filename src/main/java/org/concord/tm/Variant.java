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

    /** Sorts {@code variants} in a unit's order, the source language's first and the others by language; returns them. */
    static List<Variant> sourceFirst(List<Variant> variants, String src) {
        variants.sort(java.util.Comparator.comparing((Variant v) -> !v.lang().equals(src)).thenComparing(Variant::lang));
        return variants;
    }

    /** The segment as TMX markup: the codes when there are any, else the escaped text. */
    public String markup() {
        return codes != null ? codes : Xml.escape(text);
    }
}
