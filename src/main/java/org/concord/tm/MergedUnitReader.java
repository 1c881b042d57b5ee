package org.concord.tm;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every unit of an SQLite memory in an id range, with its variants (in some languages, or all): its units and its
 * variants each read in stored order and merged here, where a join looked each unit's variants up in the variant
 * table's b-tree (a million seeks). Each call into the driver costs more than SQLite's own work on a row, so a unit's
 * ten text columns come packed in one value ({@link PackedColumns}), and a variant without codes, props or notes as one
 * value "lang text": a million UN units took about 5.2 s of thread CPU to read this way where one column a call took
 * 8.2 s. Not thread-safe: one per reading thread, on a connection that thread alone uses.
 */
final class MergedUnitReader implements AutoCloseable {
    private final PreparedStatement units;
    private final PreparedStatement variants;
    private final PackedColumns packed = new PackedColumns();
    private final CodeCache codes = new CodeCache();

    MergedUnitReader(Connection c, List<String> langs) throws SQLException {
        String langIn = langs.isEmpty() ? "" : " AND v.lang" + UnitStore.inList(langs.size());
        units = c.prepareStatement("SELECT u.id, u.confidence, " + PackedColumns.sql("u.tuid", "u.origin", "u.doc_symbol",
            "u.src_lang", "u.created_at", "u.created_by", "u.changed_at", "u.changed_by", "u.props", "u.notes")
            + " FROM tm_unit u WHERE u.id >= ? AND u.id <= ? ORDER BY u.id");
        try {
            variants = c.prepareStatement("SELECT v.unit_id, CASE WHEN v.codes IS NULL AND v.props IS NULL AND v.notes IS NULL"
                + " THEN v.lang || ' ' || v.text END, v.lang, v.text, v.codes, v.props, v.notes FROM tm_variant v"
                + " WHERE v.unit_id >= ? AND v.unit_id <= ?" + langIn + " ORDER BY v.unit_id, v.lang");
            for (int i = 0; i < langs.size(); i++) variants.setString(i + 3, langs.get(i));
        } catch (SQLException e) {
            units.close();
            throw e;
        }
    }

    /** Hands {@code sink} the units with ids from {@code first} to {@code last}, in id order. */
    void read(long first, long last, TmxExport.UnitSink sink) throws SQLException, IOException {
        units.setLong(1, first);
        units.setLong(2, last);
        variants.setLong(1, first);
        variants.setLong(2, last);
        try (ResultSet us = units.executeQuery(); ResultSet vs = variants.executeQuery()) {
            boolean onUnit = us.next();
            long currentId = Long.MIN_VALUE;
            Unit current = null;
            List<TmxWriter.StoredVariant> held = new ArrayList<>();
            while (vs.next()) {
                long id = vs.getLong(1);
                if (id != currentId) {
                    if (current != null) sink.accept(current, held);
                    current = null;
                    currentId = id;
                    while (onUnit && us.getLong(1) < id) onUnit = us.next();
                    if (onUnit && us.getLong(1) == id) {
                        current = packedUnit(us);
                        held = new ArrayList<>(8);
                    }
                }
                if (current == null) continue; // not possible with foreign keys on; skipped as the join would
                byte[] langText = vs.getBytes(2);
                if (langText != null) {
                    int space = 0;
                    while (langText[space] != ' ') space++;
                    held.add(new TmxWriter.StoredVariant(codes.get(langText, 0, space), langText, space + 1, null, List.of(), List.of()));
                } else {
                    held.add(new TmxWriter.StoredVariant(vs.getString(3), TmxExport.textBytes(vs, 4), 0, vs.getBytes(5),
                        UnitStore.readProps(vs.getString(6)), UnitStore.readNotes(vs.getString(7))));
                }
            }
            if (current != null) sink.accept(current, held);
        }
    }

    /** The unit on {@code rs}'s row, read as {@link UnitStore#unit} reads its columns. */
    private Unit packedUnit(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        double conf = rs.getDouble(2);
        Double confidence = rs.wasNull() ? null : conf;
        packed.of(rs.getBytes(3));
        String tuid = packed.next();
        Origin origin = Origin.of(packed.nextCode(codes));
        String docSymbol = packed.next();
        String srcLang = packed.nextCode(codes);
        Instant created = UnitStore.instant(packed.next());
        String createdBy = packed.next();
        Instant changed = UnitStore.instant(packed.next());
        String changedBy = packed.next();
        return new Unit(id, tuid, origin, docSymbol, confidence, srcLang, created, createdBy, changed, changedBy,
            UnitStore.readProps(packed.next()), UnitStore.readNotes(packed.next()), List.of());
    }

    @Override
    public void close() throws SQLException {
        try {
            units.close();
        } finally {
            variants.close();
        }
    }
}
