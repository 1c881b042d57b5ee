package org.concord.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of every unit's variant in one language, as numbers in one char array, read by one pass over the
 * variants: fuzzy candidates are then scored without reading their rows (at a million UN units, reading candidates one
 * by one was half of a lookup, and the slowest lookups read over a thousand). Numbers are given in the order words are
 * first met, so the common words, met early, take one char; a number from 2^15 up takes two. Each unit's sequence
 * starts with its word count. The same pass notes which units have a variant in each language (the target check).
 * Held by the {@link Index} and dropped with it when the memory changes.
 */
final class WordArena {
    private final WordTable table = new WordTable();
    private final int[] at;   // unit id → where its sequence starts in words, -1 where it has no variant in the language
    private char[] words;
    private int used;
    private final Map<String, long[]> having = new HashMap<>(); // language → bit set of the units with a variant in it
    /** Word number → the units holding it, as bits, for the words held most often (see {@link #markFrequent}). */
    private final Map<Integer, long[]> frequent = new HashMap<>();
    /**
     * Unit id → its document symbol's place in {@link #symbols} (-1: none): a concordance's hits, scattered over a memory
     * larger than the machine, each read a page of tm_unit for it alone.
     */
    private final int[] symbolOf;
    private String[] symbols = new String[16];
    private int symbolCount;
    /** The units of each word not kept as bits, built once the arena is read; null when the heap budget had no room. */
    private ArenaPostings postings;

    private WordArena(int maxId, long expectedChars) {
        at = new int[maxId + 1];
        Arrays.fill(at, -1);
        symbolOf = new int[maxId + 1];
        Arrays.fill(symbolOf, -1);
        words = new char[(int) Math.min(Integer.MAX_VALUE - 16, expectedChars + expectedChars / 32 + 1024)];
    }

    /**
     * Heap an arena of these units would take, in bytes: two a word and a count a unit, four a unit for where it
     * starts and four for its document symbol, and the bit sets (escaped numbers, rare in UN text, are not counted).
     */
    static long estimatedBytes(int[] lengths) {
        long chars = 0;
        for (int m : lengths) if (m >= 0) chars += m + 1;
        return 2 * chars + 8L * lengths.length + 6L * lengths.length / 8;
    }

    /** Words whose units are kept as bits: at most this many, each held by at least 1/128 of the units. */
    static final int MOST_FREQUENT = 256;

