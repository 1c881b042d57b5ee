package org.concord.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-process side of the inverted index: postings read from SQLite on first use and kept decoded, frequent
 * words as bit sets. Dropped when another connection changes the database (PRAGMA data_version) or this one writes
 * (its own store drops it; another store on the same connection shows in total_changes()).
 */
final class Index {
    /** The units whose variant contains a word: sorted ids, plus a bit set when the word is frequent. */
    record Posting(int df, int[] ids, long[] bits) {
        static final Posting EMPTY = new Posting(0, new int[0], null);

        boolean contains(int id) {
            if (bits != null) return (id >>> 6) < bits.length && (bits[id >>> 6] & (1L << id)) != 0;
            return java.util.Arrays.binarySearch(ids, id) >= 0;
        }
    }

    /** Word pairs are hashed into this many buckets: enough to make a phrase's pairs rare. */
    static final int PAIR_BUCKETS = 1 << 16;
    /** Buckets are stored 2^5 to a row (see {@link Postings.Group}), so a flush writes 2,048 rows per language, not 65,536. */
    private static final int PAIR_GROUP_BITS = 5;

    /** The stored row (group) that holds a bucket. */
    static int pairGroup(int bucket) {
        return bucket >>> PAIR_GROUP_BITS;
    }

    /** The bucket's member number within its group. */
    static int pairMember(int bucket) {
        return bucket & (1 << PAIR_GROUP_BITS) - 1;
    }

    /** The bucket of two words that follow each other. */
    static int pairBucket(String first, String second) {
        return pairBucket(first.hashCode(), second.hashCode());
    }

    /** The bucket of two words that follow each other, from their {@link String#hashCode}s. */
    static int pairBucket(int first, int second) {
        int h = first * 0x9E3779B9 + second;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h & (PAIR_BUCKETS - 1);
    }

    /**
     * Decoded ids kept at most (about 400 MB), so that a long-lived process stays bounded; past it the postings used
     * longest ago go (tests set less).
     */
    long maxCachedIds = 100_000_000;

    private final Connection c;
    private final Postings.Decoder decoder = new Postings.Decoder();
    /** What reading postings cost, summed while the store is open: benchmarks print it a search (see {@link Reads}). */
    final Reads reads = new Reads();

    /** Posting rows stepped over, rows whose blobs were read and their bytes, ids decoded from them, and statements run. */
    static final class Reads {
        long postings, stepped, rows, bytes, ids, statements;
    }
    private long cachedIds;
    private final Map<String, Integer> dfs = new HashMap<>();
    /**
     * Postings decoded, least recently used first: at ten million units the cache filled about twelve times a benchmark
     * of 500 fuzzy lookups, and starting over dropped the frequent words' postings (millions of ids) that nearly every
     * lookup reads again.
     */
    private final java.util.LinkedHashMap<String, Posting> postings = new java.util.LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, int[]> lengths = new HashMap<>();
    private final Map<String, UnitLengths> unitLengths = new HashMap<>();
    /** Per language, the chunks of {@link #ascendingChunks} (NONE: they do not ascend). */
    private final Map<String, Chunks> ascending = new HashMap<>();

    /** Chunk numbers, ascending, and the last unit id each chunk wrote. */
    record Chunks(int[] numbers, int[] lastIds) {
        static final Chunks NONE = new Chunks(new int[0], new int[0]);
    }
    /** Pair group rows read by {@link #pairDf} during this search, kept for its {@link #pairPosting}; dropped at the next. */
    private final Map<String, List<byte[]>> pairRows = new HashMap<>();
    /** Candidates' words read by earlier lookups, dropped with the rest. */
    final WordSequences sequences = new WordSequences();
    /** Every unit's words by language, read once lookups call for them (see {@link Arenas}). */
    final Arenas arenas;
    private long dataVersion = -1, connectionChanges = -1;
    private int maxId = -1;
    private int pairsFrom = -1;
    private PreparedStatement version, dfStatement, ids, pairIds;

