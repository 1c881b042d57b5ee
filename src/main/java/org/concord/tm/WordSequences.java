package org.concord.tm;

import java.util.HashMap;
import java.util.Map;

/**
 * Candidates' words as numbers, kept once read: a memory of UN sentences holds hundreds of near copies of a sentence,
 * and lookups of related sentences read the same ones again (at a million units a fifth of a benchmark's candidate
 * reads had been read by an earlier lookup). A kept sequence is scored without the database or the tokeniser. Numbers
 * come from one {@link WordTable}, so the same word has the same number in a query and in every kept candidate.
 * Dropped with the rest of the {@link Index} when the database changes.
 */
final class WordSequences {
    /** Word numbers kept at most (about 50 MB with the map's entries, whatever the memory's size); past it the cache starts over. */
    private static final long MAX_KEPT_WORDS = 8_000_000;

    private final WordTable table = new WordTable();
    private final Map<String, Map<Integer, int[]>> kept = new HashMap<>(); // by language, then unit
    private long keptWords;

    /**
     * Called before a lookup numbers its query: a table grown past {@link WordTable#MAX_WORDS} starts over here, never
     * in the middle of a lookup, whose query and candidates must be numbered by the same table.
     */
    void startLookup() {
        if (table.size() >= WordTable.MAX_WORDS) clear();
    }

    /** The words of {@code text} as numbers (not kept). */
    int[] words(String text) {
        return table.words(text).terms();
    }

    /** The kept words of {@code unit}'s variant in {@code lang}, or null. */
    int[] get(String lang, int unit) {
        Map<Integer, int[]> units = kept.get(lang);
        return units == null ? null : units.get(unit);
    }

    /** The words of {@code text}, {@code unit}'s variant in {@code lang}, as numbers, kept for the next lookups. */
    int[] keep(String lang, int unit, String text) {
        int[] words = words(text);
        if (keptWords + words.length > MAX_KEPT_WORDS) {
            kept.clear();
            keptWords = 0;
        }
        kept.computeIfAbsent(lang, l -> new HashMap<>()).put(unit, words);
        keptWords += words.length;
        return words;
    }

    /** Forgets every sequence and word number (numbers kept would no longer match the words). */
    void clear() {
        kept.clear();
        keptWords = 0;
        table.clear();
    }
}
