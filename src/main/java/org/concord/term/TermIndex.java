package org.concord.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;

/**
 * In-memory indexes over every term, per language: normalised key (exact matches are normalised matches with the
 * same text), sorted keys for prefixes, a word vocabulary for typo tolerance, and a trie of stem sequences that serves
 * both stemmed lookup and the recognition of terms in running text.
 * Recognition walks the trie from each word of the text, so its cost depends on the text and the length of the
 * longest term, not on how many terms there are. Immutable once built; safe to share between threads.
 */
final class TermIndex implements TermLookup, TermRecognizer {

    /** One term of one concept with its normalised key. */
    private record Item(Concept concept, Term term, String norm, String tail) {
        Item(Concept concept, Term term, String norm) {
            this(concept, term, norm, trailingPunctuation(term.text()));
        }
    }

    private final Map<String, LangIndex> langs = new LinkedHashMap<>();

    TermIndex(List<Concept> concepts) {
        for (Concept c : concepts) {
            for (Term t : c.terms()) {
                LangIndex li = langs.computeIfAbsent(t.lang(), LangIndex::new);
                li.add(c, t);
            }
        }
        langs.values().forEach(LangIndex::seal);
    }

    // ---- lookup ----

    @Override
    public List<LookupHit> lookup(String query, String lang, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || limit <= 0) return List.of();
        List<LangIndex> scope = lang == null ? List.copyOf(langs.values())
            : langs.containsKey(TextAnalyzer.language(lang)) ? List.of(langs.get(TextAnalyzer.language(lang))) : List.of();
        Map<String, LookupHit> best = new LinkedHashMap<>();
        for (LangIndex li : scope) li.normalisedAndStemmed(q, best);
        for (LangIndex li : scope) li.prefix(q, best, limit);
        // Typo tolerance is for queries that match nothing as typed; prefix hits do not count as such a match.
        boolean matched = best.values().stream().anyMatch(h -> h.kind() != LookupHit.MatchKind.PREFIX);
        if (!matched && best.size() < limit) {
            for (LangIndex li : scope) li.fuzzy(q, best);
        }
        return best.values().stream().sorted(RANKING).limit(limit).toList();
    }

    private static final Comparator<LookupHit> RANKING = Comparator
        .comparing(LookupHit::kind)
        .thenComparing(Comparator.comparingDouble(LookupHit::score).reversed())
        .thenComparing(h -> h.matched().status())
        .thenComparing(h -> h.matched().text());

    /** Keeps the best hit per concept. */
    private static void offer(Map<String, LookupHit> best, Item i, LookupHit.MatchKind kind, double score) {
        LookupHit hit = new LookupHit(i.concept, i.term, kind, score);
        best.merge(i.concept.id(), hit, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b);
    }

    // ---- recognition ----

    @Override
    public List<TermOccurrence> find(String text, String lang) {
        return recognise(text, lang, false);
    }

    @Override
    public List<TermOccurrence> findSenses(String text, String lang) {
        return recognise(text, lang, true);
    }

    private List<TermOccurrence> recognise(String text, String lang, boolean senses) {
        LangIndex li = langs.get(TextAnalyzer.language(lang));
        if (li == null || text == null || text.isEmpty()) return List.of();
        int[] bounds = li.analyzer.bounds(text);
        int words = bounds.length / 2;
        int[][] ids = new int[words][];
        for (int k = 0; k < words; k++) ids[k] = li.stemIds(text.substring(bounds[2 * k], bounds[2 * k + 1]));
        List<TermOccurrence> out = new ArrayList<>();
        int i = 0;
        Match m = new Match();
        while (i < words) {
            m.last = -1;
            m.item = null;
            li.walk(StemTrie.ROOT, ids, i, m);
            if (m.item != null) {
                int start = bounds[2 * i];
                int end = bounds[2 * m.last + 1];
                String tail = m.item.tail;
                if (!tail.isEmpty() && text.startsWith(tail, end)) end += tail.length(); // "(2004)" keeps its ")"
                out.add(new TermOccurrence(m.item.concept, m.item.term, start, end));
                if (senses) {
                    for (Item other : li.sharing(m.node, m.item)) {
                        out.add(new TermOccurrence(other.concept, other.term, start, end));
                    }
                }
                i = m.last + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String trailingPunctuation(String term) {
        int k = term.length();
        while (k > 0 && !Character.isLetterOrDigit(term.charAt(k - 1)) && !Character.isWhitespace(term.charAt(k - 1))) k--;
        return term.substring(k);
    }

    private static final class Match {
        int last = -1;
        int node;
        Item item;
    }

    /** Everything indexed for one language. */
    private static final class LangIndex {
        private static final LevenshteinDistance[] WITHIN = {
            new LevenshteinDistance(0), new LevenshteinDistance(1), new LevenshteinDistance(2), new LevenshteinDistance(3)};

        final String lang;
        final TextAnalyzer analyzer;
        final Map<String, List<Item>> byNorm = new HashMap<>();
        final Map<String, List<Item>> byWord = new HashMap<>();
        final StemTrie trie = new StemTrie();
        /** Per trie node: the term recognised when a walk ends there, and every term with that stem sequence. */
        private final List<Item> recognised = new ArrayList<>();
        private final List<List<Item>> withStems = new ArrayList<>();
        private final List<Item> all = new ArrayList<>();
        private Item[] sorted;
        private String[] sortedNorms;
        /** Vocabulary words under themselves and under each one-letter deletion: typo candidates by hashing. */
        private final Map<String, List<String>> deletions = new HashMap<>();
        /** Words of recognised texts → their stem numbers ({@link #stemIds}); bounded as the analyzer's cache is. */
        private final Map<String, int[]> wordIds = new ConcurrentHashMap<>();
        private static final int WORD_IDS_LIMIT = 200_000;
        private static final int[] NO_IDS = new int[0];

        LangIndex(String lang) {
            this.lang = lang;
            this.analyzer = TextAnalyzer.forLanguage(lang);
        }

        Item add(Concept c, Term t) {
            List<Token> tokens = analyzer.tokens(t.text());
            if (tokens.isEmpty()) return null;
            StringBuilder norm = new StringBuilder();
            for (Token tok : tokens) {
                if (!norm.isEmpty()) {
                    norm.append(' ');
                }
                norm.append(tok.norm());
            }
            Item item = new Item(c, t, norm.toString());
            all.add(item);
            byNorm.computeIfAbsent(item.norm, k -> new ArrayList<>(1)).add(item);
            for (Token tok : tokens) {
                List<Item> posting = byWord.computeIfAbsent(tok.norm(), k -> new ArrayList<>(1));
                if (posting.isEmpty() || posting.get(posting.size() - 1) != item) posting.add(item);
            }
            int n = StemTrie.ROOT;
            for (Token tok : tokens) n = trie.childOrNew(n, tok.stem());
            while (recognised.size() < trie.nodeCount()) {
                recognised.add(null);
                withStems.add(null);
            }
            // An approved rendering wins a key shared with a deprecated one of another concept.
            Item current = recognised.get(n);
            if (current == null || (!current.term.status().approved() && t.status().approved())) recognised.set(n, item);
            if (withStems.get(n) == null) withStems.set(n, new ArrayList<>(1));
            withStems.get(n).add(item);
            return item;
        }

        void seal() {
            all.sort(Comparator.comparing(Item::norm));
            sorted = all.toArray(Item[]::new);
            sortedNorms = Arrays.stream(sorted).map(Item::norm).toArray(String[]::new);
            all.clear();
            for (String w : byWord.keySet()) {
                if (w.length() < 3) continue;
                deletions.computeIfAbsent(w, k -> new ArrayList<>(1)).add(w);
                for (String d : deletes(w)) {
                    List<String> list = deletions.computeIfAbsent(d, k -> new ArrayList<>(1));
                    if (!list.contains(w)) list.add(w);
                }
            }
        }

        private static List<String> deletes(String w) {
            List<String> out = new ArrayList<>(w.length());
            for (int i = 0; i < w.length(); i++) out.add(w.substring(0, i) + w.substring(i + 1));
            return out;
        }

        /**
         * The stem numbers of a word's readings (as written: the analyzer's stems of it), only those some term has:
         * none for most words of a text, whose walks then end at once. Remembered per word, as the analyzer's stems are.
         */
        int[] stemIds(String word) {
            int[] ids = wordIds.get(word);
            if (ids != null) return ids;
            List<String> stems = analyzer.stems(word);
            int[] found = new int[stems.size()];
            int n = 0;
            for (String s : stems) {
                int id = trie.stem(s);
                if (id != StemTrie.NONE) found[n++] = id;
            }
            ids = n == 0 ? NO_IDS : Arrays.copyOf(found, n);
            if (wordIds.size() < WORD_IDS_LIMIT) wordIds.put(word, ids);
            return ids;
        }

        void walk(int node, int[][] ids, int j, Match m) {
            if (j >= ids.length) return;
            for (int sid : ids[j]) {
                int child = trie.child(node, sid);
                if (child == StemTrie.NONE) continue;
                Item item = recognised.get(child);
                if (item != null && j > m.last) {
                    m.last = j;
                    m.item = item;
                    m.node = child;
                }
                walk(child, ids, j + 1, m);
            }
        }

        /** The approved terms of other concepts written as {@code item} (same normalised form) at trie node {@code node}. */
        List<Item> sharing(int node, Item item) {
            List<Item> with = withStems.get(node);
            if (with == null || with.size() < 2) return List.of();
            List<Item> out = new ArrayList<>(1);
            for (Item i : with) {
                if (i.concept != item.concept && i.term.status().approved() && i.norm.equals(item.norm)
                    && out.stream().noneMatch(o -> o.concept == i.concept)) out.add(i);
            }
            return out;
        }

        void normalisedAndStemmed(String q, Map<String, LookupHit> best) {
            List<Token> tokens = analyzer.tokens(q);
            if (tokens.isEmpty()) return;
            String norm = join(tokens, false);
            for (Item i : byNorm.getOrDefault(norm, List.of())) {
                offer(best, i, i.term.text().equals(q) ? LookupHit.MatchKind.EXACT : LookupHit.MatchKind.NORMALISED, 1.0);
            }
            int n = StemTrie.ROOT;
            for (int k = 0; k < tokens.size() && n != StemTrie.NONE; k++) n = trie.child(n, trie.stem(tokens.get(k).stem()));
            if (n != StemTrie.NONE && withStems.get(n) != null) {
                for (Item i : withStems.get(n)) offer(best, i, LookupHit.MatchKind.STEMMED, 1.0);
            }
        }

        void prefix(String q, Map<String, LookupHit> best, int limit) {
            String norm = analyzer.normalise(q);
            if (norm.length() < 2) return;
            int from = Arrays.binarySearch(sortedNorms, norm);
            if (from < 0) from = -from - 1;
            int taken = 0;
            for (int k = from; k < sortedNorms.length && sortedNorms[k].startsWith(norm) && taken < 4 * limit; k++, taken++) {
                if (sortedNorms[k].length() == norm.length()) continue; // equal keys were NORMALISED hits
                offer(best, sorted[k], LookupHit.MatchKind.PREFIX, (double) norm.length() / sortedNorms[k].length());
            }
        }

        /**
         * Typos: each query word of four letters or more is corrected against the vocabulary (edit distance 1, or 2
         * from eight letters, candidates found by symmetric deletion and checked with Commons Text's Levenshtein
         * distance); the terms holding the rarest corrected word are then compared whole with the query.
         */
        void fuzzy(String q, Map<String, LookupHit> best) {
            List<Token> tokens = analyzer.tokens(q);
            if (tokens.isEmpty()) return;
            String norm = join(tokens, false);
            List<Item> candidates = null;
            for (Token t : tokens) {
                String w = t.norm();
                List<Item> postings = new ArrayList<>();
                if (w.length() < 4) {
                    postings.addAll(byWord.getOrDefault(w, List.of()));
                    if (postings.isEmpty()) continue;
                } else {
                    int k = w.length() >= 8 ? 2 : 1;
                    // The query and a vocabulary word within distance k share a form with at most one letter
                    // deleted from the word and at most k from the query (symmetric deletion).
                    java.util.Set<String> keys = new java.util.HashSet<>();
                    keys.add(w);
                    for (String d : deletes(w)) {
                        keys.add(d);
                        if (k == 2) keys.addAll(deletes(d));
                    }
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (String key : keys) {
                        for (String v : deletions.getOrDefault(key, List.of())) {
                            if (seen.add(v) && WITHIN[k].apply(w, v) >= 0) postings.addAll(byWord.get(v));
                        }
                    }
                }
                if (candidates == null || postings.size() < candidates.size()) candidates = postings;
            }
            if (candidates == null) return;
            int maxDistance = Math.min(3, Math.max(1, norm.length() / 5));
            for (Item i : candidates) {
                if (Math.abs(i.norm.length() - norm.length()) > maxDistance) continue;
                int d = WITHIN[maxDistance].apply(norm, i.norm);
                if (d > 0) offer(best, i, LookupHit.MatchKind.FUZZY, 1.0 - (double) d / Math.max(norm.length(), i.norm.length()));
            }
        }

        private static String join(List<Token> tokens, boolean stems) {
            StringBuilder sb = new StringBuilder();
            for (Token t : tokens) {
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(stems ? t.stem() : t.norm());
            }
            return sb.toString();
        }
    }
}
