package org.concord.tm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Concordance: the units holding a phrase, found through word and word-pair postings and confirmed on their text. */
final class ConcordanceSearch {
    private final UnitStore store;
    private final StoredTextDecoder decoder = new StoredTextDecoder();
    /** Tests: runs after candidates are confirmed on their text, before the hits are read in their other languages. */
    Runnable afterConfirming;
    /** Candidates checked and variant rows read, summed while the store is open: benchmarks print them a search. */
    final Checks checks = new Checks();
    /** What the last batch of candidates read of their units. */
    private final CandidateUnits read;

    /**
     * Candidate ids walked in the postings, candidates read from the units (in every language), rows and statements to
     * read them, and candidates the word arena showed to lack the phrase.
     */
    static final class Checks {
        long walked, read, rows, statements, decodedWhole, rejectedInMemory;
    }

    ConcordanceSearch(UnitStore store) {
        this.store = store;
        this.read = new CandidateUnits(store, decoder, checks);
    }

    /**
     * Units whose text in {@code lang} contains {@code text} as a phrase (its words in a row, any case and
     * punctuation between them), oldest first, with the matches' spans and the unit's other languages.
     */
    List<ConcordanceHit> concordance(String text, String lang, int max) {
        String l = LangCodes.normalize(lang);
        String[] phrase = Tokens.terms(text);
        if (phrase.length == 0 || max < 1) return List.of();
        // One read: a hit confirmed on its text in one statement is read in its other languages in another.
        return store.readConsistently(() -> {
            store.index.refresh();
            // Units older than the pair postings are checked on their words only, so a pair drives only when none are.
            int pairsFrom = store.index.pairsFrom();
            WordArena arena = store.index.arenaWithPostings(l);
            Filters inMemory = arena != null ? fromArena(phrase, arena) : null;
            if (inMemory != null) {
                try {
                    return collect(l, phrase, max, pairsFrom, inMemory);
                } catch (PostingCursor.Unordered e) {
                    throw new IllegalStateException("a posting in memory is out of order", e); // the arena's postings ascend
                }
            }
            Index.Chunks chunks = store.index.ascendingChunks(l);
            if (chunks != null) {
                List<PostingCursor> open = new ArrayList<>();
                try {
                    return collect(l, phrase, max, pairsFrom, walked(l, phrase, pairsFrom, chunks, open));
                } catch (PostingCursor.Unordered e) {
                    checks.decodedWhole++;
                    // A row out of the order the chunks promised (a posting older than the word counts): decode whole.
                } finally {
                    for (PostingCursor c : open) c.close();
                }
            }
            try {
                return collect(l, phrase, max, pairsFrom, filters(l, phrase, pairsFrom));
            } catch (PostingCursor.Unordered e) {
                throw new IllegalStateException("a posting in memory is out of order", e); // decoded postings are sorted
            }
        });
    }

