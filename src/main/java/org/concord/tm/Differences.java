package org.concord.tm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and tags that differ between a query and a match: what a fuzzy match's translation needs fixed. */
final class Differences {
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,/]\\p{Nd}+)*");
    /** Tags a user may type in a query: markup and numbered placeholders. */
    static final Pattern QUERY_TAG = Pattern.compile("</?[A-Za-z][^<>]*>|\\{\\d+\\}");
    /** Native code of an inline element in TMX markup: the (escaped) content of bpt, ept, ph, it, ut. */
    private static final Pattern CODE = Pattern.compile("<(bpt|ept|ph|it|ut)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);

    private Differences() {}

    /**
     * A query's numbers and tags, found once for all its matches (each match found them again: with the match's own,
     * 15–18% of a fast lookup at a million units went to these expressions).
     */
    record Query(String plain, List<String> numbers, List<String> tags) {
        static Query of(String query) {
            if (query.indexOf('<') < 0 && query.indexOf('{') < 0) return new Query(query, Differences.numbers(query), List.of());
            List<String> tags = new ArrayList<>();
            for (Matcher t = QUERY_TAG.matcher(query); t.find(); ) tags.add(t.group());
            String plain = QUERY_TAG.matcher(query).replaceAll(" ");
            return new Query(plain, Differences.numbers(plain), tags);
        }

        Lookup of(FuzzyMatch m, Variant source) {
            return Differences.of(this, m, source);
        }
    }

    private static Lookup of(Query q, FuzzyMatch m, Variant source) {
        List<String> qNumbers = q.numbers();
        List<String> mNumbers = numbers(source.text());
        List<String> qTags = q.tags();
        List<String> mTags = new ArrayList<>();
        if (source.codes() != null) {
            for (Matcher t = CODE.matcher(source.codes()); t.find(); ) mTags.add(unescape(t.group(2).replaceAll("<[^>]*>", "")));
        }
        List<String> onlyMatch = minus(mNumbers, qNumbers);
        List<ConcordanceHit.Span> spans = new ArrayList<>();
        if (!onlyMatch.isEmpty()) {
            List<String> left = new ArrayList<>(onlyMatch);
            for (Matcher n = NUMBER.matcher(source.text()); n.find(); ) {
                if (left.remove(n.group())) spans.add(new ConcordanceHit.Span(n.start(), n.end()));
            }
        }
        return new Lookup(m, minus(qNumbers, mNumbers), onlyMatch, minus(qTags, mTags), minus(mTags, qTags), spans);
    }

    /** The numbers of {@code text}, in order; without a digit (most UN sentences) the expression is not run. */
    private static List<String> numbers(String text) {
        if (!hasDigit(text)) return List.of();
        List<String> out = new ArrayList<>();
        for (Matcher n = NUMBER.matcher(text); n.find(); ) out.add(n.group());
        return out;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c > 127 && Character.isDigit(c)) return true;
        }
        return false;
    }

    /** Multiset difference a − b, in a's order. */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : b) counts.merge(s, 1, Integer::sum);
        List<String> out = new ArrayList<>();
        for (String s : a) {
            Integer c = counts.get(s);
            if (c != null && c > 0) counts.put(s, c - 1);
            else out.add(s);
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
