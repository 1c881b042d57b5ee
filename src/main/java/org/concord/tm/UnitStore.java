package org.concord.tm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.InputException;
import org.concord.store.Database;
import org.concord.store.Migration;

/**
 * The rows and schema that importing, searching and exporting share: one connection to the database, its
 * transactions, the stored form of a unit (props and notes as JSON, dates as ISO text, duplicate keys as digests) and
 * the in-process side of the index. One store serves one thread at a time.
 */
final class UnitStore {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long WRITE_WAIT_MILLIS = 10 * 60 * 1000;
    /** Units whose texts one statement reads. */
    static final int BATCH = 64;

    final Database db;
    final Connection c;
    final Index index;
    /** Read statements prepared once: a query runs several, and preparing costs about as much as a short lookup. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    /** The page cache searches get ({@link #cacheBytes}), given on the first one ({@link #searching}); 0 on PostgreSQL. */
    private final long searchCacheBytes;
    private boolean searchCacheGiven;

    private UnitStore(Database db, long searchCacheBytes) {
        this.db = db;
        this.c = db.connection();
        this.searchCacheBytes = searchCacheBytes;
        // An arena is read in the background through a connection of its own, which a file can give and an in-memory
        // database (tests) cannot.
        this.index = new Index(c, db.isSqliteFile() ? db::openReadOnly : null);
    }

