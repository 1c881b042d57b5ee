package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * term-wrong-word with the project's termbase: a standard rendering with one word swapped, misspelt or lowered is
 * reported with the word that differs and the rendering as the suggestion (the six examples); the ways official
 * UN translations (unpc-dev, line numbers given) write a term's neighbourhood are not.
 */
class WrongWordTest extends ProjectTermbase {
    private static final String SC = "The Security Council adopted resolution 1540 (2004).";
    private static final String CTBT = "We support the Comprehensive Nuclear-Test-Ban Treaty.";

    private static List<Finding> wrongWords(String en, String lang, String target) {
        return checks("term-missing", "term-wrong-word").check(List.of(new SegmentPair("1", "en", en, lang, target, "doc")))
            .findings();
    }

    /** As {@link #wrongWords}, for a line of unpc-dev: a sample, which does not show what its document said before. */
    private static List<Finding> wrongWordsInSample(String en, String lang, String target) {
        return checks("term-missing", "term-wrong-word").documents(Checker.Documents.SAMPLED)
            .check(List.of(new SegmentPair("1", "en", en, lang, target, "doc"))).findings();
    }

    private static void reported(String en, String lang, String target, String word, String message, String rendering) {
        assertThat(wrongWords(en, lang, target)).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("term-wrong-word");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.targetSpans()).extracting(s -> target.substring(s.start(), s.end())).containsExactly(word);
            assertThat(f.message()).contains(message);
            assertThat(f.suggestions()).containsExactly(rendering);
        });
        // the standard rendering in the same sentence is not reported
        assertThat(wrongWords(en, lang, target.replace(word, rendering.contains(" ") ? word : rendering))).isNotEmpty();
    }

    @Test
    void aModifierSwappedInsideAStandardNameIsReported() {
        reported(SC, "es", "El Consejo General aprobó la resolución 1540 (2004).", "General",
            "'General' where the termbase has 'Seguridad'", "Consejo de Seguridad");
        reported("The General Assembly adopted the resolution.", "fr", "L'Assemblée nationale a adopté la résolution.", "nationale",
            "'nationale' where the termbase has 'générale'", "Assemblée générale");
        reported(CTBT, "es", "Apoyamos el Tratado de Prohibición Parcial de los Ensayos Nucleares.", "Parcial",
            "'Parcial' where the termbase has 'Completa'", "Tratado de Prohibición Completa de los Ensayos Nucleares");
        reported(CTBT, "ru", "Мы поддерживаем Договор о частичном запрещении ядерных испытаний.", "частичном",
            "'частичном' where the termbase has 'всеобъемлющем'", "Договор о всеобъемлющем запрещении ядерных испытаний");
    }

    @Test
    void aNameWrittenAsAnotherNameOrMisspeltIsReported() {
        reported(SC, "ru", "Совет по безопасности принял резолюцию 1540 (2004).", "безопасности",
            "'безопасности' where the termbase has 'Безопасности'", "Совет Безопасности");
        reported(SC, "es", "El Consejo de Securidad aprobó la resolución 1540 (2004).", "Securidad",
            "'Securidad' is misspelt: the termbase has 'Seguridad'", "Consejo de Seguridad");
    }

    @Test
    void theStandardRenderingsAreNotReported() {
        assertThat(wrongWords(SC, "es", "El Consejo de Seguridad aprobó la resolución 1540 (2004).")).isEmpty();
        assertThat(wrongWords(SC, "ru", "Совет Безопасности принял резолюцию 1540 (2004).")).isEmpty();
        assertThat(wrongWords(CTBT, "es", "Apoyamos el Tratado de Prohibición Completa de los Ensayos Nucleares.")).isEmpty();
        assertThat(wrongWords("The General Assembly adopted the resolution.", "fr", "L'Assemblée générale a adopté la résolution."))
            .isEmpty();
    }

    @Test
    void aSubstitutionNobodyListedIsStillFound() {
        // a word of another body's name in the place of the rendering's head
        String en = "The Committee would appreciate it if this letter were brought to the attention of the members of the"
            + " Security Council and issued as a document of the Council.";
        String es = "El Comité agradecería que la presente carta se señalara a la atención de los miembros del %s y se publicara"
            + " como documento del Consejo.";
        assertThat(wrongWords(en, "es", es.formatted("Consejo de Seguridad"))).isEmpty();
        assertThat(wrongWords(en, "es", es.formatted("Comité de Seguridad"))).extracting(Finding::checkId)
            .containsExactly("term-wrong-word");
        assertThat(wrongWords(en, "es", es.formatted("Consejo de Segurdad"))).extracting(Finding::checkId)
            .containsExactly("term-wrong-word");
    }

    @Test
    void officialTextAroundARenderingIsNotAWrongWord() {
        // line 290: the Council by its head, then a verb ("le Conseil a souligné"): the short name, not a wrong one
        assertThat(wrongWordsInSample("By its resolution 2055 (2012), the Security Council emphasized the significantly increased"
            + " workload of the Committee.", "fr", "Par sa résolution 2055 (2012), le Conseil a souligné l'augmentation"
            + " importante de la charge de travail du Comité.")).extracting(Finding::checkId).doesNotContain("term-wrong-word");
        // line 1078: two modifiers coordinated ("organisations internationales et régionales")
        assertThat(wrongWordsInSample("2. Invites all Member States and other international and regional organizations to observe the Day;",
            "fr", "2. Invite tous les États Membres et les organisations internationales et régionales à célébrer cette journée ;"))
            .isEmpty();
        // line 1168: a longer name that goes on to give the rendering's word
        assertThat(wrongWordsInSample("The 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"
            + " considered the universality of the comprehensive safeguards as a main objective.", "es", "La Conferencia de las"
            + " Partes del Año 2000 Encargada del Examen del Tratado sobre la No Proliferación de las Armas Nucleares consideró que"
            + " la universalidad de las salvaguardias amplias era uno de los objetivos principales.")).isEmpty();
    }

    @Test
    void aTypoInTheOfficialTextItselfIsFound() {
        // line 282 of unpc-dev writes "ядреного" for "ядерного"
        String en = "It became the second treaty in the world to establish a nuclear-weapon-free zone in a populated region.";
        String ru = "Он стал вторым в мире договором о создании зоны, свободной от ядреного оружия, в населенном регионе.";
        assertThat(wrongWords(en, "ru", ru)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("'ядреного' is misspelt: the termbase has 'ядерного'");
            assertThat(f.suggestions()).containsExactly("зона, свободная от ядерного оружия");
        });
        assertThat(wrongWords(en, "ru", ru.replace("ядреного", "ядерного"))).isEmpty();
    }

    @Test
    void aSlipThatLooksLikeAnEndingIsStillASlip() {
        // "Asambea" and "revisón" keep the first letters; the stem-free matching took them for inflections
        reported("The General Assembly adopted the resolution.", "es", "La Asambea General aprobó la resolución.", "Asambea",
            "'Asambea' is misspelt: the termbase has 'Asamblea'", "Asamblea General");
        assertThat(Misspellings.slip("Ассамблея", "Ассамблеи", "ru")).isFalse();
        assertThat(Misspellings.slip("Unidas", "Unidos", "es")).isFalse();
        assertThat(Misspellings.slip("Miembros", "Miembsos", "es")).isTrue();
    }

    @Test
    void aRussianEndingOneSlipFromAnEndingIsMisspelt() {
        // unpc-dev line 1340 with "Генерального" written "Генеральнгоо": the loose matching took it for an inflection
        String en = "the secretariat requests organizations to respond in order to produce the comments of the Secretary-General.";
        String ru = "секретариат просит организации представить ответы, с тем чтобы подготовить замечания %s секретаря.";
        assertThat(wrongWords(en, "ru", ru.formatted("Генеральнгоо"))).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("term-wrong-word");
            assertThat(f.message()).contains("'Генеральнгоо' is misspelt");
        });
        // the genitive itself, and the other case forms, are endings
        assertThat(wrongWords(en, "ru", ru.formatted("Генерального"))).isEmpty();
        assertThat(Misspellings.endingSlip("ого", "ru")).isFalse();
        assertThat(Misspellings.endingSlip("ием", "ru")).isFalse();
        assertThat(Misspellings.endingSlip("еим", "ru")).isTrue();
        assertThat(Misspellings.endingSlip("овм", "ru")).isTrue();
        // no endings file: no ending slips
        assertThat(Misspellings.endingSlip("sos", "es")).isFalse();
    }

    @Test
    void aSlipTheRecogniserTookForAnInflectionIsMisspelt() {
        // unpc-dev lines 882 and 1934 with one letter wrong, which the target recogniser's stemming still matched
        String en = "Provisional agenda for the 7368th meeting of the Security Council";
        String ru = "%s повестка дня 7368-го заседания Совета Безопасности,";
        assertThat(wrongWords(en, "ru", ru.formatted("Предварйтельная"))).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("term-wrong-word");
            assertThat(f.message()).contains("'Предварйтельная' is misspelt");
        });
        assertThat(wrongWords(en, "ru", ru.formatted("Предварительная"))).isEmpty();
        String chair = "The Chair will address the Committee at its opening meeting.";
        String ar = "سيدلي %s ببيان أمام اللجنة في جلستها الافتتاحية.";
        assertThat(wrongWords(chair, "ar", ar.formatted("الريئس"))).singleElement()
            .satisfies(f -> assertThat(f.message()).contains("'الريئس' is misspelt"));
        assertThat(wrongWords(chair, "ar", ar.formatted("الرئيس"))).isEmpty();
        // an Arabic word with a clitic or another pattern is no slip; two letters swapped is
        assertThat(Misspellings.slip("الولاية", "الولايات", "ar")).isFalse();
        assertThat(Misspellings.slip("الرئيس", "الريئس", "ar")).isTrue();
    }

    @Test
    void aModifierInsideAnotherRecognisedNameDoesNotExcuseAReplacedOne() {
        // unpc-dev line 704 with "العامة" replaced: the "العام" of "الأمين العام" is the Secretary-General's word
        String en = "The Advisory Committee recommends that the General Assembly request the Secretary-General to include further details.";
        String ar = "وتوصي اللجنة الاستشارية بأن تطلب الجمعية %s إلى الأمين العام أن يضمن تقريره المزيد من التفاصيل.";
        assertThat(wrongWords(en, "ar", ar.formatted("التنفيذي"))).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("term-wrong-word");
            assertThat(f.message()).contains("'التنفيذي' where the termbase has 'العامة'");
        });
        assertThat(wrongWords(en, "ar", ar.formatted("العامة"))).isEmpty();
        // a head inside another recognised term is the rendering's own, split off (line 1430): still accepted
        String en1430 = "it is the legitimate right of all non-nuclear-weapon States parties to the Treaty to receive security assurances.";
        String fr1430 = "les États parties au Traité non dotés d'armes nucléaires ont le droit légitime de recevoir des garanties de sécurité.";
        assertThat(wrongWordsInSample(en1430, "fr", fr1430)).isEmpty();
    }

    @Test
    void anotherConceptsOneWordTermInTheRenderingsPlaceIsAWrongWord() {
        // line 208 with "Naciones" replaced by "Proliferación", itself a term: a wrong word all the same
        String en = "Acting under Chapter VII of the Charter of the United Nations,";
        String es = "Actuando en virtud del Capítulo VII de la Carta de las %s Unidas,";
        assertThat(wrongWords(en, "es", es.formatted("Naciones"))).isEmpty();
        assertThat(wrongWords(en, "es", es.formatted("Proliferación"))).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("term-wrong-word");
            assertThat(f.message()).contains("'Proliferación' where the termbase has 'Naciones'");
        });
    }

    @Test
    void anAdmittedShortFormMadeIntoAnotherNameIsAWrongWord() {
        // line 104: "الأمانة العامة" (the Secretariat) written "الأمانة الوطنية" (the national secretariat); the short
        // form "الأمانة" alone, which the termbase admits, no longer excuses it
        String en = "7. In a note verbale dated 20 January 2015, the Permanent Mission of Argentina to the United Nations informed"
            + " the Secretariat of the following:";
        String ar = "٧ - في مذكرة شفوية مؤرخة 20 كانون الثاني/يناير 2015، أبلغت البعثة الدائمة للأرجنتين لدى الأمم المتحدة %s"
            + " بما يلي:";
        assertThat(wrongWords(en, "ar", ar.formatted("الأمانة العامة"))).isEmpty();
        assertThat(wrongWords(en, "ar", ar.formatted("الأمانة"))).isEmpty();
        assertThat(wrongWords(en, "ar", ar.formatted("الأمانة الوطنية"))).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo("term-wrong-word");
            assertThat(f.message()).contains("'الوطنية' where the termbase has 'العامة'");
            assertThat(f.suggestions()).containsExactly("الأمانة العامة");
        });
    }

    @Test
    void aShortFormInALongerNameOfTheSourceKeepsItsAdjective() {
        // line 843: "Provisional Technical Secretariat" is "الأمانة الفنية المؤقتة", another body, not a wrong Secretariat;
        // a definite noun after the short form is its object ("أبلغت الأمانة اللجنة", the Secretariat informed the Committee)
        assertThat(wrongWords("It has extended the use of the civilian national seismic detection services in order to benefit"
            + " from the Provisional Technical Secretariat data regarding tsunami alerts (action 14).", "ar", "ووسعت نطاق"
            + " استخدام الخدمات الوطنية المدنية لكشف الهزات الأرضية من أجل الاستفادة من بيانات الأمانة الفنية المؤقتة فيما يتعلق"
            + " بالإنذارات بأمواج التسونامي (الإجراء 14).")).isEmpty();
        assertThat(wrongWords("The Secretariat informed the Committee.", "ar", "أبلغت الأمانة اللجنة.")).isEmpty();
    }

    @Test
    void aChineseAbbreviationsCharactersInsideAnotherNameAreNoRendering() {
        // line 138: "安全理事会" written "安保理事会" holds 安, 理 and 会 of the admitted "安理会" in order
        String en = "The Security Council also expresses its full support to the Special Representative of the Secretary-General for Mali.";
        String zh = "%s还表示全力支持秘书长马里问题特别代表。";
        assertThat(wrongWords(en, "zh", zh.formatted("安全理事会"))).isEmpty();
        assertThat(wrongWords(en, "zh", zh.formatted("安理会"))).isEmpty();
        assertThat(wrongWords(en, "zh", zh.formatted("安保理事会"))).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isIn("term-wrong-word", "term-missing");
            assertThat(f.suggestions()).contains("安全理事会");
        });
        // a particle between a rendering's characters is grammar, not another word: "秘书长的报告" for "秘书长报告"
        assertThat(wrongWords("Report of the Secretary-General", "zh", "秘书长的报告")).isEmpty();
    }

    @Test
    void aChineseFullNameWithAWordOfItsFirstPartChangedIsAWrongWord() {
        // line 298 (abridged): the short form "条约不结盟缔约国集团" ends the full name, so with "不扩散" changed it is still there
        String en = "The Group of Non-Aligned States Parties to the Treaty on the Non-Proliferation of Nuclear Weapons expresses its"
            + " strong concern at the growing resort to unilateralism.";
        String zh = "%s条约不结盟缔约国集团对越来越多地诉诸单边主义表示强烈担忧。";
        assertThat(wrongWords(en, "zh", zh.formatted("不扩散核武器"))).isEmpty();
        assertThat(wrongWords(en, "zh", zh.formatted("防扩散核武器"))).anySatisfy(f -> {
            assertThat(f.checkId()).isEqualTo("term-wrong-word");
            assertThat(f.message()).contains("'防' where the termbase has '不'");
            assertThat(f.suggestions()).containsExactly("不扩散核武器条约不结盟缔约国集团");
        });
        // the short form after another phrase is the short form: "议主席团欢迎" shares no character with "不扩散核武器"
        assertThat(wrongWords("The Bureau of the Conference welcomes the statement of the Group of Non-Aligned States Parties to the"
            + " Treaty.", "zh", "会议主席团欢迎条约不结盟缔约国集团的声明。")).isEmpty();
    }
}