    /**
     * The index of the database on {@code c}; {@code readerConnection} opens another connection to it for a background
     * reader, or is null (PostgreSQL, an in-memory database).
     */
    Index(Connection c, java.util.concurrent.Callable<Connection> readerConnection) {
        this.c = c;
        this.arenas = new Arenas(c, readerConnection);
    }

    /** Forgets what was read when the database changed under us. */
    void refresh() throws SQLException {
        pairRows.clear();
        long v;
        // PostgreSQL: the oldest transaction still running or to come (any write committed since moves it on).
        // SQLite: data_version moves when another connection commits, total_changes() when this one writes through
        // any store (a second memory opened on the same connection writes without this index hearing of it).
        if (version == null) version = c.prepareStatement(org.concord.store.Migration.isPostgres(c)
            ? "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint, 0"
            : "SELECT data_version, total_changes() FROM pragma_data_version()");
        reads.statements++;
        long changes;
        try (ResultSet rs = version.executeQuery()) {
            boolean row = rs.next();
            v = row ? rs.getLong(1) : 0;
            changes = row ? rs.getLong(2) : 0;
        }
        if (v != dataVersion || changes != connectionChanges) {
            invalidate();
            dataVersion = v;
            connectionChanges = changes;
        }
        if (maxId < 0) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM tm_unit")) {
                maxId = rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    void invalidate() {
        dfs.clear();
        postings.clear();
        lengths.clear();
        unitLengths.clear();
        ascending.clear();
        sequences.clear();
        arenas.clear();
        pairsFrom = -1;
        cachedIds = 0;
        maxId = -1;
    }

    /** The first unit id from which every unit has pair postings (those written before the pairs were indexed lack them). */
    int pairsFrom() throws SQLException {
        if (pairsFrom < 0) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT first_id FROM tm_pairs_from")) {
                pairsFrom = rs.next() ? rs.getInt(1) : Integer.MAX_VALUE;
            }
        }
        return pairsFrom;
    }

    /** The units in which {@code first} is followed by {@code second}, and some more (pairs share buckets). */
    Posting pairPosting(String lang, String first, String second) throws SQLException {
        int bucket = pairBucket(first, second);
        String key = lang + '\u0001' + bucket;
        Posting p = postings.get(key);
        if (p != null) return p;
        int member = pairMember(bucket);
        decoder.reset();
        List<byte[]> rows = pairRows.remove(key); // read by pairDf in this search
        if (rows != null) {
            for (byte[] row : rows) decodeRow(row, member);
        } else {
            try (ResultSet rs = pairGroupRows(lang, bucket)) {
                while (rs.next()) decodeRow(counted(rs.getBytes(1)), member);
            }
        }
        return cache(key, decoded());
    }

    /** The rows of the pair group holding {@code bucket}, in chunk order. */
    private ResultSet pairGroupRows(String lang, int bucket) throws SQLException {
        if (pairIds == null) pairIds = c.prepareStatement("SELECT ids FROM tm_pair_group WHERE lang = ? AND grp = ? ORDER BY chunk");
        pairIds.setString(1, lang);
        pairIds.setInt(2, pairGroup(bucket));
        reads.statements++;
        return pairIds.executeQuery();
    }

    /**
     * How many units the bucket of {@code first} followed by {@code second} holds, from its chunks' counts without
     * decoding them: a search decodes a bucket only when it is rare enough to be worth it (a pair as frequent as "of
     * the" holds hundreds of thousands of ids at a million units).
     */
    int pairDf(String lang, String first, String second) throws SQLException {
        int bucket = pairBucket(first, second);
        String key = lang + '\u0001' + bucket;
        Posting p = postings.get(key);
        if (p != null) return p.df();
        Integer df = dfs.get(key);
        if (df != null) return df;
        int count = 0;
        List<byte[]> rows = new ArrayList<>();
        try (ResultSet rs = pairGroupRows(lang, bucket)) {
            while (rs.next()) {
                byte[] row = rs.getBytes(1);
                reads.stepped++;
                if (row == null) continue;
                reads.rows++;
                reads.bytes += row.length;
                rows.add(row);
                count += Postings.memberCount(row, pairMember(bucket));
            }
        }
        dfs.put(key, count);
        pairRows.put(key, rows);
        return count;
    }

    /** The pair's posting if it was decoded already, else null (no database read). */
    Posting cachedPairPosting(String lang, String first, String second) {
        return postings.get(lang + '\u0001' + pairBucket(first, second));
    }

    int maxId() {
        return maxId;
    }

    /** See {@link Arenas#countScoredWithout}. */
    void countScoredWithoutArena(String lang, int candidates) {
        arenas.countScoredWithout(lang, candidates);
    }

    /** See {@link Arenas#arena}: the words of every unit in {@code lang}, or null while the read path serves. */
    WordArena arena(String lang) throws SQLException {
        return arenas.arena(lang, maxId, () -> lengths(lang));
    }

    /** See {@link Arenas#ifRead}. */
    WordArena arenaIfRead(String lang) {
        return arenas.ifRead(lang);
    }

    /**
     * The arena of {@code lang} when it is read with its own postings ({@link WordArena#addPosting}) and covers every
     * unit: a word's posting and count then come from memory, not from its stored rows.
     */
    WordArena arenaWithPostings(String lang) {
        WordArena a = arenas.ifRead(lang);
        return a != null && a.hasPostings() && a.maxId() == maxId ? a : null;
    }

    /** Whether a background pass is reading the arena of {@code lang} (lookups meanwhile read candidates). */
    boolean arenaBeingRead(String lang) {
        return arenas.beingRead(lang);
    }

    /** How many units hold the word (an over-count after replacements, which only costs speed). */
    int df(String lang, String term) throws SQLException {
        String key = lang + '\u0000' + term;
        Integer df = dfs.get(key);
        if (df != null) return df;
        WordArena arena = arenaWithPostings(lang);
        if (arena != null) return arena.df(term);
        if (dfStatement == null) dfStatement = c.prepareStatement("SELECT coalesce(sum(df), 0) FROM tm_posting WHERE lang = ? AND term = ?");
        dfStatement.setString(1, lang);
        dfStatement.setString(2, term);
        reads.statements++;
        try (ResultSet rs = dfStatement.executeQuery()) {
            df = rs.next() ? rs.getInt(1) : 0;
        }
        dfs.put(key, df);
        return df;
    }

    /** The word's posting if it was decoded already, else null (no database read). */
    Posting cachedPosting(String lang, String term) {
        return postings.get(lang + '\u0000' + term);
    }

    Posting posting(String lang, String term) throws SQLException {
        String key = lang + '\u0000' + term;
        Posting p = postings.get(key);
        if (p != null) return p;
        WordArena arena = arenaWithPostings(lang);
        decoder.reset();
        // Decoded from memory each time, not cached: kept, it would push out the stored postings of the frequent words,
        // which cost a read of hundreds of rows to get back.
        if (arena != null && arena.addPosting(term, decoder)) return decoded();
        if (ids == null) ids = c.prepareStatement("SELECT ids FROM tm_posting WHERE lang = ? AND term = ? ORDER BY chunk");
        ids.setString(1, lang);
        ids.setString(2, term);
        return cache(key, posting(ids, -1));
    }

    /**
     * The posting whose chunks {@code query} selects, in chunk order: each row's blob, or in each row's group blob the
     * chunk of {@code member} (-1: the whole row), decoded where it lies.
     */
    private Posting posting(PreparedStatement query, int member) throws SQLException {
        decoder.reset();
        reads.statements++;
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) decodeRow(counted(rs.getBytes(1)), member);
        }
        return decoded();
    }

    /** A row just read, counted in {@link #reads}. */
    private byte[] counted(byte[] row) {
        reads.stepped++;
        reads.rows++;
        if (row != null) reads.bytes += row.length;
        return row;
    }

    /** Adds a row's blob to the decoder, or in a group blob the chunk of {@code member} (-1: the whole row). */
    private void decodeRow(byte[] row, int member) {
        if (row == null) return;
        if (member < 0) {
            decoder.add(row, 0, row.length);
        } else {
            long at = Postings.memberAt(row, member);
            if (at >= 0) decoder.add(row, (int) (at >>> 32), (int) at);
        }
    }

    /** The posting of the rows added to the decoder since its reset. */
    private Posting decoded() {
        reads.postings++;
        reads.ids += decoder.size();
        return decoder.isEmpty() ? Posting.EMPTY : posting(decoder.ids());
    }

    private Posting cache(String key, Posting p) {
        var eldest = postings.entrySet().iterator();
        while (cachedIds + p.ids().length > maxCachedIds && eldest.hasNext()) {
            cachedIds -= eldest.next().getValue().ids().length;
            eldest.remove();
        }
        postings.put(key, p);
        cachedIds += p.ids().length;
        return p;
    }

    /**
     * The chunk numbers of {@code lang}, sorted, when its chunks taken in order hold ascending ids, each once: every
     * unit a flush wrote above every unit an earlier flush wrote, as an import of new units leaves them. Then a word's
     * or pair's rows in chunk order ascend too, as each holds some of its chunk's units in the order written (the
     * tm_length row lists them all), and a search may read them only as far as it needs. Null when they do not: a
     * replaced unit is written again in a later chunk, a unit deleted may see its id reused. One pass over tm_length
     * a language (tens of milliseconds at ten million units), again after each change.
     */
    Chunks ascendingChunks(String lang) throws SQLException {
        Chunks known = ascending.get(lang);
        if (known == null) {
            known = readAscendingChunks(lang);
            ascending.put(lang, known);
        }
        return known == Chunks.NONE ? null : known;
    }

    private Chunks readAscendingChunks(String lang) throws SQLException {
        int[] chunks = new int[16], lastIds = new int[16];
        int n = 0;
        long last = Long.MIN_VALUE;
        try (PreparedStatement ps = c.prepareStatement("SELECT chunk, data FROM tm_length WHERE lang = ? ORDER BY chunk")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = Postings.lastIfAscending(rs.getBytes(2), last);
                    if (last == Long.MAX_VALUE) return Chunks.NONE;
                    if (n == chunks.length) {
                        chunks = java.util.Arrays.copyOf(chunks, n * 2);
                        lastIds = java.util.Arrays.copyOf(lastIds, n * 2);
                    }
                    chunks[n] = rs.getInt(1);
                    lastIds[n++] = (int) last;
                }
            }
        }
        return n == 0 ? Chunks.NONE : new Chunks(java.util.Arrays.copyOf(chunks, n), java.util.Arrays.copyOf(lastIds, n));
    }

    /** The word's posting, walked row by row (or in memory if decoded already); {@code chunks}: {@link #ascendingChunks}. */
    PostingCursor wordCursor(String lang, String term, Chunks chunks) throws SQLException, PostingCursor.Unordered {
        Posting p = cachedPosting(lang, term);
        if (p != null) return PostingCursor.of(p);
        PreparedStatement ps = wordRows.isEmpty() ? c.prepareStatement(walkSql("tm_posting", "term")) : wordRows.pop();
        ps.setString(1, lang);
        ps.setString(2, term);
        reads.postings++;
        return PostingCursor.open(ps, blobByRowid("tm_posting"), rest("tm_posting", "term", lang, term, restOfWord), -1, chunks, reads, df(lang, term), wordRows::push);
    }

    /**
     * A posting's rows in chunk order: on SQLite (chunk, rowid) from the covering index, whose blobs
     * {@link #blobByRowid} fetches only for the rows a walk enters; on PostgreSQL (chunk, ids).
     */
    private String walkSql(String table, String key) throws SQLException {
        return "SELECT chunk, " + (walksByRowid() ? "rowid" : "ids") + " FROM " + table + " WHERE lang = ? AND " + key + " = ? ORDER BY chunk";
    }

    private Boolean byRowid;

    /** Whether walks read rowids and fetch blobs apart (SQLite: see {@link PostingCursor}'s blobByRowid). */
    private boolean walksByRowid() throws SQLException {
        if (byRowid == null) byRowid = !org.concord.store.Migration.isPostgres(c);
        return byRowid;
    }

    /** The statement fetching a row's blob of {@code table} by rowid, shared by the walks (null: PostgreSQL). */
    private PreparedStatement blobByRowid(String table) throws SQLException {
        if (!walksByRowid()) return null;
        PreparedStatement ps = blobsByRowid.get(table);
        if (ps == null) {
            ps = c.prepareStatement("SELECT ids FROM " + table + " WHERE rowid = ?");
            blobsByRowid.put(table, ps);
        }
        return ps;
    }

    private final Map<String, PreparedStatement> blobsByRowid = new HashMap<>();

    /**
     * Statements of cursors closed, kept for the next (a search walks a few postings at once, each on a statement of
     * its own, and preparing them anew took a tenth of a search at a million units).
     */
    private final java.util.ArrayDeque<PreparedStatement> wordRows = new java.util.ArrayDeque<>(), pairRowsOfGroup = new java.util.ArrayDeque<>();

    /** The pair's bucket, walked row by row (or in memory if decoded already); {@code chunks}: {@link #ascendingChunks}. */
    PostingCursor pairCursor(String lang, String first, String second, Chunks chunks) throws SQLException, PostingCursor.Unordered {
        Posting p = cachedPairPosting(lang, first, second);
        if (p != null) return PostingCursor.of(p);
        int bucket = pairBucket(first, second);
        PreparedStatement ps = pairRowsOfGroup.isEmpty() ? c.prepareStatement(walkSql("tm_pair_group", "grp")) : pairRowsOfGroup.pop();
        ps.setString(1, lang);
        ps.setInt(2, pairGroup(bucket));
        reads.postings++;
        return PostingCursor.open(ps, blobByRowid("tm_pair_group"), rest("tm_pair_group", "grp", lang, pairGroup(bucket), restOfGroup), pairMember(bucket),
            chunks, reads, 0, pairRowsOfGroup::push);
    }

    /** Statements of {@link #rest} given back, by table, for the next walk that goes on with its blobs. */
    private final java.util.ArrayDeque<PreparedStatement> restOfWord = new java.util.ArrayDeque<>(), restOfGroup = new java.util.ArrayDeque<>();

    /** The rows of {@code table} whose {@code column} is {@code key}, from a chunk on, with their blobs (see {@link PostingCursor.Rest}). */
    private PostingCursor.Rest rest(String table, String column, String lang, Object key, java.util.ArrayDeque<PreparedStatement> pool) {
        return new PostingCursor.Rest() {
            @Override
            public PreparedStatement from(int chunk) throws SQLException {
                PreparedStatement ps = pool.isEmpty()
                    ? c.prepareStatement("SELECT chunk, ids FROM " + table + " WHERE lang = ? AND " + column + " = ? AND chunk >= ? ORDER BY chunk")
                    : pool.pop();
                ps.setString(1, lang);
                ps.setObject(2, key);
                ps.setInt(3, chunk);
                return ps;
            }

            @Override
            public void release(PreparedStatement statement) {
                pool.push(statement);
            }
        };
    }

    /** Word counts of the variants in {@code lang}, indexed by unit id up to {@link #maxId()}; -1 where unknown. */
    int[] lengths(String lang) throws SQLException {
        int[] l = lengths.get(lang);
        if (l != null) return l;
        l = new int[maxId + 1];
        java.util.Arrays.fill(l, -1);
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM tm_length WHERE lang = ? ORDER BY chunk")) {
            ps.setString(1, lang);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) Postings.decodeLengths(rs.getBytes(1), l);
            }
        }
        lengths.put(lang, l);
        return l;
    }

    /** {@link #lengths} packed for the fuzzy counting (see {@link UnitLengths}), made once a language. */
    UnitLengths unitLengths(String lang) throws SQLException {
        UnitLengths l = unitLengths.get(lang);
        if (l == null) {
            l = UnitLengths.of(lengths(lang));
            unitLengths.put(lang, l);
        }
        return l;
    }

    private Posting posting(int[] ids) {
        long[] bits = null;
        if (ids.length > 0 && ids.length > (maxId + 1) / 32) {
            bits = new long[(Math.max(maxId, ids[ids.length - 1]) >>> 6) + 1];
            for (int id : ids) bits[id >>> 6] |= 1L << id;
        }
        return new Posting(ids.length, ids, bits);
    }
}
