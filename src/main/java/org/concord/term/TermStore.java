package org.concord.term;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.analysis.TextAnalyzer;
import org.concord.store.Database;
import org.concord.store.Migration;

/** The termbase's tables (SQLite or PostgreSQL): reads and writes whole concept entries. SQL uses bound parameters only. */
final class TermStore {
    static final String SCHEMA = "term";
    private static final List<Migration> MIGRATIONS = List.of(Migration.sqlResource(TermStore.class, "schema-1.sql"));
    private static final int BATCH = 2000;

    private final Database db;

    TermStore(Database db) {
        this.db = db;
        db.migrate(SCHEMA, MIGRATIONS);
    }

    Database database() {
        return db;
    }

    private Connection c() {
        return db.connection();
    }

    int count() throws SQLException {
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM concept")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The ids of every stored concept. */
    java.util.Set<String> ids() throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery("SELECT ext_id FROM concept")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    Optional<Entry> find(String extId) throws SQLException {
        List<Entry> found = read("WHERE c.ext_id = ?", extId);
        return found.stream().findFirst();
    }

    List<Entry> readAll() throws SQLException {
        return read("", null);
    }

    void delete(String extId) throws SQLException {
        try (PreparedStatement ps = c().prepareStatement("DELETE FROM concept WHERE ext_id = ?")) {
            ps.setString(1, extId);
            ps.executeUpdate();
        }
    }

    /**
     * Settings for a large import on this connection until closed: a page cache of 256 MB (outside the Java heap), so
     * that the one import transaction does not spill pages to the WAL before its commit, and temporary b-trees in
     * memory. Closing restores the previous settings.
     */
    BulkSettings bulkSettings(boolean mayBeFirstImport) throws SQLException {
        return new BulkSettings(mayBeFirstImport);
    }

    final class BulkSettings implements AutoCloseable {
        /** PostgreSQL has no per-connection settings to change here: its server is tuned by its owner. */
        private final boolean sqlite = db.dialect() == Database.Dialect.SQLITE;
        private final long cacheSize = sqlite ? pragma("cache_size") : 0;
        private final long tempStore = sqlite ? pragma("temp_store") : 0;
        private final long foreignKeys = sqlite ? pragma("foreign_keys") : 0;
        private final boolean firstImport;

        private BulkSettings(boolean mayBeFirstImport) throws SQLException {
            firstImport = sqlite && mayBeFirstImport && c().getAutoCommit() && isEmpty();
            if (!sqlite) return;
            try (Statement s = c().createStatement()) {
                s.execute("PRAGMA cache_size = -262144");
                s.execute("PRAGMA temp_store = MEMORY");
                // Into an empty termbase only inserts happen, each row after the rows it points to, with ids the
                // writer assigns: the references hold by construction, and checking each one costs an index search
                // per reference. Deletes (replace, merge), which need the cascades, only happen when concepts exist.
                if (firstImport) s.execute("PRAGMA foreign_keys = OFF");
            }
        }

        /**
         * Whether the termbase held no concept when the import began (references are then not checked): the import
         * must find it still empty inside its transaction, or start again without these settings.
         */
        boolean firstImport() {
            return firstImport;
        }

        @Override
        public void close() throws SQLException {
            if (!sqlite) return;
            // Values read from SQLite itself, never from input.
            try (Statement s = c().createStatement()) {
                s.execute("PRAGMA cache_size = " + cacheSize);
                s.execute("PRAGMA temp_store = " + tempStore);
                s.execute("PRAGMA foreign_keys = " + foreignKeys);
            }
        }
    }

    boolean isEmpty() throws SQLException {
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT 1 FROM concept LIMIT 1) x")) {
            return !rs.next() || rs.getInt(1) == 0;
        }
    }

    private long pragma(String name) throws SQLException {
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** A writer for many entries; call {@link Writer#flush} before reading or committing. */
    Writer writer() throws SQLException {
        return new Writer();
    }

    final class Writer implements AutoCloseable {
        private final PreparedStatement concept = c().prepareStatement(
            "INSERT INTO concept(id, ext_id, subject_field, definition, created, modified) VALUES (?, ?, ?, ?, ?, ?)");
        private final PreparedStatement section = c().prepareStatement(
            "INSERT INTO lang_section(id, concept_id, lang, created, modified) VALUES (?, ?, ?, ?, ?)");
        private final PreparedStatement term = c().prepareStatement(
            "INSERT INTO term(id, section_id, seq, ext_id, text, norm, status, part_of_speech, term_type, created, modified)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        private final PreparedStatement link = c().prepareStatement("INSERT INTO term_link(short_id, full_id) VALUES (?, ?)");
        private final PreparedStatement info = c().prepareStatement(
            "INSERT INTO info(id, concept_id, section_id, term_id, parent_id, element, type, value, target)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        private long conceptId;
        private long sectionId;
        private long termId;
        private long infoId;
        private int pending;

        private Writer() throws SQLException {
            // Ids are the writer's max + 1: a second writer on PostgreSQL waits until this transaction ends.
            db.lockForWrites(SCHEMA);
            conceptId = maxId("concept");
            sectionId = maxId("lang_section");
            termId = maxId("term");
            infoId = maxId("info");
        }

        void insert(Entry e) throws SQLException {
            long cid = ++conceptId;
            concept.setLong(1, cid);
            concept.setString(2, e.id());
            concept.setString(3, e.subjectField());
            concept.setString(4, e.definition());
            concept.setString(5, e.created());
            concept.setString(6, e.modified());
            concept.addBatch();
            infos(e.info(), cid, null, null);
            for (Section s : e.sections()) {
                long sid = ++sectionId;
                section.setLong(1, sid);
                section.setLong(2, cid);
                section.setString(3, s.lang());
                section.setString(4, s.created());
                section.setString(5, s.modified());
                section.addBatch();
                infos(s.info(), cid, sid, null);
                TextAnalyzer analyzer = TextAnalyzer.forLanguage(s.lang());
                long[] ids = new long[s.terms().size()];
                for (int i = 0; i < ids.length; i++) {
                    TermEntry t = s.terms().get(i);
                    long tid = ids[i] = ++termId;
                    term.setLong(1, tid);
                    term.setLong(2, sid);
                    term.setInt(3, i);
                    term.setString(4, t.id());
                    term.setString(5, t.text());
                    term.setString(6, analyzer.normalise(t.text()));
                    term.setString(7, t.status() == null ? null : Statuses.plain(t.status()));
                    term.setString(8, t.partOfSpeech());
                    term.setString(9, t.termType());
                    term.setString(10, t.created());
                    term.setString(11, t.modified());
                    term.addBatch();
                    infos(t.info(), cid, sid, tid);
                }
                links(s.terms(), ids);
            }
            if (++pending >= BATCH) flush();
        }

        /**
         * Each abbreviation or acronym stands for the section's approved full forms; failing those, for its other
         * full forms; failing those, for its other approved terms.
         */
        private void links(List<TermEntry> terms, long[] ids) throws SQLException {
            for (int i = 0; i < ids.length; i++) {
                if (!terms.get(i).isShortForm()) continue;
                for (int j : fullForms(terms, i)) {
                    link.setLong(1, ids[i]);
                    link.setLong(2, ids[j]);
                    link.addBatch();
                }
            }
        }

        private void infos(List<Info> items, long cid, Long sid, Long tid) throws SQLException {
            for (Info i : items) info(i, cid, sid, tid, null);
        }

        private void info(Info i, long cid, Long sid, Long tid, Long parent) throws SQLException {
            long id = ++infoId;
            info.setLong(1, id);
            info.setLong(2, cid);
            setLong(info, 3, sid);
            setLong(info, 4, tid);
            setLong(info, 5, parent);
            info.setString(6, i.element());
            info.setString(7, i.type());
            info.setString(8, i.value());
            info.setString(9, i.target());
            info.addBatch();
            for (Info child : i.children()) info(child, cid, sid, tid, id);
        }

        void flush() throws SQLException {
            concept.executeBatch();
            section.executeBatch();
            term.executeBatch();
            link.executeBatch();
            info.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(concept, section, term, link, info)) ps.close();
        }
    }

    static List<Integer> fullForms(List<TermEntry> terms, int shortForm) {
        List<java.util.function.Predicate<TermEntry>> tiers = List.of(
            t -> "fullForm".equals(t.termType()) && approved(t),
            t -> "fullForm".equals(t.termType()),
            t -> !t.isShortForm() && approved(t));
        for (var tier : tiers) {
            List<Integer> out = new ArrayList<>();
            for (int j = 0; j < terms.size(); j++) if (j != shortForm && tier.test(terms.get(j))) out.add(j);
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    private static boolean approved(TermEntry t) {
        return t.status() == null || t.status().approved();
    }

    List<RefObject> readBack() throws SQLException {
        Map<String, RefObject> out = new LinkedHashMap<>();
        Map<String, List<Info>> items = new HashMap<>();
        try (Statement s = c().createStatement();
             ResultSet rs = s.executeQuery("SELECT section, ext_id, item_type, value FROM ref_object ORDER BY id")) {
            while (rs.next()) {
                String key = rs.getString(1) + "\u0000" + rs.getString(2);
                List<Info> list = items.computeIfAbsent(key, k -> new ArrayList<>());
                out.putIfAbsent(key, new RefObject(rs.getString(1), rs.getString(2), List.of()));
                if (rs.getString(3) != null || rs.getString(4) != null) list.add(Info.of("item", rs.getString(3), rs.getString(4)));
            }
        }
        List<RefObject> result = new ArrayList<>();
        out.forEach((k, r) -> result.add(new RefObject(r.section(), r.id(), items.get(k))));
        return result;
    }

    /** Adds back-matter objects whose id is not stored yet. */
    void insertBack(List<RefObject> back) throws SQLException {
        try (PreparedStatement exists = c().prepareStatement("SELECT 1 FROM ref_object WHERE ext_id = ?");
             PreparedStatement ins = c().prepareStatement(
                 "INSERT INTO ref_object(section, ext_id, item_type, value) VALUES (?, ?, ?, ?)")) {
            for (RefObject r : back) {
                exists.setString(1, r.id());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) continue;
                }
                List<Info> items = r.items().isEmpty() ? java.util.Collections.singletonList(null) : r.items();
                for (Info item : items) {
                    ins.setString(1, r.section());
                    ins.setString(2, r.id());
                    ins.setString(3, item == null ? null : item.type());
                    ins.setString(4, item == null ? null : item.value());
                    ins.executeUpdate();
                }
            }
        }
    }

    /** Short form → full forms, by term text, for each concept id. */
    Map<String, Map<String, List<String>>> links() throws SQLException {
        Map<String, Map<String, List<String>>> out = new HashMap<>();
        String sql = "SELECT c.ext_id, s.lang, st.text, ft.text FROM term_link l"
            + " JOIN term st ON st.id = l.short_id JOIN term ft ON ft.id = l.full_id"
            + " JOIN lang_section s ON s.id = st.section_id JOIN concept c ON c.id = s.concept_id ORDER BY ft.seq";
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2) + "\u0000" + rs.getString(3), k -> new ArrayList<>()).add(rs.getString(4));
            }
        }
        return out;
    }

    private List<Entry> read(String where, String param) throws SQLException {
        Map<Long, EntryRows> concepts = new LinkedHashMap<>();
        Map<Long, SectionRows> sections = new HashMap<>();
        Map<Long, TermRows> terms = new HashMap<>();
        try (PreparedStatement ps = c().prepareStatement(
                "SELECT c.id, c.ext_id, c.created, c.modified FROM concept c " + where + " ORDER BY c.id")) {
            if (param != null) ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) concepts.put(rs.getLong(1), new EntryRows(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        if (concepts.isEmpty()) return List.of();
        try (PreparedStatement ps = c().prepareStatement(
                "SELECT s.id, s.concept_id, s.lang, s.created, s.modified FROM lang_section s JOIN concept c ON c.id = s.concept_id "
                    + where + " ORDER BY s.id")) {
            if (param != null) ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SectionRows s = new SectionRows(rs.getString(3), rs.getString(4), rs.getString(5));
                    sections.put(rs.getLong(1), s);
                    concepts.get(rs.getLong(2)).sections.add(s);
                }
            }
        }
        try (PreparedStatement ps = c().prepareStatement(
                "SELECT t.id, t.section_id, t.ext_id, t.text, t.status, t.part_of_speech, t.term_type, t.created, t.modified"
                    + " FROM term t JOIN lang_section s ON s.id = t.section_id JOIN concept c ON c.id = s.concept_id "
                    + where + " ORDER BY t.section_id, t.seq")) {
            if (param != null) ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(5);
                    TermRows t = new TermRows(rs.getString(3), rs.getString(4),
                        status == null ? null : Statuses.parse(status), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                    terms.put(rs.getLong(1), t);
                    sections.get(rs.getLong(2)).terms.add(t);
                }
            }
        }
        Map<Long, InfoRows> infos = new HashMap<>();
        try (PreparedStatement ps = c().prepareStatement(
                "SELECT i.id, i.concept_id, i.section_id, i.term_id, i.parent_id, i.element, i.type, i.value, i.target"
                    + " FROM info i JOIN concept c ON c.id = i.concept_id " + where + " ORDER BY i.id")) {
            if (param != null) ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    InfoRows row = new InfoRows(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                    infos.put(rs.getLong(1), row);
                    long parent = rs.getLong(5);
                    if (!rs.wasNull()) {
                        infos.get(parent).children.add(row);
                        continue;
                    }
                    long term = rs.getLong(4);
                    if (!rs.wasNull()) {
                        terms.get(term).info.add(row);
                        continue;
                    }
                    long section = rs.getLong(3);
                    if (!rs.wasNull()) sections.get(section).info.add(row);
                    else concepts.get(rs.getLong(2)).info.add(row);
                }
            }
        }
        List<Entry> out = new ArrayList<>(concepts.size());
        for (EntryRows e : concepts.values()) out.add(e.build());
        return out;
    }

    private long maxId(String table) throws SQLException {
        // Table names come from this class only, never from input.
        try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, v);
    }

    private static final class InfoRows {
        final String element, type, value, target;
        final List<InfoRows> children = new ArrayList<>();

        InfoRows(String element, String type, String value, String target) {
            this.element = element;
            this.type = type;
            this.value = value;
            this.target = target;
        }

        Info build() {
            return new Info(element, type, value, target, children.stream().map(InfoRows::build).toList());
        }

        static List<Info> all(List<InfoRows> rows) {
            return rows.stream().map(InfoRows::build).toList();
        }
    }

    private record TermRows(String id, String text, TermStatus status, String pos, String type, String created,
                            String modified, List<InfoRows> info) {
        TermRows(String id, String text, TermStatus status, String pos, String type, String created, String modified) {
            this(id, text, status, pos, type, created, modified, new ArrayList<>());
        }

        TermEntry build() {
            return new TermEntry(id, text, status, pos, type, created, modified, InfoRows.all(info));
        }
    }

    private record SectionRows(String lang, String created, String modified, List<InfoRows> info, List<TermRows> terms) {
        SectionRows(String lang, String created, String modified) {
            this(lang, created, modified, new ArrayList<>(), new ArrayList<>());
        }

        Section build() {
            return new Section(lang, created, modified, InfoRows.all(info), terms.stream().map(TermRows::build).toList());
        }
    }

    private record EntryRows(String id, String created, String modified, List<InfoRows> info, List<SectionRows> sections) {
        EntryRows(String id, String created, String modified) {
            this(id, created, modified, new ArrayList<>(), new ArrayList<>());
        }

        Entry build() {
            return new Entry(id, created, modified, InfoRows.all(info), sections.stream().map(SectionRows::build).toList());
        }
    }
}
