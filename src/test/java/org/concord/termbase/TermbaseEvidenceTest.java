package org.concord.termbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concord.termbase.TermbaseEvidence.Corpus;
import org.concord.termbase.TermbaseEvidence.Entry;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;

/** The curated termbase is complete, and every rendering in it is backed by the evidence the UN corpus gives. */
class TermbaseEvidenceTest {
    static final Path TBX = Path.of("termbase/un-terms.tbx");
    static final Path EVIDENCE = Path.of("termbase/evidence.tsv");
    static final Path README = Path.of("termbase/README.md");

    /** One row of evidence.tsv. */
    record Row(String concept, String lang, String term, String status, int exact, int inflected, int conceptEnLines) {
        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f[1], f[2], f[3], Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                    Integer.parseInt(f[8]));
        }

        String counts() {
            return exact + " | " + inflected;
        }

        String key() {
            return concept + " | " + lang + " | " + term;
        }
    }

    @Test
    void committedEvidenceIsExactlyWhatTheCorpusGives() throws IOException {
        Path corpus = Shared.require("corpora/unpc-dev/unpc-dev.en").getParent();
        String recounted = TermbaseEvidence.evidence(TermbaseEvidence.readTbx(TBX), Corpus.read(corpus));
        assertThat(Files.readString(EVIDENCE, StandardCharsets.UTF_8))
                .as("termbase/evidence.tsv is stale: regenerate it with TermbaseEvidence (see termbase/README.md)")
                .isEqualTo(recounted);
    }

    @Test
    void atLeastSixtyConceptsEachInAllSixLanguages() throws IOException {
        Map<String, Set<String>> languages = new HashMap<>();
        for (Entry e : TermbaseEvidence.readTbx(TBX)) {
            languages.computeIfAbsent(e.concept(), c -> new TreeSet<>()).add(e.lang());
        }
        assertThat(languages).hasSizeGreaterThanOrEqualTo(60);
        assertThat(languages).allSatisfy((concept, langs) ->
                assertThat(langs).as(concept).containsExactlyInAnyOrderElementsOf(TermbaseEvidence.LANGUAGES));
    }

    @Test
    void everyTermHasItsRowOfEvidenceAndNoOtherRowsExist() throws IOException {
        Set<String> inTbx = TermbaseEvidence.readTbx(TBX).stream()
                .map(e -> e.concept() + " | " + e.lang() + " | " + e.term()).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> inEvidence = rows().stream().map(Row::key).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(inEvidence).containsExactlyElementsOf(inTbx);
    }

    @Test
    void everyTermHasStatusPartOfSpeechAndType() throws IOException {
        assertThat(TermbaseEvidence.readTbx(TBX)).allSatisfy(e -> {
            assertThat(e.status()).as(e.term()).isIn("preferred", "admitted", "deprecated", "superseded");
            assertThat(e.termType()).as(e.term()).isIn("fullForm", "acronym", "abbreviation", "shortForm", "variant");
        });
    }

    @Test
    void preferredRenderingsOccurWhereverTheEnglishSideHasTheConcept() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Row r : rows()) {
            if (r.status().equals("preferred") && r.conceptEnLines() > 0 && r.inflected() == 0) missing.add(r.key());
        }
        Map<String, String> exceptions = exceptions();
        assertThat(exceptions).as("every exception in termbase/README.md gives its reason").allSatisfy((k, reason) ->
                assertThat(reason).as(k).isNotBlank());
        assertThat(missing).as("preferred renderings the corpus never shows, not listed as exceptions in README")
                .isSubsetOf(exceptions.keySet());
        assertThat(exceptions.keySet()).as("exceptions in README that the corpus no longer needs").isSubsetOf(missing);
    }

    @Test
    void variantsTranslatorsProduceAreDeprecatedBesideTheUnRendering() throws IOException {
        Map<String, String> status = new HashMap<>();
        for (Row r : rows()) status.put(r.key(), r.status());
        assertThat(status).contains(
                Map.entry("wmd | zh | 大规模毁灭性武器", "preferred"), Map.entry("wmd | zh | 大规模杀伤性武器", "deprecated"),
                Map.entry("wmd | ru | оружие массового уничтожения", "preferred"),
                Map.entry("wmd | ru | оружие массового поражения", "deprecated"),
                Map.entry("wmd | es | armas de destrucción en masa", "preferred"),
                Map.entry("wmd | es | armas de destrucción masiva", "deprecated"),
                Map.entry("non-state-actor | es | agente no estatal", "preferred"),
                Map.entry("non-state-actor | es | actor no estatal", "deprecated"),
                Map.entry("non-state-actor | fr | acteur non étatique", "preferred"),
                Map.entry("non-state-actor | fr | acteur non-étatique", "deprecated"),
                Map.entry("non-state-actor | en | non-State actor", "preferred"),
                Map.entry("non-state-actor | en | non-state actor", "deprecated"));
    }

    @Test
    void readmeTableOfDeprecatedVariantsMatchesTheEvidence() throws IOException {
        Map<String, Row> byKey = new HashMap<>();
        Map<String, Row> preferred = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (Row r : rows()) {
            byKey.put(r.key(), r);
            if (r.status().equals("preferred")) preferred.putIfAbsent(r.concept() + " | " + r.lang(), r);
            if (r.status().equals("deprecated") || r.status().equals("superseded")) expected.add(r.key());
        }
        List<String> listed = new ArrayList<>();
        for (List<String> c : readmeTable("## Deprecated variants")) {
            String variant = c.get(2).replaceFirst(" \\((deprecated|superseded)\\)$", "");
            String key = c.get(0) + " | " + c.get(1) + " | " + variant;
            listed.add(key);
            assertThat(byKey).as(key).containsKey(key);
            assertThat(c.get(3) + " | " + c.get(4)).as(key).isEqualTo(byKey.get(key).counts());
            Row un = byKey.get(c.get(0) + " | " + c.get(1) + " | " + c.get(5));
            assertThat(un).as(key + " compared with " + c.get(5)).isNotNull();
            assertThat(un.status()).isEqualTo("preferred");
            assertThat(c.get(6) + " | " + c.get(7)).as(c.get(5)).isEqualTo(un.counts());
        }
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void inflectedFormsCountButVariantsStayApart() {
        CorpusMatcher ru = CorpusMatcher.forLanguage("ru");
        assertThat(ru.inflected(ru.tokens("по оружию массового уничтожения"), ru.tokens("оружие массового уничтожения")))
                .isEqualTo(1);
        assertThat(ru.inflected(ru.tokens("оружия массового поражения"), ru.tokens("оружие массового уничтожения")))
                .isZero();
        CorpusMatcher ar = CorpusMatcher.forLanguage("ar");
        assertThat(ar.inflected(ar.tokens("المتعلقة بأسلحة الدمار الشامل"), ar.tokens("أسلحة الدمار الشامل"))).isEqualTo(1);
        CorpusMatcher fr = CorpusMatcher.forLanguage("fr");
        assertThat(fr.inflected(fr.tokens("des acteurs non étatiques"), fr.tokens("acteur non étatique"))).isEqualTo(1);
        assertThat(fr.inflected(fr.tokens("des acteurs non-étatiques"), fr.tokens("acteur non étatique"))).isZero();
        assertThat(fr.inflected(fr.tokens("Point 2 de l'ordre du jour"), fr.tokens("point de l'ordre du jour")))
                .isEqualTo(1);
        CorpusMatcher en = CorpusMatcher.forLanguage("en");
        assertThat(en.exact("non-state actors and non-State actors", "non-State actor")).isZero();
        assertThat(en.exact("the Under-Secretary-General", "Secretary-General")).isZero();
        assertThat(en.inflected(en.tokens("Non-State actors"), en.tokens("non-State actor"))).isEqualTo(1);
        assertThat(en.inflected(en.tokens("non-state actors"), en.tokens("non-State actor"))).isZero();
        assertThat(fr.inflected(fr.tokens("les États membres de l'Union"), fr.tokens("État Membre"))).isZero();
        assertThat(fr.inflected(fr.tokens("les États Membres"), fr.tokens("État Membre"))).isEqualTo(1);
        CorpusMatcher zh = CorpusMatcher.forLanguage("zh");
        assertThat(zh.exact("关于大规模毁灭性武器的", "大规模毁灭性武器")).isEqualTo(1);
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(EVIDENCE, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(TermbaseEvidence.HEADER);
        return lines.stream().skip(1).map(Row::parse).toList();
    }

    /** The table under "## Exceptions" in termbase/README.md: "concept | lang | term" → reason. */
    static Map<String, String> exceptions() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (List<String> c : readmeTable("## Exceptions")) out.put(c.get(0) + " | " + c.get(1) + " | " + c.get(2), c.get(3));
        return out;
    }

    /** The body rows of the first table in the README section whose heading starts with {@code heading}. */
    static List<List<String>> readmeTable(String heading) throws IOException {
        List<List<String>> out = new ArrayList<>();
        boolean inSection = false;
        boolean header = true;
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) inSection = line.startsWith(heading);
            if (!inSection || !line.startsWith("|")) continue;
            if (header || line.startsWith("| ---")) {
                header = line.startsWith("| ---") ? false : header;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) cells.add(cell.strip());
            out.add(cells);
        }
        assertThat(out).as("table under " + heading + " in " + README).isNotEmpty();
        return out;
    }
}
