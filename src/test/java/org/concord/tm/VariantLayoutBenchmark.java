package org.concord.tm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What a rowid layout of tm_variant would save a concordance's reads of its hits: 100 random units read in every
 * language, cold, from tm_variant as it is (no rowid: its interior pages hold whole rows as dividers, 1.07 GB in six
 * levels at ten million UN units) against a copy keyed by an integer (unit × 8 + the language's slot), whose interior
 * pages hold only integers. Each batch alternates which table goes first and draws its own units, so both meet pages
 * no batch read before; each table is read through a connection of its own with the page cache searches get at that
 * size ({@link UnitStore#cacheBytes}). Run on a memory you can throw away (TmBenchmark's): it writes the copy into the
 * file (20 GB at ten million units) and drops it after, which leaves the file that much larger. {@code --keep} keeps
 * the copy and {@code --reuse} reads the one kept, so that the file can be put out of the page cache between
 * (python3 -c "import os; f = os.open(DB, os.O_RDONLY); os.posix_fadvise(f, 0, 0, os.POSIX_FADV_DONTNEED)"): the
 * copy just written is in the page cache and tm_variant's pages are in it as searches left them, a comparison of
 * the cache more than of the layouts.
 * {@code java -cp ... org.concord.tm.VariantLayoutBenchmark DB [--keep] [--reuse] [BATCHES [WARM_BATCHES]]}
 */
public final class VariantLayoutBenchmark {
    private static final String COPY = "tm_variant_by_rowid";
    private static final int UNITS = 100;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        boolean keep = rest.remove("--keep"), reuse = rest.remove("--reuse");
        int batches = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 1_500;
        int warm = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 2_000;
        String url = "jdbc:sqlite:" + db;
        List<String> langs = new ArrayList<>();
        int maxId;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT lang FROM tm_variant WHERE unit_id <= 1000 ORDER BY lang")) {
                while (rs.next()) langs.add(rs.getString(1));
            }
            if (langs.size() > 8) throw new IllegalArgumentException(db + ": more than 8 languages; the copy gives each a slot of 8");
            try (ResultSet rs = s.executeQuery("SELECT max(id) FROM tm_unit")) {
                maxId = rs.next() ? rs.getInt(1) : 0;
            }
            // A batch draws 100 distinct units, and random ones only price the layout when they are few among many.
            int fewest = 100 * UNITS;
            if (maxId < fewest) throw new IllegalArgumentException(db + ": " + maxId + " units; the benchmark wants at least " + fewest);
            s.execute("PRAGMA journal_mode = OFF"); // a scratch table in a scratch memory
            s.execute("PRAGMA synchronous = OFF");
            boolean kept = false;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_schema WHERE name = '" + COPY + "'")) {
                kept = rs.next();
            }
            if (!(reuse && kept)) copy(c, s, langs, maxId);
        }
        if (batches > 0) measure(url, db, langs, maxId, batches, warm, keep); // 0: the copy only, --keep to measure later
    }

    /** Writes the copy: each language's slot is its place among {@code langs}, bound as parameters. */
    private static void copy(Connection c, Statement s, List<String> langs, int maxId) throws SQLException {
        s.execute("DROP TABLE IF EXISTS " + COPY);
        s.execute("CREATE TABLE " + COPY + " (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL,"
            + " codes TEXT, props TEXT, notes TEXT)");
        String slot = "CASE lang" + " WHEN ? THEN ?".repeat(langs.size()) + " END";
        long t0 = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + COPY + " SELECT unit_id * 8 + " + slot
                + ", unit_id, lang, text, codes, props, notes FROM tm_variant ORDER BY unit_id, lang")) {
            for (int i = 0; i < langs.size(); i++) {
                insert.setString(2 * i + 1, langs.get(i));
                insert.setInt(2 * i + 2, i);
            }
            insert.executeUpdate();
        }
        System.out.printf("copied tm_variant (%d languages, units up to %,d) keyed by rowid in %.1f s%n", langs.size(), maxId, (System.nanoTime() - t0) / 1e9);
    }

    private static void measure(String url, Path db, List<String> langs, int maxId, int batches, int warm, boolean keep) throws Exception {
        long cache = UnitStore.cacheBytes(Files.size(db), UnitStore.physicalMemory());
        try (Connection asIs = open(url, cache); Connection byRowid = open(url, cache)) {
            String in = "(" + "?,".repeat(UNITS - 1) + "?)";
            String inRows = "(" + "?,".repeat(UNITS * langs.size() - 1) + "?)";
            PreparedStatement[] reads = {
                asIs.prepareStatement("SELECT unit_id, lang, text FROM tm_variant WHERE unit_id IN " + in + " ORDER BY unit_id, lang"),
                byRowid.prepareStatement("SELECT id, lang, text FROM " + COPY + " WHERE id IN " + inRows + " ORDER BY id")};
            String[] names = {"tm_variant (no rowid, today)", "keyed by rowid"};
            long[][] cpu = new long[2][batches], wall = new long[2][batches], calls = new long[2][batches];
            long[] rows = new long[2];
            Random rnd = new Random(5);
            for (int b = 0; b < warm + batches; b++) {
                for (int k = 0; k < 2; k++) {
                    int layout = (b + k) % 2;
                    int[] ids = rnd.ints(1, maxId + 1).distinct().limit(UNITS).sorted().toArray();
                    PreparedStatement ps = reads[layout];
                    for (int i = 0; i < UNITS; i++) {
                        if (layout == 0) ps.setInt(i + 1, ids[i]);
                        else for (int l = 0; l < langs.size(); l++) ps.setLong(i * langs.size() + l + 1, ids[i] * 8L + l);
                    }
                    long r0 = ConcordanceUnBenchmark.threadIo()[0], w0 = System.nanoTime(), c0 = TmBenchmark.cpu();
                    int n = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                            rs.getBytes(2);
                            rs.getBytes(3);
                            n++;
                        }
                    }
                    long c1 = TmBenchmark.cpu(), w1 = System.nanoTime(), r1 = ConcordanceUnBenchmark.threadIo()[0];
                    if (b < warm) continue;
                    cpu[layout][b - warm] = c1 - c0;
                    wall[layout][b - warm] = w1 - w0;
                    calls[layout][b - warm] = r1 - r0;
                    rows[layout] += n;
                }
            }
            System.out.printf("%,d batches of %d random units in every language, each table's after %,d to fill its %,d MB cache:%n", batches, UNITS, warm, cache >> 20);
            for (int t = 0; t < 2; t++) {
                System.out.printf("  %-30s CPU p50 %.2f ms, mean %.2f, p95 %.2f; wall p50 %.2f ms, p95 %.2f; %.1f read calls a batch (%,d rows)%n", names[t],
                    quantile(cpu[t], 0.5), mean(cpu[t]), quantile(cpu[t], 0.95), quantile(wall[t], 0.5), quantile(wall[t], 0.95), average(calls[t]), rows[t]);
            }
            System.out.printf("  keyed by rowid / today: CPU p50 %.2fx, mean %.2fx; read calls %.2fx%n", quantile(cpu[1], 0.5) / quantile(cpu[0], 0.5),
                mean(cpu[1]) / mean(cpu[0]), average(calls[1]) / average(calls[0]));
        } finally {
            if (!keep) try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + COPY);
            }
        }
    }

    private static Connection open(String url, long cacheBytes) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = 1");
            s.execute("PRAGMA mmap_size = 0");
            s.execute("PRAGMA soft_heap_limit = " + UnitStore.physicalMemory() / 4);
            s.execute("PRAGMA cache_size = -" + (cacheBytes >> 10));
        }
        return c;
    }

    /** In milliseconds. */
    private static double quantile(long[] nanos, double q) {
        return TmBenchmark.quantile(nanos, q) / 1e6;
    }

    private static double average(long[] counts) {
        return Arrays.stream(counts).average().orElse(0);
    }

    /** In milliseconds. */
    private static double mean(long[] nanos) {
        return average(nanos) / 1e6;
    }
}