    /** The store of {@code db}, its tables created or upgraded. */
    static UnitStore open(Database db) {
        db.migrate("tm", List.of(Migration.sqlResource(UnitStore.class, "schema-1.sql"), Migration.sqlResource(UnitStore.class, "schema-2.sql"),
            Migration.sqlResource(UnitStore.class, "schema-3.sql"), Migration.sqlResource(UnitStore.class, "schema-4.sql"),
            Migration.sqlResourceThen(UnitStore.class, "schema-5.sql", PostingsWriter::regroupPairs),
            Migration.withoutForeignKeys(Migration.sqlResource(UnitStore.class, "schema-6.sql")),
            Migration.withoutForeignKeys(Migration.sqlResource(UnitStore.class, "schema-7.sql"))));
        if (db.dialect() == Database.Dialect.POSTGRESQL) return new UnitStore(db, 0); // its server's settings are its owner's
        long fileBytes = db.isSqliteFile() ? fileSize(db.location().file()) : 0, memoryBytes = physicalMemory();
        try (Statement s = db.connection().createStatement()) {
            s.execute("PRAGMA cache_size = -" + (CACHE_AT_LEAST >> 10));
            s.execute("PRAGMA mmap_size = " + mappedBytes(fileBytes, memoryBytes));
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
        return new UnitStore(db, cacheBytes(fileBytes, memoryBytes));
    }

    /**
     * Called as a search begins: the first gives the connection its searches' page cache ({@link #cacheBytes}). Not at
     * open: an export counts the units first, and that scan left a gigabyte of pages in a cache that large (peak RSS
     * 1,427 MB against 389 at ten million units); an import keeps the cache its writes were measured with.
     */
    void searching() {
        if (searchCacheGiven) return;
        searchCacheGiven = true;
        if (searchCacheBytes <= CACHE_AT_LEAST) return;
        try (Statement s = c.createStatement()) {
            // A server opens a connection a core: past an eighth of the machine, SQLite reuses their cache pages
            // rather than allocating more (a limit for the whole process, so the highest asked stays).
            s.execute("PRAGMA soft_heap_limit = " + Math.max(softHeapLimit(s), physicalMemory() / 8));
            s.execute("PRAGMA cache_size = -" + (searchCacheBytes >> 10));
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    /**
     * SQLite's page cache of a connection, at least: imports touch the unique key index at random places, and 128 MB
     * (outside the Java heap) keeps them from spilling to the WAL unit after unit.
     */
    static final long CACHE_AT_LEAST = 128L << 20;

    /**
     * SQLite's page cache of a connection to a database file of {@code fileBytes} on a machine of {@code memoryBytes}:
     * {@link #CACHE_AT_LEAST}, or a 16th of a file too large to map ({@link #mappedBytes}), at most a 12th of the
     * machine. tm_variant has no rowid, so its interior pages hold whole rows as dividers, a few dozen a page: at ten
     * million UN units they are 1.07 GB (3.5% of the file) in six levels, and a hit read from disk crossed two or three
     * of them that 128 MB had let go (287 reads a phrase for 100 hits in the slowest concordances after an import). The
     * rest holds leaves most searches read: every frequent phrase's first hits are among the oldest units.
     */
    static long cacheBytes(long fileBytes, long memoryBytes) {
        if (memoryBytes <= 0 || mappedBytes(fileBytes, memoryBytes) > 0) return CACHE_AT_LEAST;
        return Math.max(CACHE_AT_LEAST, Math.min(fileBytes / 16, memoryBytes / 12));
    }

    /** The process's SQLite soft heap limit (0: none). */
    private static long softHeapLimit(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA soft_heap_limit")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The most of a file SQLite maps into memory here. */
    static final long MAPPED_AT_MOST = 16L << 30;

    /**
     * How much of a database file of {@code fileBytes} searches read through a memory mapping, on a machine of
     * {@code memoryBytes}: all of it (up to {@link #MAPPED_AT_MOST}) while it fits in half the memory, else none. Mapped,
     * a page in the cache is read without a system call and a copy: at a million UN units (a 2.8 GB file on 24 GB),
     * concordance p50 1.1-1.2 ms CPU mapped against 1.7-1.9 ms read. But a mapped page not in the cache comes in with the
     * kernel's read-around (up to the disk's read_ahead_kb, 8 MB on this machine's) for each row scattered over the file,
     * and evicts as much: at ten million (31 GB on 24 GB), concordance p95 16-17 ms CPU mapped against 6.7-6.9 ms read,
     * fuzzy p95 15.8-18.7 against 12.6-13.6 ms (two runs each, interleaved). A memory that grows past half the machine
     * keeps its mapping until it is opened again.
     */
    static long mappedBytes(long fileBytes, long memoryBytes) {
        return memoryBytes > 0 && fileBytes > memoryBytes / 2 ? 0 : MAPPED_AT_MOST;
    }

    private static long fileSize(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // opening the database itself says what is wrong with the file
        }
    }

    /** The machine's (or container's) memory, or 0 when the JVM does not say. */
    static long physicalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize() : 0;
    }

    long size() {
        return query(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM tm_unit")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A short digest of the parts that make units the same, so the unique index stays small. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** 64 bits of a key (see {@link #key}), already uniform: what a bulk import's {@link KeySet} holds. */
    static long keyBits(byte[] key) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = v << 8 | key[i] & 0xFF;
        return v;
    }

    /**
     * What makes units the same, as stored in dedup_key (version 7): 16 bytes of the SHA-256 of the parts, the first
     * part naming the kind of key (tuid, src, doc, translated), so keys of two kinds never meet.
     */
    static byte[] key(String... parts) {
        MessageDigest md = SHA256.get();
        md.reset();
        for (String p : parts) {
            md.update(p.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return java.util.Arrays.copyOf(md.digest(), 16);
    }

    /** A key as versions 4 to 6 stored it: the kind, a colon, and the 16 bytes in hex (tests write such rows). */
    static String keyText(String... parts) {
        return parts[0] + ":" + java.util.HexFormat.of().formatHex(key(parts));
    }

    static String props(List<Prop> props) {
        if (props.isEmpty()) return null;
        List<List<String>> pairs = new ArrayList<>();
        for (Prop p : props) pairs.add(java.util.Arrays.asList(p.type(), p.value()));
        return json(pairs);
    }

    static String notes(List<String> notes) {
        return notes.isEmpty() ? null : json(notes);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Prop> readProps(String json) {
        if (json == null) return List.of();
        try {
            List<Prop> out = new ArrayList<>();
            for (List<String> p : JSON.readValue(json, new TypeReference<List<List<String>>>() {})) out.add(new Prop(p.get(0), p.get(1)));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> readNotes(String json) {
        if (json == null) return List.of();
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code work} holding the database's write lock from the start (BEGIN IMMEDIATE), so two writers queue
     * instead of failing half-way; waits for another writer up to ten minutes.
     */
    <T> T write(Database.Work<T> work) {
        try {
            if (!c.getAutoCommit()) return work.run(); // the caller's transaction
            if (db.dialect() == Database.Dialect.POSTGRESQL) return writePostgres(work);
            long deadline = System.currentTimeMillis() + WRITE_WAIT_MILLIS;
            try (Statement s = c.createStatement()) {
                while (true) {
                    try {
                        s.execute("BEGIN IMMEDIATE");
                        break;
                    } catch (SQLException e) {
                        if (!isBusy(e) || System.currentTimeMillis() > deadline) throw e;
                    }
                }
                try {
                    T result = work.run();
                    s.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    Database.rollbackAfter(s, e);
                    throw e;
                } finally {
                    index.invalidate();
                }
            }
        } catch (SQLException e) {
            if (isBusy(e)) throw new InputException(db + ": database is busy: another process has been writing for too long");
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #write} on PostgreSQL: the memory's writers queue on an advisory lock taken first in the transaction. */
    private <T> T writePostgres(Database.Work<T> work) {
        try {
            return db.inTransaction(() -> {
                db.lockForWrites("tm");
                return work.run();
            });
        } finally {
            index.invalidate();
        }
    }

    private static boolean isBusy(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("database is locked");
    }

    /**
     * Runs {@code work} as one read: each statement sees the memory as the first did, so a unit another process
     * replaces meanwhile is read whole before or whole after (SQLite: a deferred transaction, whose snapshot holds from
     * its first read to its end; PostgreSQL: repeatable read, read only). Inside a caller's transaction, joins it.
     */
    <T> T readConsistently(Database.Work<T> work) {
        return query(() -> {
            if (!c.getAutoCommit()) return work.run();
            if (db.dialect() == Database.Dialect.POSTGRESQL) {
                return db.inTransaction(() -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                    return work.run();
                });
            }
            // Not the connection's own transactions: they begin IMMEDIATE (they take the write lock), and a read needs none.
            // Prepared once, as a search's other statements are.
            statement("BEGIN DEFERRED").execute();
            try {
                T result = work.run();
                statement("COMMIT").execute();
                return result;
            } catch (SQLException | RuntimeException e) {
                try (Statement s = c.createStatement()) {
                    Database.rollbackAfter(s, e);
                }
                throw e;
            }
        });
    }

    <T> T query(Database.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    /** The unit with this id, or null. */
    Unit unit(long id) {
        return query(() -> {
            PreparedStatement ps = statement("SELECT " + UNIT_COLUMNS + " FROM tm_unit u WHERE id = ?");
            PreparedStatement vs = statement("SELECT lang, text, codes, props, notes FROM tm_variant WHERE unit_id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                vs.setLong(1, id);
                List<Variant> variants = new ArrayList<>();
                try (ResultSet v = vs.executeQuery()) {
                    while (v.next()) variants.add(variant(v, 1));
                }
                return unit(rs, Variant.sourceFirst(variants, rs.getString(6)));
            }
        });
    }

    /**
     * These units by id, two statements for each {@link #BATCH} of them: a fuzzy lookup's hits, each read by
     * {@link #unit} (two statements a unit), took a fifth of a median lookup's CPU at a million UN units. Ids with no
     * unit are left out.
     */
    Map<Integer, Unit> units(int[] ids) {
        Map<Integer, Unit> out = new HashMap<>();
        for (int from = 0; from < ids.length; from += BATCH) {
            int count = Math.min(BATCH, ids.length - from);
            int[] part = java.util.Arrays.copyOfRange(ids, from, from + count);
            query(() -> {
                int width = inListWidth(count);
                Map<Integer, List<Variant>> variants = new HashMap<>();
                PreparedStatement vs = statement("SELECT unit_id, lang, text, codes, props, notes FROM tm_variant WHERE unit_id" + inList(width));
                setIds(vs, 1, width, part, count);
                try (ResultSet v = vs.executeQuery()) {
                    while (v.next()) variants.computeIfAbsent(v.getInt(1), k -> new ArrayList<>()).add(variant(v, 2));
                }
                PreparedStatement ps = statement("SELECT " + UNIT_COLUMNS + " FROM tm_unit u WHERE id" + inList(width));
                setIds(ps, 1, width, part, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Variant> of = variants.getOrDefault(rs.getInt(1), new ArrayList<>());
                        out.put(rs.getInt(1), unit(rs, Variant.sourceFirst(of, rs.getString(6))));
                    }
                }
                return null;
            });
        }
        return out;
    }

    /** A variant from the row's columns lang, text, codes, props, notes, the first at {@code column}. */
    private static Variant variant(ResultSet v, int column) throws SQLException {
        return new Variant(v.getString(column), v.getString(column + 1), v.getString(column + 2), readProps(v.getString(column + 3)),
            readNotes(v.getString(column + 4)));
    }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    static final String UNIT_COLUMNS =
        "u.id, u.tuid, u.origin, u.doc_symbol, u.confidence, u.src_lang, u.created_at, u.created_by, u.changed_at, u.changed_by, u.props, u.notes";

    static Unit unit(ResultSet rs, List<Variant> variants) throws SQLException {
        double conf = rs.getDouble(5);
        Double confidence = rs.wasNull() ? null : conf;
        return new Unit(rs.getLong(1), rs.getString(2), Origin.of(rs.getString(3)), rs.getString(4), confidence, rs.getString(6),
            instant(rs.getString(7)), rs.getString(8), instant(rs.getString(9)), rs.getString(10),
            readProps(rs.getString(11)), readNotes(rs.getString(12)), variants);
    }

    /** Reads a stored date; "2026-11-29T14:38:50Z" is parsed by hand, as exports read two per unit. */
    static Instant instant(String iso) {
        if (iso.length() == 20 && iso.charAt(10) == 'T' && iso.charAt(19) == 'Z') {
            return java.time.LocalDateTime.of(num(iso, 0, 4), num(iso, 5, 7), num(iso, 8, 10), num(iso, 11, 13), num(iso, 14, 16),
                num(iso, 17, 19)).toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(iso);
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }


    /**
     * The width of an IN list for {@code count} ids (at most {@link #BATCH}): 8, 16, 32 or 64, so a few statements
     * serve every batch and a search that needs 6 rows does not look up 58 missing ids.
     */
    static int inListWidth(int count) {
        if (count > BATCH) throw new IllegalArgumentException(count + " ids: at most " + BATCH + " a statement");
        int width = 8;
        while (width < count) width *= 2;
        return width;
    }

    /** " IN (?, ...)" with {@code count} parameters (at least one). */
    static String inList(int count) {
        return " IN (" + "?,".repeat(count - 1) + "?)";
    }

    /** Binds the first {@code count} of {@code ids} from parameter {@code first} on, and -1 (no unit) for the rest of the list. */
    static void setIds(PreparedStatement ps, int first, int width, int[] ids, int count) throws SQLException {
        for (int i = 0; i < width; i++) ps.setInt(first + i, i < count ? ids[i] : -1);
    }

    /** Those of these units (at most {@link #BATCH}) that have a variant in {@code lang}. */
    java.util.Set<Integer> having(String lang, int[] ids) throws SQLException {
        int width = inListWidth(ids.length);
        PreparedStatement ps = statement("SELECT unit_id FROM tm_variant WHERE lang = ? AND unit_id" + inList(width));
        ps.setString(1, lang);
        setIds(ps, 2, width, ids, ids.length);
        java.util.Set<Integer> out = new java.util.HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getInt(1));
        }
        return out;
    }

    /** A unit's text in one language. */
    record Text(int id, String text) {}

    /** The texts in {@code lang} of these units (at most {@link #BATCH}), by id. */
    List<Text> texts(String lang, int[] ids) throws SQLException {
        int width = inListWidth(ids.length);
        PreparedStatement ps = statement("SELECT unit_id, text FROM tm_variant WHERE lang = ? AND unit_id" + inList(width));
        ps.setString(1, lang);
        setIds(ps, 2, width, ids, ids.length);
        List<Text> out = new ArrayList<>(ids.length);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new Text(rs.getInt(1), rs.getString(2)));
        }
        out.sort(Comparator.comparingInt(Text::id));
        return out;
    }
}