    /**
     * The first {@code max} units holding the phrase among the driver's ids: those in every filter's posting, checked
     * on their text. Every word of the phrase, and every pair of neighbouring words: a unit lacking one cannot hold it.
     * The postings are intersected by leapfrogging: a filter's next id above a candidate it lacks is where the driver
     * goes on from, so a rare filter spares walking a frequent driver id by id (and whole rows of it).
     */
    private List<ConcordanceHit> collect(String l, String[] phrase, int max, int pairsFrom, Filters f) throws SQLException, PostingCursor.Unordered {
        List<PostingCursor> postings = new ArrayList<>(f.words());
        List<PostingCursor> pairs = new ArrayList<>(f.pairs());
        if (pairsFrom <= 1) {
            // Every unit has pair postings: words and pairs are one list, rarest first, so the filter that lets the
            // driver jump furthest is asked first.
            postings.addAll(pairs);
            pairs.clear();
            postings.sort(Comparator.comparingInt(PostingCursor::df));
        }
        long walked = 0;
        List<ConcordanceHit> hits = new ArrayList<>();
        int[] batch = new int[UnitStore.BATCH];
        int size = 0;
        long candidates = 0, confirmed = 0;
        confirmedCount = 0;
        // Once fuzzy lookups have read the words of every unit in this language (the word arena), a candidate is
        // checked there first: one that holds the phrase's words but not in a row ("importance of" and "of the" in
        // one sentence, apart) is passed over without reading its rows. At a million UN units such candidates were
        // up to four in five of a slow phrase's, each read in six languages. The texts still confirm every hit.
        WordArena arena = store.index.arenaIfRead(l);
        int[] inArena = arena != null ? arena.query(phrase) : null;
        // Candidates to check on the arena, checked a group at a time (see checkOnArena).
        int[] pending = new int[ARENA_GROUP];
        int waiting = 0;
        PostingCursor driver = f.driver();
        // Candidates a batch reads: it changes only when a batch is read, so it is worked out then, not for each id walked.
        int wanted = batchSize(max, 0, 0);
        for (int id = driver.next(); ; ) {
            boolean last = id == PostingCursor.END;
            int onFrom = id;
            if (!last) {
                checks.walked++;
                walked++;
                onFrom = firstLacking(postings, id, walked);
                if (onFrom == id && id >= pairsFrom) onFrom = firstLacking(pairs, id, walked);
                if (onFrom == id) {
                    if (inArena != null) pending[waiting++] = id;
                    else batch[size++] = id;
                }
            }
            // While most candidates hold the phrase (most phrases), each batch is read in every language at once. Once
            // a third of them have not, candidates are first confirmed on their text in the searched language alone
            // (one row each) and only the hits are read in the others: one that only seemed to hold the phrase then
            // costs one row, not six. A batch is as large as the hits still wanted need at the share confirmed so far.
            if (waiting > 0 && (waiting == pending.length || last || size + waiting >= wanted)) {
                size = checkOnArena(arena, inArena, pending, waiting, batch, size);
                waiting = 0;
            }
            if (size >= wanted || (last && size > 0)) {
                int before = hits.size();
                if (confirmed * 3 >= candidates * 2) {
                    read.read(l, batch, size, false);
                    for (int k = 0; k < size && hits.size() < max; k++) {
                        int row = read.row(k, l);
                        if (row < 0) continue;
                        String held = decoder.text(read.texts[row]);
                        List<ConcordanceHit.Span> spans = phraseSpans(held, phrase);
                        if (!spans.isEmpty()) hits.add(new ConcordanceHit(batch[k], l, held, spans, read.symbols[k], read.variants(k, l, held, row)));
                    }
                    checks.read += size;
                    candidates += size;
                    confirmed += hits.size() - before;
                } else {
                    candidates += size;
                    confirmed += confirm(l, phrase, batch, size);
                    if (afterConfirming != null) afterConfirming.run();
                    readHits(l, max, hits);
                }
                size = 0;
                wanted = batchSize(max - hits.size(), candidates, confirmed);
            }
            if (last || hits.size() >= max) return hits;
            id = onFrom == id ? driver.next() : driver.advance(onFrom);
        }
    }

    /**
     * The candidates to confirm at once for {@code wanted} more hits: that many, scaled by how many candidates each hit
     * took so far, and a few more for units that only seem to hold the phrase unless every candidate so far held it
     * (four spare units read in six languages were 4% of a search's rows); at most a statement's worth.
     */
    private static int batchSize(int wanted, long candidates, long confirmed) {
        long needed = confirmed > 0 ? wanted * candidates / confirmed : candidates > 0 ? UnitStore.BATCH : wanted;
        return (int) Math.min(UnitStore.BATCH, needed + (candidates > 0 && confirmed == candidates ? 0 : 4));
    }

    /** Candidates checked on the arena at once. */
    private static final int ARENA_GROUP = 32;

    /**
     * Checks the {@code count} candidates of {@code pending} (ascending) on the arena for the phrase ({@code phrase} in
     * its numbers) and appends those holding it, and those after the arena's last unit, to {@code batch} from
     * {@code size} on; returns the new size. Their places and first words are loaded first, so that their cache misses
     * overlap: one at a time, a check cost ~0.9 µs at ten million units (two misses in arrays of hundreds of megabytes),
     * and a phrase of a rare word beside a frequent one ("150, and") checked 15,000 candidates.
     */
    private int checkOnArena(WordArena arena, int[] phrase, int[] pending, int count, int[] batch, int size) {
        arena.load(pending, count);
        int maxId = arena.maxId();
        for (int k = 0; k < count; k++) {
            int id = pending[k];
            if (id > maxId || holds(arena, id, phrase)) batch[size++] = id;
            else checks.rejectedInMemory++;
        }
        return size;
    }

