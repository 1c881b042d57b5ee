package org.concord.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the words of variants being written and appends them to the stored postings in chunks, so a large
 * import keeps a bounded amount of index in memory. Words arrive as numbers from a {@link WordTable}: its own, or
 * that of the thread reading a TMX file, whose new words are {@linkplain #learn learned} with the units using them.
 */
final class PostingsWriter {
    private static final int FLUSH_AT = 32_000_000; // buffered words and pairs before a flush (~128 MB of ints)

    /** The words of a variant as numbers, and the buckets of its word pairs: all indexing needs, found off the store's thread. */
    record Words(int[] terms, int[] pairs) {}

    /**
     * Keys (words or pair buckets) in the order written, each unit's keys in one run: grouped by key only at a flush,
     * as appending to thousands of growing lists unit after unit would miss the processor's caches at nearly every key.
     * The unit id is kept once per run, so a buffered key costs 4 bytes.
     */
    private static final class Occurrences {
        int[] keys = new int[1024];
        int n;
        int[] runIds = new int[64];
        int[] runEnds = new int[64];
        int runs;

        void reset() {
            n = 0;
            runs = 0;
        }

        void add(int id, int[] added) {
            if (n + added.length > keys.length) keys = Arrays.copyOf(keys, Math.max(keys.length * 2, n + added.length));
            System.arraycopy(added, 0, keys, n, added.length);
            n += added.length;
            if (runs == runIds.length) {
                runIds = Arrays.copyOf(runIds, runs * 2);
                runEnds = Arrays.copyOf(runEnds, runs * 2);
            }
            runIds[runs] = id;
            runEnds[runs++] = n;
        }

        /** Calls {@code sink} for each key with its units, in the order written and each once; {@code sorted}: n ints of space. */
        void group(int keyCount, int[] sorted, GroupSink sink) throws SQLException {
            int[] start = new int[keyCount + 1];
            for (int i = 0; i < n; i++) start[keys[i] + 1]++;
            for (int k = 0; k < keyCount; k++) start[k + 1] += start[k];
            int[] next = Arrays.copyOf(start, keyCount);
            for (int r = 0, i = 0; r < runs; r++) {
                int id = runIds[r];
                for (; i < runEnds[r]; i++) sorted[next[keys[i]]++] = id;
            }
            int[] list = new int[16];
            for (int k = 0; k < keyCount; k++) {
                int size = 0;
                for (int i = start[k]; i < start[k + 1]; i++) {
                    if (size > 0 && list[size - 1] == sorted[i]) continue; // the key again in the same unit
                    if (size == list.length) list = Arrays.copyOf(list, size * 2);
                    list[size++] = sorted[i];
                }
                if (size > 0) sink.accept(k, list, size);
            }
        }
    }

    private interface GroupSink {
        void accept(int key, int[] ids, int count) throws SQLException;
    }

    private final Connection c;
    /** Word number → word, for the numbers in use. */
    private final List<String> vocabulary = new ArrayList<>();
    /** The numbering of {@link #words(String)}, when this writer numbers words itself. */
    private WordTable ownTable;
    /** Per language: the words seen, and the word pairs (buckets). */
    private final Map<String, Occurrences> termsByLang = new HashMap<>();
    private final Map<String, Occurrences> pairsByLang = new HashMap<>();
    /** The three buffers of a language, found with one look-up a variant (three were ~1% of an import's CPU). */
    private record Buffers(Lengths lengths, Occurrences terms, Occurrences pairs) {}
    private final Map<String, Buffers> buffers = new HashMap<>();
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
    /** Grouping space for a flush, kept (like the buffers) for the next one. */
    private int[] scratch = new int[0];

    private final int flushAt;

    PostingsWriter(Connection c) {
        this(c, FLUSH_AT);
    }

    /** A writer that flushes every {@code flushAt} buffered words and pairs (tests use small numbers). */
    PostingsWriter(Connection c, int flushAt) {
        this.c = c;
        this.flushAt = flushAt;
    }

    /** The words of {@code text}, numbered by this writer's own table (for writes that do not read a TMX file). */
    Words words(String text) throws SQLException {
        if (ownTable == null) ownTable = new WordTable();
        if (ownTable.size() >= WordTable.MAX_WORDS) {
            flush();
            forgetWords();
            ownTable.clear();
        }
        Words w = ownTable.words(text);
        learn(ownTable.drainNew());
        return w;
    }

    /** Words numbered elsewhere since the last call: their numbers follow those already learned. */
    void learn(List<String> newWords) {
        vocabulary.addAll(newWords);
    }

    /** Forgets the numbering (after a flush): the next words learned are numbered from 0. */
    void forgetWords() {
        if (buffered > 0) throw new IllegalStateException("postings not flushed");
        vocabulary.clear();
    }

    void add(long unitId, String lang, Words words) throws SQLException {
        int id = (int) unitId;
        // Every language written has its lengths, words and pairs (maybe none): a flush writes them together.
        Buffers b = buffers.get(lang);
        if (b == null) {
            // computeIfAbsent, not put: it puts a new key first in its bucket where put puts it last ("es" and "zh"
            // share one), and a flush writes the languages in lengths' order: the file's bytes stay as they were.
            b = new Buffers(lengths.computeIfAbsent(lang, k -> new Lengths()), termsByLang.computeIfAbsent(lang, k -> new Occurrences()),
                pairsByLang.computeIfAbsent(lang, k -> new Occurrences()));
            buffers.put(lang, b);
        }
        b.lengths().add(id, words.terms().length);
        b.terms().add(id, words.terms());
        b.pairs().add(id, words.pairs());
        buffered += words.terms().length + words.pairs().length;
        if (buffered >= flushAt) flush();
    }

    /**
     * Version 5 of the schema: the pair rows of versions 2 to 4, one per bucket and chunk, become one row per group of
     * buckets and chunk, as {@link #flush} writes them. Rows are read in their stored order (bucket, then chunk), so
     * only one group's rows are held at a time.
     */
    static void regroupPairs(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT lang, bucket, chunk, ids FROM tm_pair ORDER BY lang, bucket, chunk");
                 RowInserter put = new RowInserter(c, "INSERT INTO tm_pair_group(lang, grp, chunk, ids)", 4)) {
                Map<Integer, Postings.Group> byChunk = new java.util.TreeMap<>();
                String lang = null;
                int grp = -1;
                while (rs.next()) {
                    String l = rs.getString(1);
                    int bucket = rs.getInt(2);
                    int g = Index.pairGroup(bucket);
                    if (!l.equals(lang) || g != grp) {
                        for (var e : byChunk.entrySet()) put.add(lang, grp, e.getKey(), e.getValue().take());
                        byChunk.clear();
                        lang = l;
                        grp = g;
                    }
                    byChunk.computeIfAbsent(rs.getInt(3), k -> new Postings.Group())
                        .addEncoded(Index.pairMember(bucket), rs.getBytes(4));
                }
                for (var e : byChunk.entrySet()) put.add(lang, grp, e.getKey(), e.getValue().take());
                put.flush();
            }
            s.execute("DROP TABLE tm_pair");
        }
    }

    /** Page filling of the two posting tables (see {@link LeafFill}), from this writer's first flush on. */
    private LeafFill wordFill, pairFill;
    private boolean fillsKnown;

    private List<Object[]> fill(LeafFill fill, List<Object[]> rows) {
        return fill == null ? rows : fill.order(rows);
    }

    void flush() throws SQLException {
        if (!fillsKnown) {
            wordFill = LeafFill.of(c, "tm_posting");
            pairFill = LeafFill.of(c, "tm_pair_group");
            fillsKnown = true;
        }
        // Words, lengths and pairs of one flush share a chunk number per language, the next after the stored lengths'.
        try (PreparedStatement next = c.prepareStatement("SELECT coalesce(max(chunk), 0) + 1 FROM tm_length WHERE lang = ?");
             RowInserter putWords = new RowInserter(c, "INSERT INTO tm_posting(lang, term, chunk, df, ids)", 5);
             PreparedStatement putLengths = c.prepareStatement("INSERT INTO tm_length(lang, chunk, data) VALUES (?, ?, ?)");
             RowInserter putPairs = new RowInserter(c, "INSERT INTO tm_pair_group(lang, grp, chunk, ids)", 4)) {
            Postings.Group group = new Postings.Group();
            int[] groupAt = {0};
            for (var e : lengths.entrySet()) {
                String lang = e.getKey();
                next.setString(1, lang);
                int chunk;
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    chunk = rs.getInt(1);
                }
                Lengths l = e.getValue();
                if (l.n == 0) continue;
                Occurrences terms = termsByLang.get(lang);
                Occurrences pairs = pairsByLang.get(lang);
                if (scratch.length < Math.max(terms.n, pairs.n)) scratch = new int[Math.max(terms.n, pairs.n)];
                putLengths.setString(1, lang);
                putLengths.setInt(2, chunk);
                putLengths.setBytes(3, Postings.encodeLengths(l.ids, l.words, l.n));
                putLengths.executeUpdate();
                List<Object[]> wordRows = new ArrayList<>();
                terms.group(vocabulary.size(), scratch,
                    (term, ids, count) -> wordRows.add(new Object[] {lang, vocabulary.get(term), chunk, count, Postings.encodeChunk(ids, count)}));
                for (Object[] row : fill(wordFill, wordRows)) putWords.add(row);
                putWords.flush();
                List<Object[]> pairRows = new ArrayList<>();
                pairs.group(Index.PAIR_BUCKETS, scratch, (bucket, ids, count) -> {
                    int g = Index.pairGroup(bucket);
                    if (g != groupAt[0] && !group.isEmpty()) pairRows.add(new Object[] {lang, groupAt[0], chunk, group.take()});
                    groupAt[0] = g;
                    group.add(Index.pairMember(bucket), ids, count);
                });
                if (!group.isEmpty()) pairRows.add(new Object[] {lang, groupAt[0], chunk, group.take()});
                for (Object[] row : fill(pairFill, pairRows)) putPairs.add(row);
                putPairs.flush();
            }
        }
        // The buffers are kept at their size for the next flush: growing them again would copy them again.
        for (Occurrences o : pairsByLang.values()) o.reset();
        for (Occurrences o : termsByLang.values()) o.reset();
        for (Lengths l : lengths.values()) l.n = 0;
        buffered = 0;
    }
}
