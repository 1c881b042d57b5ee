package org.concord.tm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reading units out in id order: TMX export (streamed, so memory does not grow with the file) and unit lists. */
final class TmxExport {
    private final UnitStore store;

    TmxExport(UnitStore store) {
        this.store = store;
    }

    /**
     * Writes the selected units as TMX 1.4b, in unit id order, variants source language first, then by code. The file
     * appears only when complete.
     */
    long exportTmx(Path file, ExportOptions options, String toolVersion) {
        long[] written = new long[1];
        org.concord.AtomicFile.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                written[0] = exportTmx(out, options, toolVersion, UnitStore.now());
            }
        });
        return written[0];
    }

    /** As {@link #exportTmx(Path, ExportOptions, String)}, to a character stream. */
    long exportTmx(Writer out, ExportOptions options, String toolVersion, Instant now) throws IOException {
        // The TMX writer hands over whole units (whole characters) at a time, so each chunk decodes on its own.
        OutputStream chars = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("TmxWriter writes whole units");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
        return exportTmx(chars, options, toolVersion, now);
    }

    private long exportTmx(OutputStream out, ExportOptions options, String toolVersion, Instant now) throws IOException {
        List<String> langs = languages(options);
        String headerSrc;
        try {
            headerSrc = langs.isEmpty() ? commonSourceLanguage() : langs.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(store.db + ": " + e.getMessage(), e);
        }
        TmxWriter tmx = new TmxWriter(out);
        tmx.start(headerSrc, toolVersion, now);
        long[] count = {0};
        forEachUnit(options, (unit, variants) -> {
            if (writeUnit(tmx, unit, variants, langs)) count[0]++;
        });
        tmx.end();
        return count[0];
    }

    /** The units an export with {@code options} would write, with their variants in those languages, in id order. */
    List<Unit> units(ExportOptions options) {
        List<Unit> out = new ArrayList<>();
        try {
            forEachUnit(options, (u, variants) -> out.add(new Unit(u.id(), u.tuid(), u.origin(), u.docSymbol(), u.confidence(),
                u.srcLang(), u.created(), u.createdBy(), u.changed(), u.changedBy(), u.props(), u.notes(),
                variants.stream().map(TmxWriter.StoredVariant::variant).toList())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // only the TMX writer does I/O
        }
        return out;
    }

    @FunctionalInterface
    private interface UnitSink {
        void accept(Unit unit, List<TmxWriter.StoredVariant> variants) throws IOException;
    }

    private List<String> languages(ExportOptions options) {
        List<String> langs = new ArrayList<>();
        for (String l : options.langs()) langs.add(LangCodes.normalize(l));
        return langs;
    }

    /** Streams the selected units with their selected variants, in id order, in one query. */
    private void forEachUnit(ExportOptions options, UnitSink sink) throws IOException {
        List<String> langs = languages(options);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        if (options.docSymbol() != null) {
            where.append(" AND u.doc_symbol = ?");
            params.add(options.docSymbol());
        }
        if (options.since() != null) {
            where.append(" AND u.changed_at >= ?");
            params.add(options.since().toString());
        }
        if (!langs.isEmpty()) {
            where.append(" AND v.lang IN (").append("?,".repeat(langs.size() - 1)).append("?)");
            params.addAll(langs);
        }
        try (PreparedStatement ps = store.c.prepareStatement("SELECT " + UnitStore.UNIT_COLUMNS + ", v.lang, v.text, v.codes, v.props, v.notes"
                + " FROM tm_unit u JOIN tm_variant v ON v.unit_id = u.id" + where + " ORDER BY u.id, v.lang")) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                Unit current = null;
                List<TmxWriter.StoredVariant> variants = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (current != null && current.id() != id) {
                        sink.accept(current, variants);
                        variants = new ArrayList<>();
                    }
                    if (current == null || current.id() != id) current = UnitStore.unit(rs, List.of());
                    // Texts as the UTF-8 bytes SQLite stores: the TMX writer escapes them without decoding them.
                    variants.add(new TmxWriter.StoredVariant(rs.getString(13), textBytes(rs, 14), rs.getBytes(15),
                        UnitStore.readProps(rs.getString(16)), UnitStore.readNotes(rs.getString(17))));
                }
                if (current != null) sink.accept(current, variants);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(store.db + ": " + e.getMessage(), e);
        }
    }

    /** A NOT NULL text column's bytes: SQLite has no bytes to give for an empty text. */
    private static byte[] textBytes(ResultSet rs, int column) throws SQLException {
        byte[] b = rs.getBytes(column);
        return b != null ? b : new byte[0];
    }

    /** Writes a unit unless a language selection leaves it with fewer than two of the chosen languages. */
    private static boolean writeUnit(TmxWriter tmx, Unit u, List<TmxWriter.StoredVariant> variants, List<String> langs) throws IOException {
        if (langs.size() > 1 && variants.size() < 2) return false;
        String s = variants.stream().anyMatch(v -> v.lang().equals(u.srcLang())) ? u.srcLang()
            : langs.stream().filter(l -> variants.stream().anyMatch(v -> v.lang().equals(l))).findFirst().orElseThrow();
        variants.sort(Comparator.comparing((TmxWriter.StoredVariant v) -> !v.lang().equals(s)).thenComparing(TmxWriter.StoredVariant::lang));
        tmx.unit(u, s, variants);
        return true;
    }

    private String commonSourceLanguage() throws SQLException {
        try (Statement s = store.c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT src_lang FROM tm_unit LIMIT 2")) {
            List<String> found = new ArrayList<>();
            while (rs.next()) found.add(rs.getString(1));
            return found.size() == 1 ? found.get(0) : "*all*";
        }
    }
}