    /** Words of a unit taken out of the arena, kept from one candidate to the next. */
    private int[] unitWords = new int[64];

    /**
     * Whether {@code unit}'s words in the arena hold {@code phrase} (the phrase's words in the arena's numbers) in a row:
     * as {@link #phraseSpans} finds them on its text, as both number the words {@link Tokens#scan} gives.
     */
    private boolean holds(WordArena arena, int unit, int[] phrase) {
        int n = arena.length(unit);
        if (n < phrase.length) return false;
        int[] words = unitWords = arena.words(unit, n, unitWords);
        int first = phrase[0];
        outer:
        for (int i = 0, end = n - phrase.length; i <= end; i++) {
            if (words[i] != first) continue;
            for (int j = 1; j < phrase.length; j++) if (words[i + j] != phrase[j]) continue outer;
            return true;
        }
        return false;
    }

    /**
     * {@code id} when every filter holds it, else the id the first filter lacking it holds next ({@link PostingCursor#END}
     * when that one has no more): no unit between them is in that filter. A filter read row by row that has decoded more
     * than {@link #WALKED_FILTER_RATIO} ids for each of the {@code walked} driver's (and a start) is dropped: it is dense
     * where the driver is sparse, and the texts confirm every hit anyway, so no filter changes which units are hits.
     */
    private static int firstLacking(List<PostingCursor> filters, int id, long walked) throws SQLException, PostingCursor.Unordered {
        for (int j = 0; j < filters.size(); j++) {
            PostingCursor c = filters.get(j);
            int at = c.advance(id);
            if (c.decodedIds() > FILTER_START + walked * WALKED_FILTER_RATIO) filters.remove(j--);
            if (at != id) return at;
        }
        return id;
    }

    /** The phrase's distinct words, rarest first; their frequencies go into {@code dfs} (a posting in memory's own, else the stored count). */
    private List<String> rarestFirst(String lang, String[] phrase, Map<String, Integer> dfs) throws SQLException {
        List<String> words = new ArrayList<>(new java.util.LinkedHashSet<>(List.of(phrase)));
        for (String w : words) {
            Index.Posting cached = store.index.cachedPosting(lang, w);
            dfs.put(w, cached != null ? cached.df() : store.index.df(lang, w));
        }
        words.sort(Comparator.comparingInt(dfs::get));
        return words;
    }

    /** Ids a filter read row by row may decode before it is held to {@link #WALKED_FILTER_RATIO}. */
    private static final int FILTER_START = 16_384;

