package org.concord.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.concord.term.Concept;
import org.concord.term.LookupHit;
import org.concord.term.LookupHit.MatchKind;
import org.concord.term.Term;
import org.concord.term.TermLookup;
import org.concord.term.TermStatus;
import org.concord.tm.ConcordanceHit;
import org.concord.tm.FuzzyMatch;
import org.concord.tm.MemorySearch;

/**
 * Small term and memory data for the web tests: two concepts with their official UN renderings in all six languages
 * and memory units taken from the UN Parallel Corpus (unpc-dev lines 21, 69 and 1115), plus one unit carrying markup
 * that must show as text. The lookups are deliberately simple substring searches: the server is under test, not them.
 */
final class SampleData {
    private SampleData() {}

    static final Concept SECURITY_COUNCIL = new Concept("c-security-council", "United Nations bodies",
        "The principal organ of the United Nations with primary responsibility for the maintenance of international peace and security.",
        null, "Charter of the United Nations, Art. 23-24", List.of(
            term("en", "Security Council", TermStatus.PREFERRED),
            term("fr", "Conseil de sécurité", TermStatus.PREFERRED),
            term("es", "Consejo de Seguridad", TermStatus.PREFERRED),
            term("ru", "Совет Безопасности", TermStatus.PREFERRED),
            term("zh", "安全理事会", TermStatus.PREFERRED),
            term("zh", "安理会", TermStatus.ADMITTED),
            term("ar", "مجلس الأمن", TermStatus.PREFERRED)));

    static final Concept WMD = new Concept("c-wmd", "Disarmament",
        "Nuclear, chemical and biological weapons capable of killing large numbers of people.",
        "Spanish: UN usage is \"en masa\", not \"masiva\".", "UNTERM", List.of(
            term("en", "weapons of mass destruction", TermStatus.PREFERRED),
            new Term("en", "WMD", TermStatus.ADMITTED, "noun", "acronym"),
            term("fr", "armes de destruction massive", TermStatus.PREFERRED),
            term("es", "armas de destrucción en masa", TermStatus.PREFERRED),
            term("es", "armas de destrucción masiva", TermStatus.DEPRECATED),
            term("ru", "оружие массового уничтожения", TermStatus.PREFERRED),
            term("zh", "大规模毁灭性武器", TermStatus.PREFERRED),
            term("ar", "أسلحة الدمار الشامل", TermStatus.PREFERRED)));

    static final List<Concept> CONCEPTS = List.of(SECURITY_COUNCIL, WMD);

    record Unit(long id, String docSymbol, Map<String, String> text) {}

    static final String SCRIPT_SEGMENT = "The Security Council noted <script>window.injected = true; alert(1)</script> in the draft.";
    static final String IMG_SEGMENT = "Le Conseil de sécurité a noté <img src=x onerror=\"window.injected=true\"> dans le projet.";

    static final List<Unit> UNITS = List.of(
        new Unit(21, "2015/s/agenda/7364", Map.of(
            "en", "Provisional agenda for the 7364th meeting of the Security Council",
            "fr", "Ordre du jour provisoire de la 7364e séance du Conseil de sécurité",
            "es", "Orden del día provisional de la 7364a sesión del Consejo de Seguridad",
            "ru", "Предварительная повестка дня 7364-го заседания Совета Безопасности,",
            "zh", "安全理事会第7364次会议临时议程",
            "ar", "جدول الأعمال المؤقت لجلسة مجلس الأمن 7364")),
        new Unit(69, "2015/s/prst/2015/4", Map.of(
            "en", "The Security Council recalls its decision to place Boko Haram on the Al-Qaida sanctions list.",
            "es", "El Consejo de Seguridad recuerda su decisión de incluir a Boko Haram en la Lista relativa a las sanciones contra Al-Qaida.",
            "ar", "ويُذكّر مجلس الأمن بقراره إدراج جماعة بوكو حرام في قائمة الجزاءات المفروضة على تنظيم القاعدة.")),
        new Unit(1115, null, Map.of(
            "en", "The Kingdom of Morocco, which has signed and ratified all the multilateral instruments concerning weapons of mass destruction, maintains its commitment to general and complete disarmament, and to nuclear disarmament in particular.",
            "fr", "Le Royaume du Maroc, qui a signé et ratifié l'ensemble des instruments multilatéraux relatifs aux armes de destruction massive, reste engagé en faveur d'un désarmement général et complet, et en particulier en faveur du désarmement nucléaire.",
            "ar", "وتظل المملكة المغربية، التي وقعت وصدقت على جميع الصكوك المتعددة الأطراف المتعلقة بأسلحة الدمار الشامل، ملتزمة بنزع السلاح العام الكامل، ولا سيما نزع السلاح النووي.")),
        new Unit(9001, "TEST/markup", Map.of("en", SCRIPT_SEGMENT, "fr", IMG_SEGMENT)));

