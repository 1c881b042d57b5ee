package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concord.Languages;
import org.concord.term.Concept;
import org.concord.term.LookupHit;
import org.concord.term.Term;
import org.concord.term.TermLookup;
import org.concord.tm.ConcordanceHit;
import org.concord.tm.FuzzyMatch;
import org.concord.tm.MemorySearch;

/** The JSON API: asks the termbase, the memory and the reports folder, and shapes their answers for the page. */
final class Api {

    /** Long enough for the longest UN sentences (the unpc-dev set has some over 1,000 characters). */
    static final int MAX_QUERY = 4000;

    private final TermLookup terms;
    private final MemorySearch memory;
    private final LatestReport reports;

    Api(TermLookup terms, MemorySearch memory, LatestReport reports) {
        this.terms = terms;
        this.memory = memory;
        this.reports = reports;
    }

    Reply answer(String path, Query q) {
        return switch (path) {
            case "/api/terms" -> terms(q);
            case "/api/concordance" -> concordance(q);
            case "/api/fuzzy" -> fuzzy(q);
            case "/api/reports/latest" -> latestReport();
            case "/api/info" -> Reply.json(new Info(Languages.OFFICIAL.stream().map(l -> new Lang(l, dir(l))).toList()));
            default -> Reply.error(404, "no such API: " + path);
        };
    }

    // --- terms

    record Info(List<Lang> languages) {}

    record Lang(String lang, String dir) {}

    record TermsAnswer(String query, String lang, List<TermHit> hits) {}

    record TermHit(String conceptId, String subjectField, String definition, String note, String source,
                   TermView matched, String kind, double score, List<LanguageTerms> languages) {}

    record LanguageTerms(String lang, String dir, List<TermView> terms) {}

    record TermView(String lang, String text, String status, boolean approved, String partOfSpeech, String termType) {
        static TermView of(Term t) {
            return new TermView(t.lang(), t.text(), t.status().name().toLowerCase(Locale.ROOT), t.status().approved(), t.partOfSpeech(), t.termType());
        }
    }

    private Reply terms(Query q) {
        String text = q.text("q", MAX_QUERY);
        String lang = q.lang("lang", null);
        int limit = q.integer("limit", 10, 1, 100);
        List<TermHit> hits = terms.lookup(text, lang, limit).stream().map(Api::termHit).toList();
        return Reply.json(new TermsAnswer(text, lang, hits));
    }

    private static TermHit termHit(LookupHit hit) {
        Concept c = hit.concept();
        List<LanguageTerms> languages = new ArrayList<>();
        for (String lang : Languages.OFFICIAL) {
            languages.add(new LanguageTerms(lang, dir(lang), c.terms(lang).stream()
                .sorted((a, b) -> Integer.compare(a.status().ordinal(), b.status().ordinal()))
                .map(TermView::of).toList()));
        }
        // Languages outside the official six (e.g. German) follow, so nothing the termbase holds is hidden.
        c.terms().stream().map(Term::lang).distinct().filter(l -> !Languages.OFFICIAL.contains(l))
            .forEach(l -> languages.add(new LanguageTerms(l, dir(l), c.terms(l).stream().map(TermView::of).toList())));
        return new TermHit(c.id(), c.subjectField(), c.definition(), c.note(), c.source(),
            TermView.of(hit.matched()), hit.kind().name().toLowerCase(Locale.ROOT), hit.score(), languages);
    }

    // --- memory

    record ConcordanceAnswer(String query, String lang, List<ConcordanceView> hits) {}

    record ConcordanceView(long unitId, String lang, String dir, String text, List<ConcordanceHit.Span> spans,
                           String docSymbol, List<Variant> variants) {}

    record Variant(String lang, String dir, String text) {}

    record FuzzyAnswer(String query, String src, String tgt, List<FuzzyView> matches) {}

    record FuzzyView(long unitId, int percent, String source, String srcDir, String target, String tgtDir,
                     String docSymbol, List<Variant> variants) {}

    private Reply concordance(Query q) {
        String text = q.text("q", MAX_QUERY);
        String lang = q.lang("lang", "en");
        int max = q.integer("max", 20, 1, 200);
        List<ConcordanceView> hits = memory.concordance(text, lang, max).stream()
            .map(h -> new ConcordanceView(h.unitId(), h.lang(), dir(h.lang()), h.text(), h.spans(), h.docSymbol(),
                variants(h.variants(), h.lang())))
            .toList();
        return Reply.json(new ConcordanceAnswer(text, lang, hits));
    }

    private Reply fuzzy(Query q) {
        String text = q.text("q", MAX_QUERY);
        String src = q.lang("src", "en");
        String tgt = q.lang("tgt", src.equals("en") ? "fr" : "en");
        int min = q.integer("min", 50, 0, 100);
        int max = q.integer("max", 5, 1, 50);
        List<FuzzyView> matches = memory.fuzzy(text, src, tgt, min, max).stream()
            .map(m -> new FuzzyView(m.unitId(), m.percent(), m.source(), dir(src), m.target(), dir(tgt), m.docSymbol(),
                variants(m.variants(), null)))
            .toList();
        return Reply.json(new FuzzyAnswer(text, src, tgt, matches));
    }

    /** A unit's variants in the official order, leaving out the language already shown. */
    private static List<Variant> variants(Map<String, String> byLang, String shown) {
        if (byLang == null) return List.of();
        Map<String, String> ordered = new LinkedHashMap<>();
        Languages.OFFICIAL.forEach(l -> { if (byLang.containsKey(l)) ordered.put(l, byLang.get(l)); });
        byLang.forEach(ordered::putIfAbsent);
        return ordered.entrySet().stream().filter(e -> !e.getKey().equals(shown))
            .map(e -> new Variant(e.getKey(), dir(e.getKey()), e.getValue())).toList();
    }

    // --- check reports

    record ReportAnswer(String name, String modified, String html, JsonNode report) {}

    private Reply latestReport() {
        Optional<LatestReport.Found> found = reports.find();
        if (found.isEmpty()) return Reply.error(404, "no check report yet in " + reports.folder());
        LatestReport.Found f = found.get();
        JsonNode report;
        try {
            report = Reply.JSON.readTree(f.json().toFile());
        } catch (IOException e) {
            return Reply.error(500, f.json() + ": not a readable JSON report: " + e.getMessage());
        }
        return Reply.json(new ReportAnswer(f.json().getFileName().toString(), f.modified().toInstant().toString(),
            f.html() == null ? null : "/reports/latest.html", report));
    }

    /**
     * The HTML twin of the latest report, sandboxed: its own scripts (sorting) may run, but in an opaque origin that
     * can neither reach the API nor load anything.
     */
    Reply latestReportHtml() {
        Optional<LatestReport.Found> found = reports.find().filter(f -> f.html() != null);
        if (found.isEmpty()) return Reply.error(404, "no HTML check report in " + reports.folder());
        try {
            return Reply.bytes(Files.readAllBytes(found.get().html()), "text/html; charset=utf-8")
                .header("Content-Security-Policy", "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dir(String lang) {
        return Languages.isRightToLeft(lang) ? "rtl" : "ltr";
    }
}
