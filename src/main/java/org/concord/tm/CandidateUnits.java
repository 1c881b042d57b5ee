package org.concord.tm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a concordance read of its last batch of candidates' units, kept from batch to batch: per candidate its document
 * symbol and its variants' languages and stored bytes, in the rows as read. A text becomes a string only when the hit
 * is made.
 */
final class CandidateUnits {
    private final UnitStore store;
    private final StoredTextDecoder decoder;
    private final ConcordanceSearch.Checks checks;
    /** Whether the candidate's unit was found. */
    final boolean[] found = new boolean[UnitStore.BATCH];
    final String[] symbols = new String[UnitStore.BATCH];
    /** The candidate's first row and row count: its variants come together, in language order. */
    private final int[] firstRow = new int[UnitStore.BATCH];
    private final int[] rowCount = new int[UnitStore.BATCH];
    private String[] langs = new String[UnitStore.BATCH * 8];
    byte[][] texts = new byte[UnitStore.BATCH * 8][];
    private int rows;

    CandidateUnits(UnitStore store, StoredTextDecoder decoder, ConcordanceSearch.Checks checks) {
        this.store = store;
        this.decoder = decoder;
        this.checks = checks;
    }

    /**
     * Reads the first {@code size} candidates of {@code ids} (ascending): their variants (but that in {@code lang} when
     * {@code confirmedInLang}: read already) in primary-key order, the symbols from the word arena when it holds them,
     * else by a second statement (joined, tm_unit was looked up once per variant, six times a unit), IN lists as wide as
     * {@link UnitStore#inListWidth} makes them. Candidates are found by position, not in maps keyed by boxed ids, and
     * language codes and symbols are read as bytes: the driver's getString allocates a buffer, a copy and the string for each.
     */
    void read(String lang, int[] ids, int size, boolean confirmedInLang) throws SQLException {
        clear(size);
        if (size == 0) return;
        int width = UnitStore.inListWidth(size);
        String in = UnitStore.inList(width);
        PreparedStatement vs = store.statement("SELECT unit_id, lang, text FROM tm_variant WHERE unit_id" + in
            + (confirmedInLang ? " AND lang <> ?" : "") + " ORDER BY unit_id, lang");
        UnitStore.setIds(vs, 1, width, ids, size);
        if (confirmedInLang) vs.setString(width + 1, lang);
        checks.statements++;
        try (ResultSet rs = vs.executeQuery()) {
            while (rs.next()) {
                int at = Arrays.binarySearch(ids, 0, size, rs.getInt(1));
                checks.rows++;
                if (at >= 0) add(at, decoder.code(rs.getBytes(2)), rs.getBytes(3));
            }
        }
        WordArena arena = store.index.arenaIfRead(lang);
        if (arena != null && ids[size - 1] <= arena.maxId()) {
            // The arena holds the symbols of the units it read, and the memory has not changed since (it would have been
            // dropped): no page of tm_unit is read for them. A unit is there when its variants are.
            for (int k = 0; k < size; k++) {
                found[k] = confirmedInLang || rowCount[k] > 0;
                if (found[k]) symbols[k] = arena.symbol(ids[k]);
            }
            return;
        }
        PreparedStatement us = store.statement("SELECT id, doc_symbol FROM tm_unit WHERE id" + in);
        checks.statements++;
        UnitStore.setIds(us, 1, width, ids, size);
        try (ResultSet rs = us.executeQuery()) {
            while (rs.next()) {
                int at = Arrays.binarySearch(ids, 0, size, rs.getInt(1));
                if (at < 0 || !confirmedInLang && rowCount[at] == 0) continue;
                byte[] symbol = rs.getBytes(2);
                symbols[at] = symbol == null && rs.wasNull() ? null : decoder.text(symbol);
                found[at] = true;
            }
        }
    }

    private void clear(int size) {
        Arrays.fill(found, 0, size, false);
        Arrays.fill(rowCount, 0, size, 0);
        Arrays.fill(texts, 0, rows, null);
        rows = 0;
    }

    private void add(int candidate, String lang, byte[] text) {
        if (rows == langs.length) {
            langs = Arrays.copyOf(langs, rows * 2);
            texts = Arrays.copyOf(texts, rows * 2);
        }
        if (rowCount[candidate]++ == 0) firstRow[candidate] = rows;
        langs[rows] = lang;
        texts[rows++] = text;
    }

    /** The candidate's row in {@code lang}, or -1 when it has none (or its unit is gone). */
    int row(int candidate, String lang) {
        if (!found[candidate]) return -1;
        for (int r = firstRow[candidate], end = r + rowCount[candidate]; r < end; r++) if (langs[r].equals(lang)) return r;
        return -1;
    }

    /**
     * The candidate's text in every language, in language order as the rows came: {@code held} its text in {@code lang},
     * either row {@code heldRow} or, when -1 (its row was not read again), put in its place ({@code ORDER BY lang} is
     * byte order, as {@link String#compareTo} orders language codes).
     */
    Map<String, String> variants(int candidate, String lang, String held, int heldRow) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean placed = heldRow >= 0;
        for (int r = firstRow[candidate], end = r + rowCount[candidate]; r < end; r++) {
            if (!placed && langs[r].compareTo(lang) > 0) {
                out.put(lang, held);
                placed = true;
            }
            out.put(langs[r], r == heldRow ? held : decoder.text(texts[r]));
        }
        if (!placed) out.put(lang, held);
        return out;
    }
}
