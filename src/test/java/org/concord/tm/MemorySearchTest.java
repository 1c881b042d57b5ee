package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.InputException;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;

class MemorySearchTest extends MemoryFixture {


    @Test
    void similarityIsOmegaTsWordLevelEditDistance() {
        // 10 words against 9: one deleted and one substituted, distance 2 → 100 × (10 − 2) / 10.
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] b = {1, 2, 3, 4, 5, 6, 7, 8, 11};
        assertThat(Similarity.percent(a, b)).isEqualTo(80);
        assertThat(Similarity.percent(a, a)).isEqualTo(100);
        assertThat(Similarity.percent(new int[] {1, 2, 3}, new int[] {4, 5, 6})).isZero();
    }

    @Test
    void tokensIgnorePunctuationAndCaseAndSplitChinese() {
        assertThat(Tokens.terms("The Council's 15 members, in New-York.")).containsExactly("the", "council", "s", "15", "members", "in", "new", "york");
        assertThat(Tokens.terms("安全理事会的决议")).containsExactly("安", "全", "理", "事", "会", "的", "决", "议");
        assertThat(Tokens.terms("مجلس الأمن")).containsExactly("مجلس", "الأمن");
    }

    @Test
    void fuzzyRanksByPercentAndMarksDifferingNumbers() {
        tm.add(List.of(
            bead("S/PV.1", 0, "The Security Council met on 14 March 2019 to discuss non-State actors.",
                "Le Conseil de sécurité s'est réuni le 14 mars 2019 pour examiner les acteurs non étatiques."),
            bead("S/PV.1", 1, "The Security Council met on 14 March 2019.", "Le Conseil de sécurité s'est réuni le 14 mars 2019."),
            bead("S/PV.1", 2, "Weapons of mass destruction remain a threat.", "Les armes de destruction massive demeurent une menace.")), "t");
        List<Lookup> found = tm.lookup("The Security Council met on 15 March 2019 to discuss non-State actors.", "en", "fr", 50, 5);
        assertThat(found).extracting(l -> l.match().unitId(), l -> l.match().percent()).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 92), org.assertj.core.groups.Tuple.tuple(2L, 53));
        Lookup best = found.get(0);
        assertThat(best.match().target()).startsWith("Le Conseil de sécurité s'est réuni le 14 mars");
        assertThat(best.match().docSymbol()).isEqualTo("S/PV.1");
        assertThat(best.numbersOnlyInQuery()).containsExactly("15");
        assertThat(best.numbersOnlyInMatch()).containsExactly("14");
        assertThat(best.numberSpans()).containsExactly(new ConcordanceHit.Span(28, 30));
        assertThat(tm.fuzzy("The Security Council met on 15 March 2019 to discuss non-State actors.", "en", "fr", 70, 5)).hasSize(1);
        assertThat(tm.fuzzy("Completely unrelated words here.", "en", "fr", 30, 5)).isEmpty();
        assertThat(tm.fuzzy("Weapons of mass destruction remain a threat.", "en", "fr", 100, 5)).extracting(FuzzyMatch::percent).containsExactly(100);
    }

    @Test
    void aUnitReadAndRejectedAtAHigherThresholdIsStillFoundAtItsScore() {
        // Twenty words; A holds them all with two neighbours swapped (all words shared, so its bound is 100, but two
        // edits: 90), B lacks the last (95). Searching at 95 reads A and rejects it; the searches at 85 and 70 must
        // still return it at 90, not take the rejection for its score.
        StringBuilder words = new StringBuilder();
        for (int i = 1; i <= 20; i++) words.append(" w").append(i);
        String query = words.toString().strip();
        String swapped = query.replace("w3 w4", "w4 w3");
        String shorter = query.replace(" w20", " other");
        tm.add(List.of(bead("D", 0, swapped, "A"), bead("D", 1, shorter, "B")), "t");
        assertThat(tm.fuzzy(query, "en", "fr", 70, 5)).extracting(FuzzyMatch::target, FuzzyMatch::percent)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 95), org.assertj.core.groups.Tuple.tuple("A", 90));
    }

    @Test
    void manyUnitsAtTheSameScoreGiveTheOldestAcrossReadBatches() {
        // Forty copies of a sentence with another number and body, each 86 against the query, and, stored last, two
        // that score higher: the first batch read is small (a few more than wanted), so the ties span several batches.
        List<AlignedUnit> beads = new ArrayList<>();
        String query = "The Committee held its 1 meeting on the agenda item before the General Assembly";
        for (int i = 0; i < 40; i++) beads.add(bead("D", i, query.replace(" 1 ", " " + (100 + i) + " ").replace("General", "Special"), "copy " + i));
        beads.add(bead("D", 40, query.replace("agenda", "main"), "near"));
        beads.add(bead("D", 41, query, "exact"));
        tm.add(beads, "t");
        List<FuzzyMatch> found = tm.fuzzy(query, "en", "fr", 70, 5);
        assertThat(found).extracting(FuzzyMatch::target).containsExactly("exact", "near", "copy 0", "copy 1", "copy 2");
        assertThat(found).extracting(FuzzyMatch::percent).containsExactly(100, 92, 85, 85, 85);
    }

    @Test
    void aBetterUnitLackingTheTargetTakesNoPlaceFromOneThatHasIt() {
        // Five exact matches in English and Spanish, stored first, and one in English and French scoring 90: asked for
        // the best one into French, the search must not let the Spanish ones fill its top and stop.
        String query = "The Committee held its meeting on the agenda item before the Assembly today";
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) units.add(new AlignedUnit("D", i, "en", Map.of("en", query, "es", "Solo " + i), 1.0));
        units.add(bead("D", 5, query.replace("today", "now"), "Le Comité"));
        tm.add(units, "t");
        assertThat(tm.fuzzy(query, "en", "fr", 70, 1)).extracting(FuzzyMatch::target, FuzzyMatch::percent)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Le Comité", 92));
    }

    @Test
    void fuzzyMarksTagsThatDiffer() throws Exception {
        tm.importTmx(TmxImportTest.resource("sample-14.tmx"), OnDuplicate.SKIP, "t");
        Lookup l = tm.lookup("Press <b>Save</b> and see the report now.", "en", "fr", 50, 1).get(0);
        assertThat(l.match().percent()).isEqualTo(100);
        assertThat(l.tagsOnlyInMatch()).containsExactly("<br/>", "<i>");
        assertThat(l.tagsOnlyInQuery()).isEmpty();
    }

    @Test
    void fuzzyNeedsBothLanguagesAndValidCodes() {
        tm.add(List.of(new AlignedUnit("D", 0, "en", Map.of("en", "Only English here.", "es", "Solo inglés aquí."), 1.0)), "t");
        assertThat(tm.fuzzy("Only English here.", "en", "fr", 50, 5)).isEmpty();
        assertThat(tm.fuzzy("Only English here.", "en", "es", 50, 5)).extracting(FuzzyMatch::target).containsExactly("Solo inglés aquí.");
        assertThatThrownBy(() -> tm.fuzzy("x", "en", "qq", 50, 5)).isInstanceOf(InputException.class).hasMessageContaining("'qq'");
    }

    @Test
    void indexedLookupFindsWhatAnExhaustiveScanFinds() throws Exception {
        Path enFile = Shared.require("corpora/unpc-dev/unpc-dev.en");
        List<String> en = Files.readAllLines(enFile);
        List<String> fr = Files.readAllLines(enFile.resolveSibling("unpc-dev.fr"));
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) beads.add(bead("UNPC", i, en.get(i), fr.get(i)));
        tm.add(beads, "t");
        Random rnd = new Random(7);
        int compared = 0;
        for (int q = 0; q < 60; q++) {
            List<String> words = new ArrayList<>(List.of(en.get(rnd.nextInt(en.size())).split(" ")));
            if (words.size() < 4) continue;
            words.set(rnd.nextInt(words.size()), "amended");
            words.remove(rnd.nextInt(words.size()));
            String query = String.join(" ", words);
            List<Long> expected = exhaustive(query, en, 60, 5);
            assertThat(tm.fuzzy(query, "en", "fr", 60, 5)).extracting(FuzzyMatch::unitId).as(query).containsExactlyElementsOf(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(40);
    }

    /** The unit ids an exhaustive scan ranks first: the reference the index must reproduce. */
    private static List<Long> exhaustive(String query, List<String> texts, int min, int max) {
        String[] q = Tokens.terms(query);
        Map<String, Integer> local = new HashMap<>();
        int[] qi = new int[q.length];
        for (int i = 0; i < q.length; i++) qi[i] = local.computeIfAbsent(q[i], k -> local.size());
        record Hit(long id, int percent) {}
        List<Hit> hits = new ArrayList<>();
        for (int u = 0; u < texts.size(); u++) {
            String[] t = Tokens.terms(texts.get(u));
            int[] ti = new int[t.length];
            for (int i = 0; i < t.length; i++) ti[i] = local.getOrDefault(t[i], -1);
            int p = Similarity.percent(qi, ti);
            if (p >= min) hits.add(new Hit(u + 1, p));
        }
        hits.sort(Comparator.comparingInt(Hit::percent).reversed().thenComparingLong(Hit::id));
        return hits.stream().limit(max).map(Hit::id).toList();
    }

    @Test
    void concordanceFindsPhrasesHighlightsThemAndShowsOtherLanguages() {
        tm.add(List.of(
            bead("S/PV.1", 0, "The Security Council, the security of all.", "Le Conseil de sécurité, la sécurité de tous."),
            bead("S/PV.1", 1, "Council members spoke about security.", "Les membres du Conseil ont parlé de sécurité."),
            bead("S/PV.2", 0, "SECURITY   COUNCIL reform is overdue.", "La réforme du Conseil de sécurité se fait attendre.")), "t");
        List<ConcordanceHit> hits = tm.concordance("security council", "en", 10);
        assertThat(hits).extracting(ConcordanceHit::unitId).containsExactly(1L, 3L);
        assertThat(hits.get(0).spans()).containsExactly(new ConcordanceHit.Span(4, 20));
        assertThat(hits.get(1).spans()).containsExactly(new ConcordanceHit.Span(0, 18));
        assertThat(hits.get(0).variants()).containsEntry("fr", "Le Conseil de sécurité, la sécurité de tous.");
        assertThat(hits.get(0).docSymbol()).isEqualTo("S/PV.1");
        assertThat(tm.concordance("sécurité", "fr", 10)).extracting(ConcordanceHit::unitId).containsExactly(1L, 2L, 3L);
        assertThat(tm.concordance("sécurité", "fr", 10).get(0).spans()).hasSize(2);
        assertThat(tm.concordance("sécurité", "fr", 2)).hasSize(2);
        assertThat(tm.concordance("council security", "en", 10)).isEmpty();
    }

    @Test
    void phraseSearchFindsWhatAPlainScanFinds() throws Exception {
        Path enFile = Shared.require("corpora/unpc-dev/unpc-dev.en");
        List<String> en = Files.readAllLines(enFile);
        List<String> fr = Files.readAllLines(enFile.resolveSibling("unpc-dev.fr"));
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) beads.add(bead("UNPC", i, en.get(i), fr.get(i)));
        tm.add(beads, "t");
        Random rnd = new Random(11);
        for (int q = 0; q < 40; q++) {
            // Two words of one sentence, neighbours or not: the pair postings must never hide a hit.
            String[] words = Tokens.terms(en.get(rnd.nextInt(en.size())));
            if (words.length < 4) continue;
            int at = rnd.nextInt(words.length - 3);
            String phrase = words[at] + " " + words[at + (q % 2 == 0 ? 1 : 2)];
            List<Long> expected = new ArrayList<>();
            for (int u = 0; u < en.size() && expected.size() < 20; u++) if (containsPhrase(en.get(u), phrase)) expected.add(u + 1L);
            assertThat(tm.concordance(phrase, "en", 20)).extracting(ConcordanceHit::unitId).as(phrase).containsExactlyElementsOf(expected);
        }
    }

    private static boolean containsPhrase(String text, String phrase) {
        String[] t = Tokens.terms(text);
        String[] p = Tokens.terms(phrase);
        for (int i = 0; i + p.length <= t.length; i++) {
            if (java.util.Arrays.equals(t, i, i + p.length, p, 0, p.length)) return true;
        }
        return false;
    }

    @Test
    void unitsStoredBeforeWordCountsAndPairsAreStillFound() throws Exception {
        tm.add(List.of(
            bead("S/PV.1", 0, "The Security Council met today in New York.", "Le Conseil de sécurité s'est réuni aujourd'hui à New York."),
            bead("S/PV.1", 1, "Council members spoke about security.", "Les membres du Conseil ont parlé de sécurité.")), "t");
        // As a memory written by a version without word counts and word-pair postings (schema version 1).
        try (var s = db.connection().createStatement()) {
            s.execute("DELETE FROM tm_pair_group");
            s.execute("DELETE FROM tm_length");
            s.execute("UPDATE tm_pairs_from SET first_id = 3");
            s.execute("UPDATE tm_posting SET chunk = 0"); // its postings, one row per word, become chunk 0 (schema-3.sql)
        }
        tm.add(List.of(bead("S/PV.2", 0, "The Security Council met today in Geneva.", "Le Conseil de sécurité s'est réuni aujourd'hui à Genève.")), "t");
        assertThat(tm.concordance("security council", "en", 10)).extracting(ConcordanceHit::unitId).containsExactly(1L, 3L);
        assertThat(tm.concordance("council members", "en", 10)).extracting(ConcordanceHit::unitId).containsExactly(2L);
        assertThat(tm.fuzzy("The Security Council met today in Nairobi.", "en", "fr", 70, 5)).extracting(FuzzyMatch::unitId)
            .containsExactly(3L, 1L);
    }

    @Test
    void addingTheSameAlignmentTwiceDuplicatesNothing() {
        List<AlignedUnit> beads = List.of(bead("S/PV.1", 0, "One.", "Un."), bead("S/PV.1", 1, "Two.", "Deux."));
        assertThat(tm.add(beads, "t").added()).isEqualTo(2);
        ImportReport again = tm.add(beads, "t");
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(tm.size()).isEqualTo(2);

        ImportReport changed = tm.add(List.of(bead("S/PV.1", 1, "Two.", "Deux !")), "reviser");
        assertThat(changed.replaced()).isEqualTo(1);
        assertThat(tm.unit(2).variant("fr").text()).isEqualTo("Deux !");
        assertThat(tm.unit(2).changedBy()).isEqualTo("reviser");
        assertThat(tm.fuzzy("Two.", "en", "fr", 100, 5)).extracting(FuzzyMatch::target).containsExactly("Deux !");

        tm.confirm(2, "reviser");
        assertThat(tm.add(List.of(bead("S/PV.1", 1, "Two.", "Deux (aligner).")), "t").unchanged()).isEqualTo(1);
        assertThat(tm.unit(2).variant("fr").text()).isEqualTo("Deux !");
        assertThat(tm.unit(2).origin()).isEqualTo(Origin.CONFIRMED);
        assertThat(tm.add(List.of(bead("S/PV.2", 1, "Two.", "Deux.")), "t").added()).isEqualTo(1);
    }
}
