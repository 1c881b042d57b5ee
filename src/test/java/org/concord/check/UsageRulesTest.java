package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each rule of official usage ({@link UsageRules}) with an example pair from unpc-dev (line given; long sentences
 * abridged on both sides alike) that it accepts, and beside it the same pair with what the rule relies on taken out,
 * which the term checks then report.
 */
class UsageRulesTest extends ProjectTermbase {

    private static SegmentPair pair(String id, String en, String lang, String target) {
        return new SegmentPair(id, "en", en, lang, target, "doc");
    }

    /** Source term → the rule that accepted it, or the finding's check id. */
    private static Map<String, String> decided(SegmentPair p) {
        return checks("term-missing", "term-wrong-word").explain(List.of(p)).stream()
            .collect(Collectors.toMap(TermExplanation::term, e -> e.finding() ? e.outcome() : e.rule(), (a, b) -> a));
    }

    private static Map<String, String> decidedInSample(SegmentPair p) {
        return checks("term-missing", "term-wrong-word").documents(Checker.Documents.SAMPLED).explain(List.of(p)).stream()
            .collect(Collectors.toMap(TermExplanation::term, e -> e.finding() ? e.outcome() : e.rule(), (a, b) -> a));
    }

    @Test
    void everyRuleHasAnIdAndAOneLineReason() {
        List<UsageRule> rules = UsageRules.all();
        assertThat(rules).extracting(UsageRule::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(rules).extracting(UsageRule::reason).allMatch(r -> !r.isBlank() && !r.contains("\n"));
    }

    @Test
    void recognised() {
        // line 90: "Assemblée générale", "Conseil de sécurité" as the termbase has them
        assertThat(decided(pair("90", EN_90, "fr", FR_90))).containsEntry("General Assembly", "recognised")
            .containsEntry("Security Council", "recognised");
    }

    @Test
    void splitOrInflected() {
        // line 90: "agenda item 42" → "point 42 de l'ordre du jour"
        assertThat(decided(pair("90", EN_90, "fr", FR_90))).containsEntry("agenda item", "split-or-inflected");
        assertThat(decided(pair("90", EN_90, "fr", FR_90.replace(" de l'ordre du jour", "")))).containsEntry("agenda item", "term-missing");
    }

    @Test
    void splitByTheComplementOfTheName() {
        // line 1168 (abridged): "the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear
        // Weapons" → "مؤتمر الأطراف في معاهدة عدم انتشار الأسلحة النووية لاستعراض المعاهدة لعام 2000": the "of" phrase
        // stands between the rendering's words
        String en = "The 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons considered"
            + " the universality of the safeguards as a main objective.";
        String ar = "وقد اعتبرت عالمية الضمانات في مؤتمر الأطراف في معاهدة عدم انتشار الأسلحة النووية لاستعراض المعاهدة لعام 2000 هدفاً رئيسياً.";
        assertThat(decided(pair("1168", en, "ar", ar))).containsEntry("Review Conference", "split-or-inflected");
        // without the "of" phrase in the source, words that far apart are no rendering
        assertThat(decided(pair("1168", en.replace(" of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons", ""), "ar", ar)))
            .containsEntry("Review Conference", "term-missing");
    }

    @Test
    void shortName() {
        // line 238: "the anniversary of the Charter" → "el aniversario de la Carta"
        String en = "The view was expressed that, in the light of the mandate of the Special Committee, it was incumbent on it to consider"
            + " the question of an appropriate commemoration of the anniversary of the Charter.";
        String es = "Se opinó que, teniendo en cuenta el mandato del Comité Especial, era a él a quien correspondía examinar la cuestión de"
            + " un acto adecuado para conmemorar el aniversario de la Carta.";
        assertThat(decided(pair("238", en, "es", es))).containsEntry("Charter", "short-name");
        assertThat(decided(pair("238", en, "es", es.replace("de la Carta", "de la Organización")))).containsEntry("Charter", "term-missing");
    }

    @Test
    void headAsOftenAsTheSource() {
        // line 290: "the Security Council emphasized" → "le Conseil a souligné"; the Committee is another body
        String en = "By its resolution 2055 (2012), the Security Council emphasized the significantly increased workload of the Committee"
            + " over the course of its mandate and requested me to increase the size of the group of experts to up to nine experts.";
        String fr = "Par sa résolution 2055 (2012), le Conseil a souligné l'augmentation importante de la charge de travail du Comité"
            + " durant la période couverte par son mandat et prié le Secrétaire général de porter à neuf le nombre des membres du groupe d'experts.";
        // in a sample of lines (unpc-dev), which does not show what the document said before
        assertThat(decidedInSample(pair("290", en, "fr", fr))).containsEntry("Security Council", "head-as-often-as-source");
        assertThat(decidedInSample(pair("290", en, "fr", fr.replace("le Conseil a souligné", "il a été souligné"))))
            .containsEntry("Security Council", "term-missing");
        // a pair that opens its document had no full name before it: the full name wants the full rendering
        assertThat(decided(pair("290", en, "fr", fr))).containsEntry("Security Council", "term-missing");
    }

    @Test
    void subjectPronoun() {
        // line 70, a presidential statement: "The Security Council urges" → "Il demande instamment"
        String en = "The Security Council urges the LCBC Member States and Benin to undertake further planning toward the sustainable,"
            + " viable and effective operationalization of the Multinational Joint Task Force.";
        String fr = "Il demande instamment aux États membres de la CBLT et au Bénin de poursuivre leurs activités de planification en vue"
            + " d'assurer le fonctionnement efficace, viable et durable de la Force spéciale mixte multinationale.";
        assertThat(decided(pair("70", en, "fr", fr))).containsEntry("Security Council", "subject-pronoun");
        assertThat(decided(pair("70", en, "fr", fr.replace("Il demande instamment", "On demande instamment"))))
            .containsEntry("Security Council", "term-missing");
    }

    @Test
    void organInItsOwnVoice() {
        // line 644 (abridged), a preambular paragraph: "the relevant Security Council resolutions" → "ses résolutions"
        String en = "Recalling the importance attached by the international community to all parties engaging fully in the negotiations,"
            + " as set out in the relevant Security Council resolutions, and stressing that the status quo is unsustainable,";
        String fr = "Rappelant combien il importe à la communauté internationale que toutes les parties participent pleinement aux"
            + " négociations, comme le prévoient ses résolutions sur la question, et soulignant que le statu quo n'est pas viable,";
        assertThat(decided(new SegmentPair("644", "en", en, "fr", fr, "S/2015/60"))).containsEntry("Security Council", "organ-in-own-voice");
        // a letter's sentence, not a resolution's paragraph, names the Council in every language
        assertThat(decided(new SegmentPair("644", "en", en.replace("Recalling", "We recall"), "fr", fr.replace("Rappelant", "Nous rappelons"),
            "S/2015/60"))).containsEntry("Security Council", "term-missing");
    }

    @Test
    void organInItsOwnVoiceWithAPossessiveWhereItWasNamed() {
        // line 644 in Spanish (abridged): "the relevant Security Council resolutions" → "sus resoluciones pertinentes"
        String en = "Recalling the importance attached by the international community to all parties engaging fully in the negotiations,"
            + " as set out in the relevant Security Council resolutions, and stressing that the status quo is unsustainable,";
        String es = "Recordando la importancia que concede la comunidad internacional a que todas las partes colaboren en las negociaciones"
            + " plenamente, como se dispone en sus resoluciones pertinentes, y destacando que el statu quo es insostenible,";
        assertThat(decided(new SegmentPair("644", "en", en, "es", es, "S/2015/60"))).containsEntry("Security Council", "organ-in-own-voice");
        // "su" elsewhere (the parties' negotiations) is not the Council: the possessive must stand before what it owns
        assertThat(decided(new SegmentPair("644", "en", en, "es", es.replace("sus resoluciones", "las resoluciones")
            .replace("en las negociaciones", "en sus negociaciones"), "S/2015/60"))).containsEntry("Security Council", "term-missing");
    }

    /** Source term → rule or finding, for a Spanish target of document {@code symbol}. */
    private static Map<String, String> decidedInSpanish(String en, String es, String symbol) {
        return decided(new SegmentPair("1", "en", en, "es", es, symbol));
    }

    @Test
    void organInItsOwnVoiceAsTheObjectOfAVerbOfTelling() {
        // line 1411, A/RES/69/200: "to report to the General Assembly" → "que la informe"
        String en = "13. Requests the Commission to report to the General Assembly at its seventieth session, through the Economic and"
            + " Social Council, on the progress made in preparation for the special session in 2016;";
        String es = "13. Solicita a la Comisión que, por conducto del Consejo Económico y Social, la informe en su septuagésimo período de"
            + " sesiones sobre los progresos realizados en la preparación del período extraordinario de sesiones de 2016;";
        String ga = "A/RES/69/200";
        assertThat(decidedInSpanish(en, es, ga)).containsEntry("General Assembly", "organ-in-own-voice");
        // without the pronoun nobody is told: the Assembly is missing
        assertThat(decidedInSpanish(en, es.replace("la informe", "informe"), ga)).containsEntry("General Assembly", "term-missing");
        // "la" before "presente" is the article of "la presente resolución", not the Assembly
        assertThat(decidedInSpanish(en, es.replace("la informe en", "aplique la presente resolución en"), ga))
            .containsEntry("General Assembly", "term-missing");
        // "le" is never an article, so "le presente un informe" is the Assembly told
        assertThat(decidedInSpanish(en, es.replace("la informe en", "le presente un informe en"), ga))
            .containsEntry("General Assembly", "organ-in-own-voice");
        // line 821, S/RES/2197 (2015): "to keep the Security Council updated" → "que lo mantenga al corriente"; attached: "mantenerlo"
        String en821 = "11. Requests the Secretary-General to submit a report on implementation of this resolution by 10 July 2015 and to"
            + " keep the Security Council updated on events as necessary;";
        String es821 = "11. Solicita al Secretario General que presente un informe sobre la aplicación de la presente resolución, a más"
            + " tardar el 10 de julio de 2015, y que lo mantenga al corriente de los acontecimientos según sea necesario;";
        String sc = "S/RES/2197 (2015)";
        assertThat(decidedInSpanish(en821, es821, sc)).containsEntry("Security Council", "organ-in-own-voice");
        assertThat(decidedInSpanish(en821, es821.replace("y que lo mantenga", "y mantenerlo"), sc)).containsEntry("Security Council", "organ-in-own-voice");
        assertThat(decidedInSpanish(en821, es821.replace("que lo mantenga", "que mantenga"), sc)).containsEntry("Security Council", "term-missing");
    }

    @Test
    void writtenJoined() {
        // line 1048 (abridged): "non-proliferation" → "nonprolifération"
        String en = "UNODC participated in a regional workshop for Central Asian States on its contribution to regional and global"
            + " disarmament and non-proliferation, held in Astana on 11 and 12 March.";
        String fr = "L'ONUDC a participé à un atelier régional sur la contribution de celle-ci au désarmement et à la nonprolifération dans"
            + " la région et dans le monde qui s'adressait aux États d'Asie centrale (Astana, 11 et 12 mars).";
        assertThat(decided(pair("1048", en, "fr", fr))).containsEntry("non-proliferation", "written-joined");
        assertThat(decided(pair("1048", en, "fr", fr.replace("à la nonprolifération", "à la paix")))).containsEntry("non-proliferation", "term-missing");
    }

    @Test
    void demonstrativeAndHead() {
        // line 1104: "those Member States" → "ces États"
        String en = "2. The minimum payments necessary to reduce the amounts owed by those Member States on their contributions so that"
            + " they remain below the gross amount assessed for the preceding two full years (2013 and 2014) are as follows:";
        String fr = "Le montant minimal que chacun de ces États doit verser pour ramener ses arriérés en deçà du montant brut de sa"
            + " quote-part pour les deux années complètes écoulées (2013 et 2014) est indiqué ci-après :";
        assertThat(decided(pair("1104", en, "fr", fr))).containsEntry("Member States", "demonstrative-and-head");
        assertThat(decided(pair("1104", en, "fr", fr.replace("chacun de ces États", "chacun d'eux")))).containsEntry("Member States", "term-missing");
    }

    @Test
    void pronounForHead() {
        // line 1982 (abridged): "all the nuclear-weapon States" → "tous ceux qui sont dotés de l'arme nucléaire"
        String en = "6. The Group stresses the significance of achieving universal adherence to the Treaty, including by all the"
            + " nuclear-weapon States, which, inter alia, should contribute to the process of nuclear disarmament.";
        String fr = "Le Groupe souligne à quel point il importe que le Traité soit signé par tous les États, notamment par tous ceux qui"
            + " sont dotés de l'arme nucléaire, ce qui, entre autres facteurs, devrait contribuer au désarmement nucléaire.";
        assertThat(decided(pair("1982", en, "fr", fr))).containsEntry("nuclear-weapon States", "pronoun-for-head");
        assertThat(decided(pair("1982", en, "fr", fr.replace("notamment par tous ceux qui sont dotés de l'arme nucléaire", "notamment par tous"))))
            .containsEntry("nuclear-weapon States", "term-missing");
    }

    @Test
    void possessiveForGenitive() {
        // line 1364: "The Chairs or Vice-Chairs of the subsidiary bodies" → "رؤساء الهيئات الفرعية … أو نوابهم" (or their deputies)
        String en = "6. The Chairs or Vice-Chairs of the subsidiary bodies of the Commission can be invited to the meetings of the Executive Committee.";
        String ar = "٦ - يمكن دعوة رؤساء الهيئات الفرعية التابعة للجنة الاقتصادية والاجتماعية أو نوابهم إلى حضور اجتماعات اللجنة التنفيذية.";
        assertThat(decided(pair("1364", en, "ar", ar))).containsEntry("Vice-Chairs", "possessive-for-genitive");
        // without the Chairs named before, "their deputies" stands for nobody's Vice-Chair
        assertThat(decided(pair("1364", en, "ar", ar.replace("رؤساء ", "أعضاء ")))).containsEntry("Vice-Chairs", "term-missing");
        // nor does the head with the article and no pronoun
        assertThat(decided(pair("1364", en, "ar", ar.replace("نوابهم", "النواب")))).containsEntry("Vice-Chairs", "term-missing");
    }

    @Test
    void compoundHead() {
        // line 352 (abridged): "nuclear-weapon States parties" → 核武器缔约国 (核武器国家 with 国家 shortened to 国)
        String en = "2. The Group stresses that the granting of such assurances by all five nuclear-weapon States parties is a commitment.";
        String zh = "2. 集团强调指出，由所有五个核武器缔约国作出此种保证，是一种承诺。";
        assertThat(decided(pair("352", en, "zh", zh))).containsEntry("nuclear-weapon States", "compound-head");
        assertThat(decided(pair("352", en, "zh", zh.replace("五个核武器缔约国", "五个缔约国")))).containsEntry("nuclear-weapon States", "term-missing");
    }

    static final String EN_90 = "I would be grateful if the present letter and its annex could be circulated as a document of the General"
        + " Assembly, under agenda item 42, and of the Security Council.";
    static final String FR_90 = "Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre et de son annexe"
        + " comme document de l'Assemblée générale, au titre du point 42 de l'ordre du jour, et du Conseil de sécurité.";
}
