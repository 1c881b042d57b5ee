package org.concord.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.segment.Segmenter;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermStatus;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;

class AlignerTest {

    static final List<String> EN = List.of(
        "Mr. President, I thank you for convening this meeting on resolution 1540 (2004).",
        "The Committee has met 12 times this year.",
        "It adopted its programme of work on 3 March.",
        "We remain concerned about the proliferation of weapons of mass destruction to non-State actors.",
        "Kazakhstan supports the work of the Group of Experts.",
        "What more can be done?");
    static final List<String> FR = List.of(
        "Monsieur le Président, je vous remercie d'avoir organisé cette séance consacrée à la résolution 1540 (2004).",
        "Le Comité s'est réuni 12 fois cette année et il a adopté son programme de travail le 3 mars.",
        "Nous restons préoccupés par la prolifération des armes de destruction massive au profit d'acteurs non étatiques.",
        "Le Kazakhstan appuie les travaux du Groupe d'experts.",
        "Que peut-on faire de plus ?");

    private static List<String> beads(Alignment a) {
        return a.beads().stream().map(BeadFormat::format).toList();
    }

    @Test
    void joinsTwoSentencesTranslatedAsOne() {
        Alignment a = Aligner.forLanguages("en", "fr").align(EN, FR);
        assertThat(beads(a)).containsExactly("[0]:[0]", "[1, 2]:[1]", "[3]:[2]", "[4]:[3]", "[5]:[4]");
        assertThat(a.warnings()).isEmpty();
        assertThat(a.beads()).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void aBlockOfUntranslatedCaptionsStaysOutOfTheBeadsBesideIt() {
        // Working translations written for this test; the French edition prints two photos' captions and credits, which the
        // German lacks.
        List<String> de = List.of(
            "Die Expedition verliess Kathmandu Anfang März mit zwölf Trägern.",
            "Nach drei Wochen erreichte sie das Basislager am Fuss des Gletschers.",
            "Dort wartete die Mannschaft zehn Tage lang auf besseres Wetter.",
            "Am 14. April brach sie endlich zum ersten Hochlager auf.",
            "Der Aufstieg über den Eisbruch dauerte zwei volle Tage.",
            "Oben fanden sie einen geschützten Platz für die Zelte.");
        List<String> fr = List.of(
            "L'expédition quitta Katmandou au début de mars avec douze porteurs.",
            "Au bout de trois semaines, elle atteignit le camp de base au pied du glacier.",
            "Vue aérienne du versant sud",
            "Photo : Fondation suisse pour les recherches alpines, Zurich",
            "Le sommet vu de l'ouest",
            "Photo : Swissair",
            "L'équipe y attendit dix jours une amélioration du temps.",
            "Le 14 avril, elle partit enfin pour le premier camp d'altitude.",
            "La montée par la chute de séracs dura deux jours entiers.",
            "En haut, ils trouvèrent un emplacement abrité pour les tentes.");
        BilingualDictionary dictionary = new BilingualDictionary("de", "fr", "sample", List.of(
            new Lexicon.Entry("Träger", "porteur"), new Lexicon.Entry("Woche", "semaine"), new Lexicon.Entry("Gletscher", "glacier"),
            new Lexicon.Entry("Basislager", "camp de base"), new Lexicon.Entry("Mannschaft", "équipe"), new Lexicon.Entry("Wetter", "temps"),
            new Lexicon.Entry("Hochlager", "camp d'altitude"), new Lexicon.Entry("Eisbruch", "chute de séracs"),
            new Lexicon.Entry("Zelt", "tente"), new Lexicon.Entry("Aufstieg", "montée"), new Lexicon.Entry("Tag", "jour")));
        List<String> beads = beads(Aligner.forLanguages("de", "fr").withDictionaries(List.of(dictionary)).align(de, fr));
        assertThat(beads).containsExactly("[0]:[0]", "[1]:[1]", "[]:[2]", "[]:[3]", "[]:[4]", "[]:[5]", "[2]:[6]", "[3]:[7]", "[4]:[8]", "[5]:[9]");
    }

    @Test
    void numbersAndNamesAcrossScriptsFindTheRightPartnerAfterAMissingSentence() {
        List<String> en = List.of(
            "The meeting was called to order at 10.15 a.m.",
            "The agenda was adopted.",
            "The President drew attention to document S/2017/315.",
            "Statements were made by the representatives of Kazakhstan, Bolivia and Uruguay.",
            "The meeting rose at 11.40 a.m.");
        List<String> ru = List.of(
            "Заседание открывается в 10 ч. 15 м.",
            "Повестка дня утверждается.",
            "С заявлениями выступили представители Казахстана, Боливии и Уругвая.",
            "Заседание закрывается в 11 ч. 40 м.");
        Alignment a = Aligner.forLanguages("en", "ru").align(en, ru);
        assertThat(beads(a)).contains("[3]:[2]", "[4]:[3]");
    }

    @Test
    void chineseAndArabicAlignOnSymbolsNumbersAndPunctuation() {
        List<String> en = List.of("Resolution 2325 (2016) was adopted on 15 December 2016.",
            "Are the reports referred to in document S/2016/1038 available?", "The Council met 3 times.");
        List<String> zh = List.of("第2325(2016)号决议于2016年12月15日通过。", "S/2016/1038号文件中提到的报告是否已经提供？", "安理会举行了3次会议。");
        List<String> ar = List.of("اعتُمد القرار 2325 (2016) في 15 كانون الأول/ديسمبر 2016.",
            "هل التقارير المشار إليها في الوثيقة S/2016/1038 متاحة؟", "وعقد المجلس 3 جلسات.");
        assertThat(beads(Aligner.forLanguages("en", "zh").align(en, zh))).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
        assertThat(beads(Aligner.forLanguages("en", "ar").align(en, ar))).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
    }

    @Test
    void paragraphsKeepBeadsApartAndListNumbersJoinTheirItem() {
        Segmenter en = Segmenter.forLanguage("en"), fr = Segmenter.forLanguage("fr");
        var src = en.segment("First point on the agenda.\n\n2. Calls upon all States to report.\n\nThird item here.");
        var tgt = fr.segment("Premier point de l'ordre du jour.\n\n2.\n\nDemande à tous les États de faire rapport.\n\nTroisième point ici.");
        Alignment a = Aligner.forLanguages("en", "fr").alignSentences(src, tgt);
        assertThat(a.beads()).allSatisfy(b -> assertThat(b.isMatch() || b.src().isEmpty() || b.tgt().isEmpty()).isTrue());
        assertThat(a.beads().get(0).src()).containsExactly(0);
        assertThat(a.beads().get(0).tgt()).containsExactly(0);
        assertThat(beads(a).get(beads(a).size() - 1)).isEqualTo("[" + (src.size() - 1) + "]:[" + (tgt.size() - 1) + "]");
    }

    /** Paragraphs as sentences: a paragraph is a list of sentences, numbered in document order. */
    private static List<org.concord.segment.Sentence> document(List<List<String>> paragraphs) {
        List<org.concord.segment.Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int k = 0; k < paragraphs.get(p).size(); k++) {
                out.add(new org.concord.segment.Sentence(p, k, 0, 0, paragraphs.get(p).get(k)));
            }
        }
        return out;
    }

    static final List<List<String>> LABELLED_EN = List.of(
        List.of("III. Conclusion and recommendation"),
        List.of("A. Date and venue of the meeting"),
        List.of("32. Briefings by Chairs of subsidiary bodies of the Security Council (21 January 2001; 24 February 2014)."),
        List.of("The Council met twice in 2014.", "(a) The Board recommends that UNDP review its policy on travel."),
        List.of("B. Keynote speakers"),
        List.of("XII. Amendment and suspension of the rules of procedure"),
        List.of("* Reissued for technical reasons on 5 May 2015."),
        List.of("9. Calls upon the Haitian authorities to take all the steps necessary to ensure the regular functioning of public institutions;"));

    @Test
    void aLabelCutOffByTheSegmenterJoinsItsParagraphInsteadOfStandingAlone() {
        // A segmenter other than Concord's (Okapi's French rules, a user's SRX) cuts labels off on one side only.
        List<List<String>> fr = List.of(
            List.of("III.", "Conclusion et recommandation"),
            List.of("A.", "Date et lieu de la réunion"),
            List.of("32.", "Exposés des présidents des organes subsidiaires du Conseil de sécurité (21 janvier 2001; 24 février 2014)."),
            List.of("Le Conseil s'est réuni deux fois en 2014.", "(a)", "Le Comité recommande au PNUD de revoir sa politique en matière de voyages."),
            List.of("B.", "Orateurs principaux"),
            List.of("XII.", "Amendement et suspension de l'application du règlement intérieur"),
            List.of("*", "Nouveau tirage pour raisons techniques (5 mai 2015)."),
            List.of("9.", "Demande aux autorités haïtiennes de prendre toutes les mesures voulues pour assurer le bon fonctionnement des institutions publiques;"));
        var src = document(LABELLED_EN);
        var tgt = document(fr);
        Alignment a = Aligner.forLanguages("en", "fr").alignSentences(src, tgt);
        assertThat(a.beads()).as(beads(a).toString()).allSatisfy(b -> assertThat(b.isMatch()).isTrue());
        // Each label sits in the bead of the text it labels: the beads follow the paragraphs one to one.
        assertThat(a.beads()).hasSize(9);
        for (Bead b : a.beads()) {
            assertThat(b.tgt().stream().map(j -> tgt.get(j).paragraph()).distinct()).as(beads(a).toString())
                .containsExactlyElementsOf(b.src().stream().map(i -> src.get(i).paragraph()).distinct().toList());
        }
        // The other way round: the English cut, the Chinese whole.
        List<List<String>> enCut = List.of(List.of("III.", "Conclusion and recommendation"), List.of("B.", "Keynote speakers"),
            List.of("XII.", "Amendment and suspension of the rules of procedure"),
            List.of("The Council met twice in 2014.", "It adopted its report."));
        List<List<String>> zh = List.of(List.of("三. 结论和建议"), List.of("B. 主旨发言者"), List.of("十二、 议事规则的修正和暂停适用"),
            List.of("安理会在2014年举行了两次会议。", "它通过了报告。"));
        Alignment z = Aligner.forLanguages("en", "zh").alignSentences(document(enCut), document(zh));
        assertThat(beads(z)).containsExactly("[0, 1]:[0]", "[2, 3]:[1]", "[4, 5]:[2]", "[6]:[3]", "[7]:[4]");
        // A label in a paragraph of its own (a heading's number on a line of its own) labels the next paragraph.
        Alignment own = Aligner.forLanguages("en", "fr").alignSentences(
            document(List.of(List.of("B. Keynote speakers"), List.of("The Council met twice in 2014."))),
            document(List.of(List.of("B."), List.of("Orateurs principaux"), List.of("Le Conseil s'est réuni deux fois en 2014."))));
        assertThat(beads(own)).containsExactly("[0]:[0, 1]", "[1]:[2]");
        // Without paragraphs (one sentence per line), a label joins the sentence that follows it.
        List<String> flatEn = LABELLED_EN.stream().flatMap(List::stream).toList();
        List<String> flatFr = fr.stream().flatMap(List::stream).toList();
        Alignment flat = Aligner.forLanguages("en", "fr").align(flatEn, flatFr);
        assertThat(flat.beads()).as(beads(flat).toString()).allSatisfy(b -> assertThat(b.isMatch()).isTrue()).hasSize(9);
    }

    @Test
    void emptySideGivesUnalignedBeadsAndAWarning() {
        Alignment a = Aligner.forLanguages("en", "fr").align(EN, List.of());
        assertThat(a.beads()).hasSize(EN.size()).allSatisfy(b -> assertThat(b.tgt()).isEmpty());
        assertThat(a.warnings()).singleElement().asString().contains("target side is empty");
        assertThat(Aligner.forLanguages("en", "fr").align(List.of(), List.of()).beads()).isEmpty();
    }

    @Test
    void halfTranslatedDocumentIsAlignedAndReported() {
        List<String> en = new ArrayList<>(), fr = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            en.add("Paragraph " + (k + 1) + " of the report deals with item " + (k * 7 + 3) + " of the agenda.");
            if (k < 30) fr.add("Le paragraphe " + (k + 1) + " du rapport traite du point " + (k * 7 + 3) + " de l'ordre du jour.");
        }
        Alignment a = Aligner.forLanguages("en", "fr").align(en, fr);
        assertThat(beads(a).subList(0, 30)).allSatisfy(b -> assertThat(b).matches("\\[(\\d+)]:\\[\\1]"));
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("no translation"));
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("differ a lot in length"));
    }

    @Test
    void unrelatedTextsStillFinishAndAreReported() {
        List<String> en = new ArrayList<>(), fr = new ArrayList<>();
        String[] words = {"mountain", "river", "glacier", "summit", "valley", "ridge", "snow", "camp"};
        String[] mots = {"marché", "prix", "blé", "récolte", "paysan", "pluie", "grain", "ville"};
        for (int k = 0; k < 80; k++) {
            en.add("The " + words[k % 8] + " near the " + words[(k * 3) % 8] + " was " + "very ".repeat(k % 5) + "quiet.");
            fr.add("Le " + mots[(k * 5) % 8] + " de la " + mots[(k * 7) % 8] + " fut " + "bien ".repeat((k * 3) % 7) + "calme cette fois.");
        }
        Alignment a = Aligner.forLanguages("en", "fr").align(en, fr.subList(0, 50));
        assertThat(a.beads().stream().mapToInt(b -> b.src().size()).sum()).isEqualTo(80);
        assertThat(a.beads().stream().mapToInt(b -> b.tgt().size()).sum()).isEqualTo(50);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("low confidence"));
    }

    @Test
    void junkLinesStayAloneWithoutParagraphs() {
        List<String> de = List.of("Die Expedition erreichte den Gipfel am 29. Mai 1953.", "Das Wetter war gut.");
        List<String> fr = List.of("L'expédition atteignit le sommet le 29 mai 1953.", ".....", "Le temps était beau.");
        assertThat(beads(Aligner.forLanguages("de", "fr").align(de, fr))).containsExactly("[0]:[0]", "[]:[1]", "[1]:[2]");
    }

    @Test
    void termbaseEntriesAnchorSentences() {
        Concept wmd = new Concept("c1", null, null, null, null, List.of(
            new Term("en", "weapons of mass destruction", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("es", "armas de destrucción en masa", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("es", "armas de destrucción masiva", TermStatus.DEPRECATED, "noun", "fullForm")));
        Lexicon lex = Lexicon.fromConcepts(List.of(wmd), "en", "es");
        assertThat(lex.entries()).containsExactly(new Lexicon.Entry("weapons of mass destruction", "armas de destrucción en masa"));
        PhraseMatcher m = new PhraseMatcher(lex.entries().stream().map(Lexicon.Entry::target).toList());
        assertThat(m.find("La proliferación de armas de destrucción en masa preocupa.")).containsExactly(0);
        assertThat(m.find("Las armas de destrucción masiva.")).isEmpty();
    }

    @Test
    void termbaseEntriesRaiseTheConfidenceOfTheBeadsTheyAnchor() {
        List<String> en = List.of("The Council met on Monday.", "The delegation raised the question of the budget once more.",
            "The delegation raised the question of weapons of mass destruction again.", "The meeting rose at noon.");
        List<String> ru = List.of("Совет провел заседание в понедельник.",
            "Делегация вновь подняла вопрос об оружии массового уничтожения.", "Заседание закрылось в полдень.");
        Concept wmd = new Concept("c1", null, null, null, null, List.of(
            new Term("en", "weapons of mass destruction", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("ru", "оружие массового уничтожения", TermStatus.PREFERRED, "noun", "fullForm")));
        Aligner plain = Aligner.forLanguages("en", "ru");
        Bead without = plain.align(en, ru).beads().get(1);
        Bead with = plain.withLexicon(Lexicon.fromConcepts(List.of(wmd), "en", "ru")).align(en, ru).beads().get(1);
        assertThat(BeadFormat.format(with)).isEqualTo("[2]:[1]");
        assertThat(with.confidence()).isGreaterThan(without.confidence());
    }

    @Test
    void synonymsOfOneConceptInNeighbouringSentencesDoNotJoinThem() {
        List<String> en = List.of("The Council met on Monday to discuss the situation in the region.",
            "Several delegations made statements on the humanitarian situation.",
            "The resolution on the Islamic State in Iraq and the Levant was adopted unanimously.",
            "As Chair of the committee on ISIL and Da'esh, my country welcomes it.",
            "The next meeting will take place next week.");
        List<String> fr = List.of("Le Conseil s'est réuni lundi pour examiner la situation dans la région.",
            "Plusieurs délégations ont fait des déclarations sur la situation humanitaire.",
            "La résolution sur l'État islamique d'Iraq et du Levant a été adoptée à l'unanimité.",
            "En sa qualité de président du comité sur l'EIIL et Daech, mon pays s'en félicite.",
            "La prochaine séance aura lieu la semaine prochaine.");
        Concept isil = new Concept("c1", null, null, null, null, List.of(
            new Term("en", "Islamic State in Iraq and the Levant", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("en", "ISIL", TermStatus.ADMITTED, "noun", "acronym"),
            new Term("en", "Da'esh", TermStatus.ADMITTED, "noun", "shortForm"),
            new Term("fr", "État islamique d'Iraq et du Levant", TermStatus.PREFERRED, "noun", "fullForm"),
            new Term("fr", "EIIL", TermStatus.ADMITTED, "noun", "acronym"),
            new Term("fr", "Daech", TermStatus.ADMITTED, "noun", "shortForm")));
        Lexicon lex = Lexicon.fromConcepts(List.of(isil), "en", "fr");
        assertThat(lex.entries()).hasSize(9);
        Alignment a = Aligner.forLanguages("en", "fr").withLexicon(lex).align(en, fr);
        assertThat(beads(a)).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]");
    }

    @Test
    void pairsSharingAPhraseFormOneGroup() {
        int[] g = SenseGroups.of(List.of(new String[] {"ISIL", "EIIL"}, new String[] {"Da'esh", "Daech"},
            new String[] {"ISIL", "Daech"}, new String[] {"committee", "comité"}, new String[] {"Committee", "Comite"}));
        assertThat(g[0]).isEqualTo(g[1]).isEqualTo(g[2]);
        assertThat(g[3]).isEqualTo(g[4]).isNotEqualTo(g[0]);
    }

    @Test
    void beadFormatRoundTripsAndNamesBadLines() {
        List<Bead> beads = BeadFormat.parse(List.of("[0, 1]:[2]", "[]:[3]", "", "[2]:[]"), "gold");
        assertThat(beads).extracting(BeadFormat::format).containsExactly("[0, 1]:[2]", "[]:[3]", "[2]:[]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BeadFormat.parse(List.of("[0]:[0]", "0 - 1"), "gold.defr"))
            .hasMessage("gold.defr:2:1: not a bead line like '[0, 1]:[2]': 0 - 1");
    }

    @Test
    void strictAndLaxScoresLeaveOutEmptySides() {
        List<Bead> gold = BeadFormat.parse(List.of("[0]:[0]", "[1, 2]:[1]", "[]:[2]", "[3]:[3]"), "g");
        List<Bead> pred = BeadFormat.parse(List.of("[0]:[0]", "[1]:[1]", "[2]:[]", "[]:[2]", "[3]:[3]"), "p");
        AlignmentScore s = AlignmentScore.of(gold, pred);
        assertThat(s.strict().precision()).isEqualTo(2.0 / 3);
        assertThat(s.strict().recall()).isEqualTo(2.0 / 3);
        assertThat(s.lax().precision()).isEqualTo(1.0);
        assertThat(s.lax().recall()).isEqualTo(1.0);
    }

    @Test
    void multilingualUnitsKeepEveryLanguagesBeadWhole() {
        Map<String, Alignment> al = new LinkedHashMap<>();
        al.put("fr", new Alignment(BeadFormat.parse(List.of("[0]:[0]", "[1, 2]:[1]", "[3]:[2]"), "fr"), List.of()));
        al.put("es", new Alignment(BeadFormat.parse(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]"), "es"), List.of()));
        List<MultilingualUnit> units = MultilingualUnits.build(4, al);
        // French joins sentences 1 and 2; Spanish keeps them apart, so each has its own unit with the Spanish.
        assertThat(units).extracting(MultilingualUnit::src)
            .containsExactly(List.of(0), List.of(1, 2), List.of(1), List.of(2), List.of(3));
        assertThat(units.get(0).targets()).containsEntry("fr", List.of(0)).containsEntry("es", List.of(0));
        assertThat(units.get(1).targets()).containsOnlyKeys("fr").containsEntry("fr", List.of(1));
        assertThat(units.get(2).targets()).containsOnlyKeys("es").containsEntry("es", List.of(1));
        assertThat(units.get(3).targets()).containsOnlyKeys("es").containsEntry("es", List.of(2));
        assertThat(units.get(4).targets()).containsOnlyKeys("fr"); // Spanish left sentence 3 untranslated
    }

    @Test
    void languagesCuttingAGroupDifferentlyEachGetTheirOwnUnits() {
        Map<String, Alignment> al = new LinkedHashMap<>();
        al.put("fr", new Alignment(BeadFormat.parse(List.of("[0]:[0]", "[1, 2]:[1]"), "fr"), List.of()));
        al.put("ru", new Alignment(BeadFormat.parse(List.of("[0, 1]:[0]", "[2]:[1]"), "ru"), List.of()));
        al.put("zh", new Alignment(BeadFormat.parse(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]"), "zh"), List.of()));
        List<MultilingualUnit> units = MultilingualUnits.build(3, al);
        assertThat(units).extracting(MultilingualUnit::src).containsExactly(
            List.of(0), List.of(1, 2), List.of(0, 1), List.of(2), List.of(0), List.of(1), List.of(2));
        // Every target sentence is filed exactly once.
        Map<String, List<Integer>> filed = new LinkedHashMap<>();
        units.forEach(u -> u.targets().forEach((l, t) -> filed.computeIfAbsent(l, k -> new java.util.ArrayList<>()).addAll(t)));
        assertThat(filed).containsEntry("fr", List.of(0, 1)).containsEntry("ru", List.of(0, 1)).containsEntry("zh", List.of(0, 1, 2));
    }

    @Test
    void textBergDevStrictF1StaysAboveFloor() throws IOException {
        Path dir = Shared.require("corpora/textberg-dev");
        List<String> de = Files.readAllLines(dir.resolve("dev.de")), fr = Files.readAllLines(dir.resolve("dev.fr"));
        List<Bead> gold = BeadFormat.parse(Files.readAllLines(dir.resolve("dev.defr")), "dev.defr");
        AlignmentScore s = AlignmentScore.of(gold, Aligner.forLanguages("de", "fr").align(de, fr).beads());
        assertThat(s.strict().f1()).as("0.928 without the 3-3 and 1-5/5-1 bead shapes").isGreaterThan(0.935);
        assertThat(s.lax().f1()).isGreaterThan(0.97);
    }
}