    private static Term term(String lang, String text, TermStatus status) {
        return new Term(lang, text, status, "noun", "fullForm");
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static TermLookup terms() {
        return (query, lang, limit) -> {
            String q = fold(query.strip());
            List<LookupHit> hits = new ArrayList<>();
            for (Concept c : CONCEPTS) {
                LookupHit best = null;
                for (Term t : c.terms()) {
                    if (lang != null && !t.lang().equals(lang)) continue;
                    String text = fold(t.text());
                    LookupHit hit = text.equals(q) ? new LookupHit(c, t, MatchKind.EXACT, 1.0)
                        : text.startsWith(q) ? new LookupHit(c, t, MatchKind.PREFIX, (double) q.length() / text.length())
                        : text.contains(q) ? new LookupHit(c, t, MatchKind.FUZZY, 0.5 * q.length() / text.length())
                        : null;
                    if (hit != null && (best == null || ORDER.compare(hit, best) < 0)) best = hit;
                }
                if (best != null) hits.add(best);
            }
            hits.sort(ORDER);
            return hits.subList(0, Math.min(limit, hits.size()));
        };
    }

    private static final Comparator<LookupHit> ORDER = Comparator.comparing(LookupHit::kind)
        .thenComparing(Comparator.comparingDouble(LookupHit::score).reversed());

    static MemorySearch memory() {
        return new MemorySearch() {
            @Override
            public List<FuzzyMatch> fuzzy(String text, String src, String tgt, int minPercent, int max) {
                LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
                return UNITS.stream().filter(u -> u.text().containsKey(src) && u.text().containsKey(tgt))
                    .map(u -> {
                        String s = u.text().get(src);
                        int percent = (int) Math.round(100.0 * (1 - (double) distance.apply(fold(text), fold(s))
                            / Math.max(text.length(), s.length())));
                        return new FuzzyMatch(u.id(), percent, s, u.text().get(tgt), u.docSymbol(), u.text());
                    })
                    .filter(m -> m.percent() >= minPercent)
                    .sorted(Comparator.comparingInt(FuzzyMatch::percent).reversed())
                    .limit(max).toList();
            }

            @Override
            public List<ConcordanceHit> concordance(String text, String lang, int max) {
                String q = fold(text.strip());
                List<ConcordanceHit> hits = new ArrayList<>();
                for (Unit u : UNITS) {
                    String s = u.text().get(lang);
                    if (s == null) continue;
                    List<ConcordanceHit.Span> spans = new ArrayList<>();
                    for (int at = fold(s).indexOf(q); at >= 0; at = fold(s).indexOf(q, at + q.length())) {
                        spans.add(new ConcordanceHit.Span(at, at + q.length()));
                    }
                    if (!spans.isEmpty() && hits.size() < max) hits.add(new ConcordanceHit(u.id(), lang, s, spans, u.docSymbol(), u.text()));
                }
                return hits;
            }
        };
    }
}
