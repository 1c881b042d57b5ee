package org.concord.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;

/**
 * The recogniser folds case, diacritics and hyphens, so "État membre" and "État Membre", "Al-Qaïda" and "Al-Qaida",
 * "non-state actor" and "non-State actor" are one match to it – yet the termbase marks one of each pair deprecated.
 * This picks, among the concept's terms, the one written most like the text: words and separators are compared
 * position by position, so that differing endings (inflection) do not count against a term.
 */
final class WrittenForm {
    /** Pieces of termbase terms, cut once: the same terms are resolved again and again. */
    private static final Map<String, List<String>> TERM_PIECES = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    private WrittenForm() {}

    /** The occurrence with its term replaced by the concept's term written most like {@code text}'s span. */
    static TermOccurrence resolve(TermOccurrence o, String text, String lang) {
        if (!hasOtherSpelling(o, lang)) return o; // nothing to choose from
        List<String> surface = pieces(text.substring(o.start(), o.end()));
        Term best = o.term();
        int bestScore = score(surface, termPieces(best.text()));
        for (Term t : o.concept().terms()) {
            if (!t.lang().equals(lang)) continue;
            int s = score(surface, termPieces(t.text()));
            if (s > bestScore) {
                best = t;
                bestScore = s;
            }
        }
        return best == o.term() ? o : new TermOccurrence(o.concept(), best, o.start(), o.end());
    }

    private static boolean hasOtherSpelling(TermOccurrence o, String lang) {
        for (Term t : o.concept().terms()) {
            if (t.lang().equals(lang) && !t.text().equals(o.term().text())) return true;
        }
        return false;
    }

    private static List<String> termPieces(String term) {
        List<String> p = TERM_PIECES.get(term);
        if (p == null) {
            p = List.copyOf(pieces(term));
            if (TERM_PIECES.size() < CACHE_LIMIT) TERM_PIECES.put(term, p);
        }
        return p;
    }

    /** Characters identical at the same place in corresponding pieces; -1 when the pieces do not correspond. */
    private static int score(List<String> a, List<String> b) {
        if (a.size() != b.size()) return -1;
        int score = 0;
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            for (int j = 0; j < Math.min(x.length(), y.length()); j++) if (x.charAt(j) == y.charAt(j)) score++;
        }
        return score;
    }

    /** Runs of letters and digits, and each separator character on its own: "non-State actor" → non, -, State, ␠, actor. */
    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
            if (j == i) j = i + 1;
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }
}
