package org.concord.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects the words of variants being written and appends them to the stored postings in chunks, so a large
 * import keeps a bounded amount of index in memory.
 */
final class PostingsWriter {
    private static final int FLUSH_AT = 16_000_000; // buffered ids (~64 MB of ints) before a flush

    /** A growable int list, one per (language, word). */
    private static final class Ids {
        int[] a = new int[4];
        int n;

        /** Adds the id unless it was the last one added (a word seen again in the same unit); true when added. */
        boolean add(int id) {
            if (n > 0 && a[n - 1] == id) return false;
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = id;
            return true;
        }
    }

    private final Connection c;
    private final Map<String, Map<String, Ids>> byLang = new HashMap<>();
    /** Per language: the word pairs seen, in the order written. */
    private final Map<String, Pairs> pairsByLang = new HashMap<>();

    /**
     * Word pairs as (bucket, unit) in the order written, grouped by bucket only at a flush: appending to 65,536
     * growing lists unit after unit would miss the processor's caches at nearly every pair.
     */
    private static final class Pairs {
        int[] buckets = new int[1024];
        int[] ids = new int[1024];
        int n;

        void add(int bucket, int id) {
            if (n == ids.length) {
                buckets = Arrays.copyOf(buckets, n * 2);
                ids = Arrays.copyOf(ids, n * 2);
            }
            buckets[n] = bucket;
            ids[n++] = id;
        }

        /** Each bucket's units, in the order written and each once (null where none). */
        Ids[] group() {
            Ids[] out = new Ids[Index.PAIR_BUCKETS];
            int[] start = new int[Index.PAIR_BUCKETS + 1];
            for (int i = 0; i < n; i++) start[buckets[i] + 1]++;
            for (int b = 0; b < Index.PAIR_BUCKETS; b++) start[b + 1] += start[b];
            int[] sorted = new int[n];
            int[] next = Arrays.copyOf(start, Index.PAIR_BUCKETS);
            for (int i = 0; i < n; i++) sorted[next[buckets[i]]++] = ids[i];
            for (int b = 0; b < Index.PAIR_BUCKETS; b++) {
                if (start[b] == start[b + 1]) continue;
                Ids list = new Ids();
                list.a = new int[start[b + 1] - start[b]];
                for (int i = start[b]; i < start[b + 1]; i++) list.add(sorted[i]);
                out[b] = list;
            }
            return out;
        }
    }
    /** Per language: unit ids and their word counts, in the order written. */
    private final Map<String, Lengths> lengths = new HashMap<>();

    private static final class Lengths {
        int[] ids = new int[1024];
        int[] words = new int[1024];
        int n;

        void add(int id, int count) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                words = Arrays.copyOf(words, n * 2);
            }
            ids[n] = id;
            words[n++] = count;
        }
    }
    private int buffered;
    /** Whether the postings were empty when this writer began (a first import): then only terms it wrote exist. */
    private Boolean startedEmpty;
    private final java.util.Set<String> written = new java.util.HashSet<>();

    PostingsWriter(Connection c) {
        this.c = c;
    }

    void add(long unitId, String lang, String text) throws SQLException {
        Map<String, Ids> terms = byLang.computeIfAbsent(lang, k -> new HashMap<>());
        String[] words = Tokens.terms(text);
        lengths.computeIfAbsent(lang, k -> new Lengths()).add((int) unitId, words.length);
        for (String t : words) {
            if (terms.computeIfAbsent(t, k -> new Ids()).add((int) unitId)) buffered++;
        }
        Pairs pairs = pairsByLang.computeIfAbsent(lang, k -> new Pairs());
        for (int i = 1; i < words.length; i++) pairs.add(Index.pairBucket(words[i - 1], words[i]), (int) unitId);
        buffered += Math.max(0, words.length - 1);
        if (buffered >= FLUSH_AT) flush();
    }

    void flush() throws SQLException {
        if (startedEmpty == null) {
            try (PreparedStatement any = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM tm_posting)");
                 ResultSet rs = any.executeQuery()) {
                startedEmpty = rs.next() && rs.getBoolean(1);
            }
        }
        try (PreparedStatement get = c.prepareStatement("SELECT df, ids FROM tm_posting WHERE lang = ? AND term = ?");
             PreparedStatement put = c.prepareStatement(
                 "INSERT INTO tm_posting(lang, term, df, ids) VALUES (?, ?, ?, ?) "
                     + "ON CONFLICT(lang, term) DO UPDATE SET df = excluded.df, ids = excluded.ids")) {
            for (var lang : byLang.entrySet()) {
                for (var e : lang.getValue().entrySet()) {
                    Ids ids = e.getValue();
                    byte[] chunk = Postings.encodeChunk(ids.a, ids.n);
                    int df = ids.n;
                    // A first import need not look up what it has not written yet.
                    boolean mayExist = !startedEmpty || !written.add(lang.getKey() + '\u0000' + e.getKey());
                    if (mayExist) {
                        get.setString(1, lang.getKey());
                        get.setString(2, e.getKey());
                        try (ResultSet rs = get.executeQuery()) {
                            if (rs.next()) {
                                df += rs.getInt(1);
                                byte[] old = rs.getBytes(2);
                                byte[] joined = Arrays.copyOf(old, old.length + chunk.length);
                                System.arraycopy(chunk, 0, joined, old.length, chunk.length);
                                chunk = joined;
                            }
                        }
                    }
                    put.setString(1, lang.getKey());
                    put.setString(2, e.getKey());
                    put.setInt(3, df);
                    put.setBytes(4, chunk);
                    put.addBatch();
                }
            }
            put.executeBatch();
        }
        // Lengths and pairs of one flush share a chunk number per language, the next after the stored lengths'.
        try (PreparedStatement next = c.prepareStatement("SELECT coalesce(max(chunk), 0) + 1 FROM tm_length WHERE lang = ?");
             PreparedStatement putLengths = c.prepareStatement("INSERT INTO tm_length(lang, chunk, data) VALUES (?, ?, ?)");
             PreparedStatement putPairs = c.prepareStatement("INSERT INTO tm_pair(lang, bucket, chunk, ids) VALUES (?, ?, ?, ?)")) {
            for (var e : lengths.entrySet()) {
                String lang = e.getKey();
                next.setString(1, lang);
                int chunk;
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    chunk = rs.getInt(1);
                }
                Lengths l = e.getValue();
                putLengths.setString(1, lang);
                putLengths.setInt(2, chunk);
                putLengths.setBytes(3, Postings.encodeLengths(l.ids, l.words, l.n));
                putLengths.executeUpdate();
                Pairs pairs = pairsByLang.get(lang);
                if (pairs == null) continue;
                Ids[] buckets = pairs.group();
                for (int b = 0; b < buckets.length; b++) {
                    if (buckets[b] == null) continue;
                    putPairs.setString(1, lang);
                    putPairs.setInt(2, b);
                    putPairs.setInt(3, chunk);
                    putPairs.setBytes(4, Postings.encodeChunk(buckets[b].a, buckets[b].n));
                    putPairs.addBatch();
                }
                putPairs.executeBatch();
            }
        }
        pairsByLang.clear();
        lengths.clear();
        byLang.clear();
        buffered = 0;
    }
}
