package org.concord.tm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Concordance: the units holding a phrase, found through word and word-pair postings and confirmed on their text. */
final class ConcordanceSearch {
    private final UnitStore store;

    ConcordanceSearch(UnitStore store) {
        this.store = store;
    }

    /**
     * Units whose text in {@code lang} contains {@code text} as a phrase (its words in a row, any case and
     * punctuation between them), oldest first, with the matches' spans and the unit's other languages.
     */
    List<ConcordanceHit> concordance(String text, String lang, int max) {
        String l = LangCodes.normalize(lang);
        String[] phrase = Tokens.terms(text);
        if (phrase.length == 0 || max < 1) return List.of();
        return store.query(() -> {
            store.index.refresh();
            // Every word of the phrase, and every pair of neighbouring words: a unit lacking one cannot hold the phrase.
            // Units older than the pair postings are checked on their words only.
            List<Index.Posting> postings = new ArrayList<>();
            for (String w : new java.util.LinkedHashSet<>(List.of(phrase))) postings.add(store.index.posting(l, w));
            List<Index.Posting> pairs = new ArrayList<>();
            for (int i = 1; i < phrase.length; i++) pairs.add(store.index.pairPosting(l, phrase[i - 1], phrase[i]));
            int pairsFrom = store.index.pairsFrom();
            postings.sort(Comparator.comparingInt(Index.Posting::df));
            pairs.sort(Comparator.comparingInt(Index.Posting::df));
            Index.Posting driver = postings.get(0);
            if (pairsFrom <= 1 && !pairs.isEmpty() && pairs.get(0).df() < driver.df()) {
                driver = pairs.get(0);
                postings.add(0, pairs.remove(0));
            }
            List<ConcordanceHit> hits = new ArrayList<>();
            int[] batch = new int[UnitStore.BATCH];
            int size = 0;
            int[] ids = driver.ids();
            for (int i = 0; i < ids.length && hits.size() < max; i++) {
                int id = ids[i];
                boolean all = true;
                for (int j = 1; j < postings.size() && all; j++) all = postings.get(j).contains(id);
                if (id >= pairsFrom) for (int j = 0; j < pairs.size() && all; j++) all = pairs.get(j).contains(id);
                if (all) batch[size++] = id;
                // A batch as large as the hits still wanted (and a few more, for units that only seemed to hold the
                // phrase): each candidate is read in every language at once, the texts a hit shows, so none is read
                // twice and few are read for nothing.
                if (size == Math.min(UnitStore.BATCH, max - hits.size() + 4) || (i == ids.length - 1 && size > 0)) {
                    Map<Integer, Shown> shown = shown(java.util.Arrays.copyOf(batch, size));
                    for (int k = 0; k < size && hits.size() < max; k++) {
                        Shown u = shown.get(batch[k]);
                        String held = u == null ? null : u.variants().get(l);
                        if (held == null) continue;
                        List<ConcordanceHit.Span> spans = phraseSpans(held, phrase);
                        if (!spans.isEmpty()) hits.add(new ConcordanceHit(batch[k], l, held, spans, u.docSymbol(), u.variants()));
                    }
                    size = 0;
                }
            }
            return hits;
        });
    }

    /** What a hit shows of its unit: document symbol and text in every language. */
    private record Shown(String docSymbol, Map<String, String> variants) {}

    private Map<Integer, Shown> shown(int[] ids) throws SQLException {
        Map<Integer, Shown> out = new HashMap<>();
        if (ids.length == 0) return out;
        {
            PreparedStatement ps = store.statement("SELECT v.unit_id, u.doc_symbol, v.lang, v.text FROM tm_variant v"
                + " JOIN tm_unit u ON u.id = v.unit_id WHERE v.unit_id IN (" + "?,".repeat(UnitStore.BATCH - 1) + "?) ORDER BY v.unit_id, v.lang");
            for (int i = 0; i < UnitStore.BATCH; i++) ps.setInt(i + 1, i < ids.length ? ids[i] : -1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), k -> new Shown(null, new LinkedHashMap<>()));
                    Shown s = out.get(rs.getInt(1));
                    if (s.docSymbol() == null && rs.getString(2) != null) {
                        s = new Shown(rs.getString(2), s.variants());
                        out.put(rs.getInt(1), s);
                    }
                    s.variants().put(rs.getString(3), rs.getString(4));
                }
            }
        }
        return out;
    }

    private static List<ConcordanceHit.Span> phraseSpans(String text, String[] phrase) {
        List<Tokens.Token> tokens = Tokens.of(text);
        List<ConcordanceHit.Span> spans = new ArrayList<>();
        outer:
        for (int i = 0; i + phrase.length <= tokens.size(); i++) {
            for (int j = 0; j < phrase.length; j++) if (!tokens.get(i + j).term().equals(phrase[j])) continue outer;
            spans.add(new ConcordanceHit.Span(tokens.get(i).start(), tokens.get(i + phrase.length - 1).end()));
        }
        return spans;
    }
}