    /**
     * As {@link #filters}, the postings walked row by row where the chunks ascend ({@code chunks}): the driver is read
     * only up to the last candidate the hits need, each filter only up to the candidate checked. A pair's df is
     * estimated from its first row (its group's rows hold 32 buckets each: counting one bucket in all of them read a
     * few megabytes at ten million units). Cursors opened are added to {@code open}, for the caller to close.
     */
    private Filters walked(String lang, String[] phrase, int pairsFrom, Index.Chunks chunks, List<PostingCursor> open) throws SQLException, PostingCursor.Unordered {
        Index index = store.index;
        Map<String, Integer> dfs = new HashMap<>();
        List<String> words = rarestFirst(lang, phrase, dfs);
        List<PostingCursor> pairs = new ArrayList<>();
        java.util.Set<Integer> buckets = new java.util.HashSet<>();
        if (pairsFrom < Integer.MAX_VALUE) {
            for (int i = 0; i + 1 < phrase.length; i++) {
                if (!buckets.add(Index.pairBucket(phrase[i], phrase[i + 1]))) continue; // the same bucket twice: one filter
                PostingCursor c = index.pairCursor(lang, phrase[i], phrase[i + 1], chunks);
                open.add(c);
                pairs.add(c);
            }
        }
        pairs.sort(Comparator.comparingInt(PostingCursor::df));
        boolean pairDrives = pairsFrom <= 1 && !pairs.isEmpty() && pairs.get(0).df() < dfs.get(words.get(0));
        PostingCursor driver = pairDrives ? pairs.remove(0) : null;
        // Once fuzzy lookups have read the word arena, a candidate is checked there for the phrase's words in a row,
        // which is what the pairs filter for: their rows (as many as a frequent word's, ~150 at ten million units) are
        // then read only when a pair drives. And its most frequent words are bits there: such a filter costs a bit test
        // a candidate, not its stored rows read as far as the walk goes. At ten million UN units, the slowest tenth of
        // the phrases stepped 305 posting rows each against 348 with the pairs and those words' rows.
        WordArena arena = index.arenaIfRead(lang);
        if (arena != null && !pairDrives) pairs.clear();
        long limit = (long) (pairDrives ? driver.df() : dfs.get(words.get(0))) * WALKED_FILTER_RATIO;
        List<PostingCursor> wordCursors = new ArrayList<>();
        int[] numbers = arena != null ? arena.query(words.toArray(String[]::new)) : null;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            long[] bits = driver != null && numbers != null ? arena.frequentBits(numbers[k]) : null;
            if (bits != null) {
                wordCursors.add(PostingCursor.ofBits(bits, arena.maxId(), dfs.get(w)));
            } else if (driver == null || index.cachedPosting(lang, w) != null || dfs.get(w) <= limit) {
                PostingCursor c = index.wordCursor(lang, w, chunks);
                open.add(c);
                if (driver == null) driver = c;
                else wordCursors.add(c);
            }
        }
        // Pairs all filter (a pair is what tells "of the" in a row from "of" and "the" apart); inAll drops any too dense.
        return new Filters(driver, wordCursors, pairs);
    }

    /**
     * The postings from the word arena's own ({@link WordArena#cursor}), none read from disk, each walked only as far as
     * the search goes: the rarest word drives, each other word filters (as bits when the arena keeps it so); no pair
     * filters, since the arena checks that the words stand in a row. Null when every word of the phrase is kept as
     * bits: a rare pair of frequent words ("of the") then leads, from disk.
     */
    private static Filters fromArena(String[] phrase, WordArena arena) {
        // The phrase's distinct words as the arena numbers them (a word no unit holds: negative, count 0), rarest first.
        int[] numbers = java.util.Arrays.stream(arena.query(new java.util.LinkedHashSet<>(List.of(phrase)).toArray(String[]::new)))
            .boxed().sorted(Comparator.comparingInt(arena::df)).mapToInt(Integer::intValue).toArray();
        PostingCursor driver = arena.cursor(numbers[0]);
        if (driver == null) return null;
        List<PostingCursor> filters = new ArrayList<>();
        for (int k = 1; k < numbers.length; k++) {
            long[] bits = arena.frequentBits(numbers[k]);
            filters.add(bits != null ? PostingCursor.ofBits(bits, arena.maxId(), arena.df(numbers[k])) : arena.cursor(numbers[k]));
        }
        return new Filters(driver, filters, List.of());
    }

    /**
     * Walked row by row, a word filter this many times as frequent as the driver decodes about this many ids for each
     * the driver walks (less, where it passes over rows), against some 6 rows read for each candidate it would have
     * let through: it is worth more than when decoded whole, as only the ids up to the last hit are decoded.
     */
    private static final int WALKED_FILTER_RATIO = 128;

    /** A word or pair this many times as frequent as the rarest is read only when already in memory (see filters). */
    private static final int FILTER_RATIO = 8;

    /**
     * The posting whose ids are walked ({@code driver}: the rarest word, or the rarest pair when every unit has pair
     * postings) and the other postings each candidate must be in, rarest first.
     */
    private record Filters(PostingCursor driver, List<PostingCursor> words, List<PostingCursor> pairs) {}

    /**
     * The postings worth reading: the rarest word or pair, each other at most {@link #FILTER_RATIO} times as frequent
     * as it, and any other already in memory. A frequent word ("the" is in most UN English units) or pair ("of the")
     * costs a decode of that many ids and 4 bytes of fresh heap an id on first use, more than its few rejected
     * candidates cost to read; the texts confirm every hit anyway, so which are read changes no hit. Frequencies come
     * from the stored counts, so a posting left out is never decoded.
     */
    private Filters filters(String lang, String[] phrase, int pairsFrom) throws SQLException {
        Index index = store.index;
        Map<String, Integer> dfs = new HashMap<>();
        List<String> words = rarestFirst(lang, phrase, dfs);
        int[] pairDfs = new int[phrase.length - 1];
        Integer[] pairOrder = new Integer[phrase.length - 1];
        for (int i = 0; i < pairDfs.length; i++) {
            pairDfs[i] = index.pairDf(lang, phrase[i], phrase[i + 1]);
            pairOrder[i] = i;
        }
        java.util.Arrays.sort(pairOrder, Comparator.comparingInt(i -> pairDfs[i]));
        boolean pairDrives = pairsFrom <= 1 && pairOrder.length > 0 && pairDfs[pairOrder[0]] < dfs.get(words.get(0));
        long limit = (long) (pairDrives ? pairDfs[pairOrder[0]] : dfs.get(words.get(0))) * FILTER_RATIO;
        Index.Posting driver = null;
        List<Index.Posting> wordPostings = new ArrayList<>();
        for (String w : words) {
            Index.Posting cached = index.cachedPosting(lang, w);
            boolean drives = !pairDrives && driver == null;
            if (drives) driver = index.posting(lang, w);
            else if (cached != null) wordPostings.add(cached);
            else if (dfs.get(w) <= limit) wordPostings.add(index.posting(lang, w));
        }
        List<Index.Posting> pairPostings = new ArrayList<>();
        for (int i : pairOrder) {
            String first = phrase[i], second = phrase[i + 1];
            if (pairDrives && driver == null) driver = index.pairPosting(lang, first, second);
            else if (index.cachedPairPosting(lang, first, second) != null || pairDfs[i] <= limit) pairPostings.add(index.pairPosting(lang, first, second));
        }
        wordPostings.sort(Comparator.comparingInt(Index.Posting::df));
        pairPostings.sort(Comparator.comparingInt(Index.Posting::df));
        return new Filters(PostingCursor.of(driver), wordPostings.stream().map(PostingCursor::of).toList(), pairPostings.stream().map(PostingCursor::of).toList());
    }

    /**
     * Candidates confirmed on their text and not yet read in every language, ascending: their ids, texts in the searched
     * language and the phrase's spans there. At most a batch: {@link #readHits} takes them after each confirmation.
     */
    private final int[] confirmedIds = new int[UnitStore.BATCH];
    private final String[] confirmedTexts = new String[UnitStore.BATCH];
    @SuppressWarnings("unchecked")
    private final List<ConcordanceHit.Span>[] confirmedSpans = new List[UnitStore.BATCH];
    private int confirmedCount;

    /**
     * Reads the first {@code size} candidates of {@code ids} (ascending) in {@code lang} only, in one statement, and
     * keeps those whose text holds the phrase as {@link #confirmedIds}; returns how many do. Rows come back in the
     * IN list's order or another: a candidate is found by position in {@code ids}, not in a map of boxed ids.
     */
    private int confirm(String lang, String[] phrase, int[] ids, int size) throws SQLException {
        checks.read += size;
        int width = UnitStore.inListWidth(size);
        PreparedStatement ps = store.statement("SELECT unit_id, text FROM tm_variant WHERE lang = ? AND unit_id" + UnitStore.inList(width));
        ps.setString(1, lang);
        UnitStore.setIds(ps, 2, width, ids, size);
        java.util.Arrays.fill(confirmedTexts, 0, size, null);
        int found = 0;
        checks.statements++;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int at = java.util.Arrays.binarySearch(ids, 0, size, rs.getInt(1));
                checks.rows++;
                if (at < 0) continue;
                String held = decoder.text(rs.getBytes(2));
                List<ConcordanceHit.Span> spans = phraseSpans(held, phrase);
                if (spans.isEmpty()) continue;
                confirmedTexts[at] = held;
                confirmedSpans[at] = spans;
                found++;
            }
        }
        confirmedCount = 0;
        for (int k = 0; k < size; k++) {
            if (confirmedTexts[k] == null) continue;
            confirmedIds[confirmedCount] = ids[k];
            confirmedTexts[confirmedCount] = confirmedTexts[k];
            confirmedSpans[confirmedCount++] = confirmedSpans[k];
        }
        return found;
    }

    /**
     * Adds the confirmed candidates to {@code hits}, oldest first, up to {@code max}: each read in its other languages
     * and with its document symbol (as many at once as hits are still wanted; a unit gone since is passed over).
     */
    private void readHits(String lang, int max, List<ConcordanceHit> hits) throws SQLException {
        int from = 0;
        while (from < confirmedCount && hits.size() < max) {
            int n = Math.min(confirmedCount - from, max - hits.size());
            int[] ids = from == 0 ? confirmedIds : java.util.Arrays.copyOfRange(confirmedIds, from, from + n);
            read.read(lang, ids, n, true);
            for (int k = 0; k < n; k++) {
                if (!read.found[k]) continue;
                String held = confirmedTexts[from + k];
                hits.add(new ConcordanceHit(ids[k], lang, held, confirmedSpans[from + k], read.symbols[k], read.variants(k, lang, held, -1)));
            }
            from += n;
        }
        confirmedCount = 0;
    }

    /** The spans of {@code text} where the phrase's words stand in a row (any case and punctuation between them). */
    static List<ConcordanceHit.Span> phraseSpans(String text, String[] phrase) {
        if (phrase.length > 64) return longPhraseSpans(text, phrase);
        PhraseMatcher m = new PhraseMatcher(phrase);
        Tokens.scan(text, m);
        return m.spans;
    }

    /** As {@link #phraseSpans}, for a phrase too long for {@link PhraseMatcher}'s bit set, on the text's token list. */
    private static List<ConcordanceHit.Span> longPhraseSpans(String text, String[] phrase) {
        List<Tokens.Token> tokens = Tokens.of(text);
        List<ConcordanceHit.Span> spans = new ArrayList<>();
        outer:
        for (int i = 0; i + phrase.length <= tokens.size(); i++) {
            for (int j = 0; j < phrase.length; j++) if (!tokens.get(i + j).term().equals(phrase[j])) continue outer;
            spans.add(new ConcordanceHit.Span(tokens.get(i).start(), tokens.get(i + phrase.length - 1).end()));
        }
        return spans;
    }

    /**
     * Follows the words of a text as {@link Tokens#scan} finds them, keeping which phrase prefixes end at the last word:
     * no token list and no lower-case copy of each ASCII word (the texts of a hundred hits were a quarter of a search).
     */
    private static final class PhraseMatcher implements Tokens.Sink {
        private final String[] phrase;
        /** Bit j: the last j + 1 words are the phrase's first j + 1 (phrases of at most 64 words). */
        private long prefixes;
        /** Where the last phrase.length words start, by word number modulo phrase.length. */
        private final int[] starts;
        private int words;
        final List<ConcordanceHit.Span> spans = new ArrayList<>();

        PhraseMatcher(String[] phrase) {
            this.phrase = phrase;
            this.starts = new int[phrase.length];
        }

        @Override
        public void word(String text, int start, int end, String term) {
            int k = phrase.length;
            starts[words++ % k] = start;
            long next = 0;
            for (int j = k - 1; j >= 0; j--) {
                if ((j == 0 || (prefixes & (1L << (j - 1))) != 0) && same(text, start, end, term, phrase[j])) next |= 1L << j;
            }
            prefixes = next;
            if ((next & (1L << (k - 1))) != 0) spans.add(new ConcordanceHit.Span(starts[words % k], end));
        }

        /** Whether the word [start, end) of text, normalised as {@link Tokens} does ({@code term}, or null: ASCII lower case), is {@code want}. */
        private static boolean same(String text, int start, int end, String term, String want) {
            if (term != null) return term.equals(want);
            if (end - start != want.length()) return false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != want.charAt(i - start)) return false;
            }
            return true;
        }
    }
}
