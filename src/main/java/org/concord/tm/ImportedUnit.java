package org.concord.tm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit read from TMX, prepared for the store without touching it (so on the preparing thread): its key, its
 * props and notes as stored, and the words of each variant. {@code unit} is null when it lacks its source language.
 */
record ImportedUnit(TmxReader.ReadUnit read, Unit unit, byte[] key, String created, String changed, String props, String notes,
                    List<PostingsWriter.Words> words, byte[][] utf8Texts) {

    /** Dates as stored, formatting each only when it is not one of the last two (units of a file mostly share theirs). */
    static final class DateText {
        private Instant last, previous;
        private String lastText, previousText;

        String of(Instant date) {
            if (date.equals(last)) return lastText;
            if (!date.equals(previous)) {
                previous = date;
                previousText = date.toString();
            }
            Instant d = last;
            String t = lastText;
            last = previous;
            lastText = previousText;
            previous = d;
            previousText = t;
            return lastText;
        }
    }

    /** {@code u} prepared for the store by the import of {@code user} at {@code now}, its words numbered by {@code table}. */
    static ImportedUnit of(TmxReader.ReadUnit u, String user, Instant now, WordTable table, DateText dates) {
        if (u.srcLang() == null) return new ImportedUnit(u, null, null, null, null, null, null, List.of(), null);
        String doc = null;
        Double confidence = null;
        List<Prop> props = new ArrayList<>();
        for (Prop p : u.props()) {
            switch (p.type() == null ? "" : p.type()) {
                case TmxWriter.DOC_PROP -> doc = p.value();
                case TmxWriter.ORIGIN_PROP -> { } // the unit is now an imported one
                case TmxWriter.CONFIDENCE_PROP -> confidence = parseConfidence(p.value());
                default -> props.add(p);
            }
        }
        Variant src = u.variants().stream().filter(v -> v.lang().equals(u.srcLang())).findFirst().orElseThrow();
        byte[] key = u.tuid() != null ? UnitStore.key("tuid", u.tuid()) : UnitStore.key("src", u.srcLang(), src.markup());
        Instant created = u.created() != null ? u.created() : now;
        Instant changed = u.changed() != null ? u.changed() : created;
        String createdBy = u.createdBy() != null ? u.createdBy() : user;
        String changedBy = u.changedBy() != null ? u.changedBy() : createdBy;
        Unit unit = new Unit(0, u.tuid(), Origin.IMPORTED, doc, confidence, u.srcLang(), created, createdBy, changed,
            changedBy, props, u.notes(), u.variants());
        List<PostingsWriter.Words> words = new ArrayList<>(unit.variants().size());
        // The texts' UTF-8 is made here, not by the driver on the thread writing to SQLite, the import's busiest.
        byte[][] texts = new byte[unit.variants().size()][];
        for (int i = 0; i < texts.length; i++) {
            String text = unit.variants().get(i).text();
            words.add(table.words(text));
            texts[i] = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return new ImportedUnit(u, unit, key, dates.of(created), dates.of(changed), UnitStore.props(unit.props()), UnitStore.notes(unit.notes()),
            words, texts);
    }

    private static Double parseConfidence(String value) {
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
