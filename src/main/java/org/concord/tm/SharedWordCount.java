package org.concord.tm;

/**
 * How many of the query's words each unit met in their postings holds, for the fuzzy lookup that reads candidates'
 * rows (the one over the word arena counts a block of ids at a time: {@link BlockWordCount}). A unit whose length alone keeps it below the threshold
 * is set aside when first met; the others are counted in an accumulator indexed by unit id, which a pass leaves zeroed
 * for the next one (the caller zeroes the counts it reads).
 */
final class SharedWordCount {
    final int[] accumulator;
    /** The units met and still counted, in the order met. */
    final FuzzySearch.IntList touched = new FuzzySearch.IntList();
    private final FuzzySearch.IntList setAside = new FuzzySearch.IntList();
    private final int[] lengths;
    private final int n, shortest, longestAllowed;

    /**
     * @param lengths each unit's length in words (-1 unknown); units shorter than {@code shortest} or longer than
     *                {@code longestAllowed} are set aside when met
     */
    SharedWordCount(int[] accumulator, int[] lengths, int n, int shortest, int longestAllowed) {
        this.accumulator = accumulator;
        this.lengths = lengths;
        this.n = n;
        this.shortest = shortest;
        this.longestAllowed = longestAllowed;
    }

    int length(int id) {
        return id < lengths.length ? lengths[id] : -1;
    }

    /** Adds {@code c} (the word's occurrences in the query) to every unit of a posting walked before any is dropped. */
    void countMeeting(int[] ids, int c) {
        for (int id : ids) {
            if (id >= accumulator.length) continue; // added by another process since refresh
            int a = accumulator[id];
            if (a > 0) {
                accumulator[id] = a + c;
            } else if (a == 0) {
                int m = length(id);
                if (m >= 0 && (m < shortest || m > longestAllowed)) {
                    accumulator[id] = -1;
                    setAside.add(id);
                } else {
                    accumulator[id] = c;
                    touched.add(id);
                }
            }
        }
    }

    /** Adds {@code c} to the units still counted that a posting holds; it meets no new ones. */
    void countKept(int[] ids, int c) {
        for (int id : ids) {
            if (id < accumulator.length && accumulator[id] > 0) accumulator[id] += c;
        }
    }

    /** Ends the walks that meet units: those set aside for their length go back to 0. */
    void endMeeting() {
        for (int k = 0; k < setAside.size; k++) accumulator[setAside.a[k]] = 0;
        setAside.size = 0;
    }

    /**
     * Query words (of {@code n}) a unit of {@code m} words (-1: unknown) must hold to score {@code t}: at least
     * {@code need}, and t% of the longer of the two, as the distance is at least the words the longer has over them.
     */
    static int needAtLength(int n, int m, int need, int t) {
        return m < 0 ? need : Math.max(need, (t * Math.max(n, m) + 99) / 100);
    }

    /**
     * Keeps the units whose shared words, counted ones plus every word not counted, could still reach {@code t} at
     * their length; the others' counts go back to 0. Returns how many are kept.
     */
    int keepReachable(int uncounted, int need, int t) {
        int kept = 0;
        for (int k = 0; k < touched.size; k++) {
            int id = touched.a[k];
            int m = length(id);
            int needHere = needAtLength(n, m, need, t);
            if (accumulator[id] + uncounted >= needHere) touched.a[kept++] = id;
            else accumulator[id] = 0;
        }
        touched.size = kept;
        return kept;
    }
}
