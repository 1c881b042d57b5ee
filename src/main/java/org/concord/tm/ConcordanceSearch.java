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

    /**
     * The texts and document symbols of these units: the variants in primary-key order, the symbols by a second
     * statement (joined, tm_unit was looked up once per variant, six times a unit). The IN list is as wide as the
     * batch rounded up to 8, 16, 32 or 64, so a last batch of a few units does not look up 60 missing ids.
     */
    private Map<Integer, Shown> shown(int[] ids) throws SQLException {
        Map<Integer, Shown> out = new HashMap<>();
        if (ids.length == 0) return out;
        int width = 8;
        while (width < ids.length) width *= 2;
        String in = " IN (" + "?,".repeat(width - 1) + "?)";
        PreparedStatement vs = store.statement("SELECT unit_id, lang, text FROM tm_variant WHERE unit_id" + in + " ORDER BY unit_id, lang");
        for (int i = 0; i < width; i++) vs.setInt(i + 1, i < ids.length ? ids[i] : -1);
        Map<Integer, Map<String, String>> variants = new HashMap<>();
        try (ResultSet rs = vs.executeQuery()) {
            while (rs.next()) variants.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
        }
        PreparedStatement us = store.statement("SELECT id, doc_symbol FROM tm_unit WHERE id" + in);
        for (int i = 0; i < width; i++) us.setInt(i + 1, i < ids.length ? ids[i] : -1);
        try (ResultSet rs = us.executeQuery()) {
            while (rs.next()) {
                Map<String, String> v = variants.get(rs.getInt(1));
                if (v != null) out.put(rs.getInt(1), new Shown(rs.getString(2), v));
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
