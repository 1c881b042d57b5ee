package org.concord.tm;

import java.time.Instant;
import java.util.List;

/** A multilingual translation unit as stored, with its variants in the order they were given. */
public record Unit(long id, String tuid, Origin origin, String docSymbol, Double confidence, String srcLang,
                   Instant created, String createdBy, Instant changed, String changedBy,
                   List<Prop> props, List<String> notes, List<Variant> variants) {
    public Unit {
        props = List.copyOf(props);
        notes = List.copyOf(notes);
        variants = List.copyOf(variants);
    }

    public Variant variant(String lang) {
        for (Variant v : variants) if (v.lang().equals(lang)) return v;
        return null;
    }
}