    /** Heap an arena may take, its frequent words' bits included: a quarter of the heap (see {@link Arenas#arena}). */
    static long heapBudget() {
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /**
     * How many frequent words' bits ({@link #markFrequent}) fit in {@code spareBytes} at {@code maxId}: the bits take
     * what the {@link #heapBudget} leaves beside the arena's estimate, so that a heap which admits the arena still does
     * (at ten million units 256 words take 320 MB, more than -Xmx3g leaves).
     */
    static int frequentWords(long spareBytes, int maxId) {
        long each = 8L * ((maxId >>> 6) + 1);
        return (int) Math.max(0, Math.min(MOST_FREQUENT, spareBytes / each));
    }

    /**
     * Reads the words of the variants in {@code lang} of the units up to {@code maxId} (later ones are not seen),
     * {@code chunk} units a statement ({@link #PASS_CHUNK}).
     */
    static WordArena read(Connection c, String lang, int maxId, int[] lengths, int chunk) throws SQLException {
        long chars = 0;
        for (int m : lengths) if (m >= 0) chars += m + 1;
        if (chars > Integer.MAX_VALUE / 2) return null; // beyond one array: the read path serves
        WordArena arena = new WordArena(maxId, chars);
        // Every variant's key, but only this language's text, in one pass over the table: the newest units first, a
        // chunk at a time, each chunk in key order (so the kernel reads ahead). A pass over a table larger than the
        // machine's page cache leaves there the pages it read last, and a concordance's first hits are the oldest
        // units holding the phrase: read oldest last, the pass leaves their pages in the cache, not the newest units'.
        try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, lang, CASE WHEN lang = ? THEN text END FROM tm_variant"
                + " WHERE unit_id > ? AND unit_id <= ?")) {
            ps.setString(1, lang);
            Pass pass = new Pass(arena, maxId);
            for (long to = maxId; ; to -= chunk) {
                // The last chunk has no lower bound: every unit up to maxId is read, as one statement read them.
                long from = to - chunk > 0 ? to - chunk : Long.MIN_VALUE;
                ps.setLong(2, from);
                ps.setLong(3, to);
                if (!pass.read(ps)) return null;
                if (from == Long.MIN_VALUE) break;
            }
        }
        if (!arena.readSymbols(c, maxId)) return null;
        if (arena.used < arena.words.length / 2) arena.words = Arrays.copyOf(arena.words, arena.used);
        arena.markFrequent(frequentWords(heapBudget() - estimatedBytes(lengths), maxId));
        boolean[] kept = new boolean[arena.table.size()];
        for (int w : arena.frequent.keySet()) kept[w] = true;
        arena.postings = ArenaPostings.build(arena, kept, heapBudget() - arena.bytes());
        if (Thread.currentThread().isInterrupted()) return null;
        return arena;
    }

    /** Units a statement of the pass reads: about 500 MB of ten-million-unit UN rows, so the kernel's read-ahead serves them. */
    static final int PASS_CHUNK = 1 << 18;

    /** The pass's state from one chunk of units to the next. */
    private static final class Pass {
        private final WordArena arena;
        private final int maxId;
        private int[] buffer = new int[64];
        private int n;
        private String lastLang;
        private long[] bits;

        Pass(WordArena arena, int maxId) {
            this.arena = arena;
            this.maxId = maxId;
        }

        /** Adds the rows {@code ps} gives; false when the pass was interrupted (the memory changed under it). */
        boolean read(PreparedStatement ps) throws SQLException {
            try (ResultSet rs = ps.executeQuery()) {
                for (int row = 0; rs.next(); row++) {
                    // A pass on a thread of its own stops when the memory changed under it (the index interrupts it).
                    if ((row & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) return false;
                    int id = rs.getInt(1);
                    String l = rs.getString(2);
                    if (!l.equals(lastLang)) {
                        bits = arena.having.computeIfAbsent(l, x -> new long[(maxId >>> 6) + 1]);
                        lastLang = l;
                    }
                    if (id < 0) continue;
                    bits[id >>> 6] |= 1L << id;
                    String text = rs.getString(3);
                    if (text == null) continue;
                    n = 0;
                    Tokens.scan(text, (t, start, end, term) -> {
                        if (n == buffer.length) buffer = Arrays.copyOf(buffer, n * 2);
                        buffer[n++] = arena.table.number(t, start, end, term);
                    });
                    arena.add(id, buffer, n);
                }
            }
            return true;
        }
    }

    /** Reads the units' document symbols (one pass over tm_unit); false when the pass was interrupted. */
    private boolean readSymbols(Connection c, int maxId) throws SQLException {
        Map<String, Integer> places = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc_symbol FROM tm_unit WHERE id <= ? AND doc_symbol IS NOT NULL")) {
            ps.setInt(1, maxId);
            try (ResultSet rs = ps.executeQuery()) {
                for (int row = 0; rs.next(); row++) {
                    if ((row & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) return false;
                    int id = rs.getInt(1);
                    if (id < 0) continue;
                    symbolOf[id] = places.computeIfAbsent(rs.getString(2), symbol -> {
                        if (symbolCount == symbols.length) symbols = Arrays.copyOf(symbols, symbolCount * 2);
                        symbols[symbolCount] = symbol;
                        return symbolCount++;
                    });
                }
            }
        }
        return true;
    }

    /** The document symbol of {@code unit} (at most {@link #maxId}), or null when it has none. */
    String symbol(int unit) {
        int place = symbolOf[unit];
        return place < 0 ? null : symbols[place];
    }

    private void add(int id, int[] ids, int count) {
        if (used + 2L * (count + 1) > words.length) {
            long grown = Math.max((long) words.length + words.length / 4, used + 2L * (count + 1));
            if (grown > Integer.MAX_VALUE - 16) throw new IllegalStateException("word arena full at " + used + " chars");
            words = Arrays.copyOf(words, (int) grown);
        }
        at[id] = used;
        put(count);
        for (int i = 0; i < count; i++) put(ids[i]);
    }

    private void put(int v) {
        if (v < 0x8000) {
            words[used++] = (char) v;
        } else {
            words[used++] = (char) (0x8000 | v >>> 16);
            words[used++] = (char) v;
        }
    }

    /**
     * Notes as bits which units hold each of the words held most often. A lookup does not count these words' postings
     * (hundreds of thousands of ids at a million units): every unit it keeps was bounded as if it held them all, and
     * was scored when it did not (at a million UN units the slowest twentieth scored ~1,000 candidates each). A bit
     * test a kept unit rules most of them out. Two passes over the arena: occurrences, then the bits.
     */
    private void markFrequent(int most) {
        int[] seen = new int[table.size()];
        int[] unitWords = new int[64];
        int units = 0;
        for (int u = 0; u < at.length; u++) {
            if (at[u] < 0) continue;
            units++;
            int n = length(u);
            unitWords = words(u, n, unitWords);
            for (int i = 0; i < n; i++) seen[unitWords[i]]++;
        }
        int least = Math.max(1, units / 128);
        Integer[] common = java.util.stream.IntStream.range(0, seen.length).filter(w -> seen[w] >= least).boxed()
            .sorted((a, b) -> Integer.compare(seen[b], seen[a])).limit(most).toArray(Integer[]::new);
        if (common.length == 0) return;
        int[] slot = new int[seen.length];
        Arrays.fill(slot, -1);
        long[][] bits = new long[common.length][];
        for (int i = 0; i < common.length; i++) {
            slot[common[i]] = i;
            bits[i] = new long[(at.length >>> 6) + 1];
        }
        for (int u = 0; u < at.length; u++) {
            if (at[u] < 0) continue;
            int n = length(u);
            unitWords = words(u, n, unitWords);
            for (int i = 0; i < n; i++) {
                int s = slot[unitWords[i]];
                if (s >= 0) bits[s][u >>> 6] |= 1L << u;
            }
        }
        for (int i = 0; i < common.length; i++) frequent.put(common[i], bits[i]);
    }

    /**
     * The {@code length} words of {@code unit} ({@link #length}) copied into {@code buffer}, or into a larger array it
     * returns when that one is too short: callers keep the buffer from one unit to the next.
     */
    int[] words(int unit, int length, int[] buffer) {
        int[] into = buffer.length >= length ? buffer : new int[Math.max(length, buffer.length * 2)];
        words(unit, into);
        return into;
    }

    /**
     * Adds the units holding {@code term} (a word as {@link Tokens} gives it) to {@code decoder}, from the arena's own
     * postings; false, adding nothing, when they were not built (no room) or the word is kept as bits.
     */
    boolean addPosting(String term, Postings.Decoder decoder) {
        return postings != null && postings.addTo(decoder, table.find(term));
    }

    /**
     * The units holding word {@code number} (see {@link #query}), walked in the arena's own postings; null when they were
     * not built or the word is kept as bits.
     */
    PostingCursor cursor(int number) {
        return postings == null ? null : postings.cursor(number);
    }

    /** How many units hold {@code term}, or -1 when the arena's postings were not built. */
    int df(String term) {
        return df(table.find(term));
    }

    /** How many units hold word {@code number} (see {@link #query}; 0 for a word no unit holds), or -1 as {@link #df(String)}. */
    int df(int number) {
        return postings == null ? -1 : postings.df(number);
    }

    /** Heap the arena's own postings take, in bytes (0: not built). */
    long postingsBytes() {
        return postings == null ? 0 : postings.bytes();
    }

    /** Whether the arena's own postings were built (see {@link #addPosting}). */
    boolean hasPostings() {
        return postings != null;
    }

    /** The units holding word {@code number}, as bits by unit id, when it is one of the most frequent; else null. */
    long[] frequentBits(int number) {
        return frequent.get(number);
    }

    /** How many words {@code unit}'s variant has, or -1 when it has none in the language (or came after the pass). */
    int length(int unit) {
        if (unit < 0 || unit >= at.length || at[unit] < 0) return -1;
        int p = at[unit];
        char c = words[p];
        return c < 0x8000 ? c : (c & 0x7FFF) << 16 | words[p + 1];
    }

    /** Sum of the words read by {@link #load}: kept so that the reads are done. */
    private int loaded;

    /**
     * Reads the first word of each unit of {@code keys[from..to)} (a unit id in each key's low 32 bits), so that the
     * cache misses of a group of candidates overlap: scored one by one, each waited for its own.
     */
    void load(long[] keys, int from, int to) {
        int[] at = this.at;
        char[] words = this.words;
        int[] where = new int[to - from];
        for (int k = from; k < to; k++) {
            int unit = (int) keys[k];
            where[k - from] = unit >= 0 && unit < at.length ? at[unit] : -1;
        }
        int sum = loaded;
        for (int p : where) if (p >= 0) sum += words[p];
        loaded = sum;
    }

    /** As {@link #load(long[], int, int)}, for the units {@code units[0, count)}; their second cache line of words too. */
    void load(int[] units, int count) {
        int[] at = this.at;
        char[] words = this.words;
        int[] where = new int[count];
        for (int k = 0; k < count; k++) {
            int unit = units[k];
            where[k] = unit >= 0 && unit < at.length ? at[unit] : -1;
        }
        int sum = loaded, last = words.length - 1;
        for (int p : where) if (p >= 0) sum += words[p] + words[Math.min(p + 32, last)];
        loaded = sum;
    }

    /** Copies the words of {@code unit} as numbers into {@code into}, which holds at least {@link #length} of them. */
    void words(int unit, int[] into) {
        int p = at[unit];
        char c = words[p++];
        int count = c < 0x8000 ? c : (c & 0x7FFF) << 16 | words[p++];
        for (int i = 0; i < count; i++) {
            c = words[p++];
            into[i] = c < 0x8000 ? c : (c & 0x7FFF) << 16 | words[p++];
        }
    }

    /** The units (read by the pass) with a variant in {@code lang}, as bits by unit id; all clear when none has one. */
    long[] having(String lang) {
        long[] bits = having.get(lang);
        return bits != null ? bits : new long[(at.length >>> 6) + 1];
    }

    /** The arena covers the units up to this id; later ones were added after it was read. */
    int maxId() {
        return at.length - 1;
    }

    /**
     * A query's words in this arena's numbers; a word no unit holds gets a negative number (the same for the same
     * word), so it matches nothing and the table does not grow with queries.
     */
    int[] query(String[] terms) {
        int[] out = new int[terms.length];
        Map<String, Integer> unknown = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            int id = table.find(terms[i]);
            out[i] = id >= 0 ? id : unknown.computeIfAbsent(terms[i], t -> -1 - unknown.size());
        }
        return out;
    }

    /** Heap taken, in bytes. */
    long bytes() {
        long bits = 0;
        for (long[] b : having.values()) bits += 8L * b.length;
        for (long[] b : frequent.values()) bits += 8L * b.length;
        return 2L * words.length + 4L * at.length + 4L * symbolOf.length + bits + (postings == null ? 0 : postings.bytes());
    }

    /** Distinct words numbered. */
    int vocabulary() {
        return table.size();
    }
}
