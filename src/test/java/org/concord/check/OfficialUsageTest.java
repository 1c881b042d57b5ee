package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The terminology checks on official UN sentences (unpc-dev, line numbers given) that use the termbase's terms the
 * way official translations do – a faithful rendering of a deprecated source term, another sense of a word, a
 * dropped hyphen or particle – with the real termbase; each beside an error the checks must still report.
 */
class OfficialUsageTest extends ProjectTermbase {

    private static SegmentPair pair(String id, String en, String lang, String target) {
        return new SegmentPair(id, "en", en, lang, target, "doc");
    }

    @Test
    void aDeprecatedSourceTermRenderedByTheDeprecatedRenderingIsLeftToTheSourceCheck() {
        // line 1912: the English itself writes "Islamic State in Iraq and Syria"
        assertThat(termFindings(pair("1912", EN_1912, "fr", FR_1912))).isEmpty();
        assertThat(termFindings(pair("1912", EN_1912.replace("Islamic State in Iraq and Syria", "Islamic State in Iraq and the Levant"),
            "fr", FR_1912))).singleElement().asString()
            .startsWith("1912 term-deprecated: 'État islamique d'Iraq et de Syrie' is deprecated");
    }

    @Test
    void targetMatchesBeyondTheSourceUsesAreNotSetAgainstTheDocumentsRenderings() {
        // lines 1370 and 1938: "assistance" once in the source, but "aider" (to assist) beside "assistance" in the target
        assertThat(termFindings(pair("1370", EN_1370, "fr", FR_1370), pair("1938", EN_1938, "fr", FR_1938))).isEmpty();
        assertThat(termFindings(pair("1370", EN_1370, "zh", ZH_1370), pair("1938", EN_1938, "zh", ZH_1938))).isEmpty();
        // one use, one rendering each, and they differ: reported
        assertThat(termFindings(pair("1", "They asked for assistance.", "fr", "Ils ont demandé une assistance."),
            pair("2", "They need assistance.", "fr", "Ils ont besoin d'aide.")))
            .containsExactly("2 term-inconsistent: Rendered 'aide' here but 'assistance' in 1 other place.");
    }

    @Test
    void renderingsThatDifferByAnOptionalParticleAreOneRendering() {
        // line 1416 writes 秘书长报告; 秘书长的报告 is as common (line 1333, "reports")
        assertThat(termFindings(pair("1416", EN_1416, "zh", ZH_1416),
            pair("1333", "1. Takes note of the report of the Secretary-General;", "zh", ZH_1333))).isEmpty();
    }

    @Test
    void anOrganSpeakingOfItselfMayBeAPronounInFrench() {
        // line 1411, a General Assembly resolution (A/RES/69/200): "report to the General Assembly at its seventieth session"
        String en = "13. Requests the Commission to report to the General Assembly at its seventieth session, through the"
            + " Economic and Social Council, on the progress made in preparation for the special session in 2016;";
        String fr = "13. Prie la Commission de lui rendre compte à sa soixante-dixième session, par l'intermédiaire du Conseil"
            + " économique et social, des progrès réalisés dans les préparatifs de la session extraordinaire de 2016 ;";
        assertThat(termFindings(new SegmentPair("1411", "en", en, "fr", fr, "A/RES/69/200"))).isEmpty();
        // line 1831, a presidential statement (S/PRST/2015/5): "the Security Council further calls on" → "il demande"
        String en1831 = "In this regard, the Security Council further calls on the Malian parties to make the necessary concessions.";
        String fr1831 = "À cet égard, il demande également aux parties maliennes de faire les concessions qui s'imposent.";
        assertThat(termFindings(new SegmentPair("1831", "en", en1831, "fr", fr1831, "S/PRST/2015/5"))).isEmpty();
        // the same sentence in a letter is not the Council's voice: reported
        assertThat(termFindings(new SegmentPair("1831", "en", en1831, "fr", fr1831, "S/2015/103")))
            .singleElement().asString().startsWith("1831 term-missing: 'Security Council' is not rendered");
        // a statement opening with the organ's name names it in every language: its deletion is reported
        assertThat(termFindings(new SegmentPair("69", "en", "The Security Council reaffirms its commitment.", "fr",
            "Le  réaffirme son attachement.", "S/PRST/2015/1")))
            .singleElement().asString().startsWith("69 term-missing: 'Security Council' is not rendered");
    }

    @Test
    void aWordInAnotherSenseIsNoUseOfTheTerm() {
        // line 444: the Procurement Division's vendor sanctions; line 1146: another charter; line 660: a national parliament's act
        assertThat(termFindings(pair("444", EN_444, "ru", RU_444))).isEmpty();
        assertThat(termFindings(pair("1146", EN_1146, "ru", RU_1146))).isEmpty();
        assertThat(termFindings(pair("660", EN_660, "ru", RU_660))).isEmpty();
        // line 1042: medical assistance to people (医疗救助), not assistance to States
        assertThat(termFindings(pair("1042", EN_1042, "zh", ZH_1042))).isEmpty();
        assertThat(termFindings(pair("1", "The Council renewed the sanctions.", "ru", "Совет продлил меры.")))
            .singleElement().asString().startsWith("1 term-missing: 'sanctions' is not rendered");
    }

    @Test
    void otherPostsOtherProgrammesAndOtherConferencesAreNoUsesOfTheTerm() {
        // held-out lines, read in session 15 (see README): a Deputy Secretary General without hyphen (line 1203)
        String en1203 = "The Government even requested Radhika Coomaraswamy, former United Nations Deputy Secretary General, to revise the report.";
        String es1203 = "El Gobierno incluso pidió a Radhika Coomaraswamy, ex Vicesecretario General de las Naciones Unidas, que revisara el informe.";
        assertThat(termFindings(pair("1203", en1203, "es", es1203))).isEmpty();
        assertThat(termFindings(pair("1", "The Secretary General revised the report.", "es", "El Vicesecretario General revisó el informe.")))
            .singleElement().asString().startsWith("1 term-wrong-word: 'Secretary General': 'Vicesecretario'");
        // the disarmament of combatants, a step of DDR, is "解除武装" (lines 1513 and 883), not arms reduction, "裁军"
        assertThat(termFindings(pair("1513", "UNOCI will continue to support security sector reform and disarmament, demobilization and"
            + " reintegration processes.", "zh", "联科行动将继续支持安全部门改革，加速解除武装、复员和重返社会进程。"))).isEmpty();
        assertThat(termFindings(pair("883", "They committed to begin the voluntary disarmament of their combatants.", "zh",
            "他们承诺开始自愿解除其战斗人员的武装。"))).isEmpty();
        assertThat(termFindings(pair("2", "They committed to begin the voluntary disarmament of their arsenals.", "zh",
            "他们承诺开始自愿解除其武库。"))).singleElement().asString().startsWith("2 term-missing: 'disarmament' is not rendered");
        // safeguards against fiduciary risks (line 453) are protections in general; beside a nuclear word they are the IAEA's
        String en453 = "8. Encourages UNDP to ensure that fiduciary risks are assessed and appropriate safeguards are put in place.";
        assertThat(termFindings(pair("453", en453, "ru", "8. призывает ПРООН обеспечить оценку фидуциарных рисков и принятие"
            + " надлежащих мер предосторожности."))).isEmpty();
        assertThat(termFindings(pair("3", "All nuclear material is under Agency safeguards.", "ru",
            "Весь ядерный материал находится под контролем Агентства."))).singleElement().asString()
            .startsWith("3 term-missing: 'safeguards' is not rendered");
        // the Durban Review Conference reviewed a declaration, not a treaty (line 659); a treaty's Review Conference is checked
        assertThat(termFindings(pair("659", "the outcome document of the Durban Review Conference of 24 April 2009,", "zh",
            "2009年4月24日德班审查会议成果文件"))).isEmpty();
        assertThat(termFindings(pair("4", "the outcome document of the 2010 Review Conference,", "zh", "2010年审查会议成果文件")))
            .singleElement().asString().startsWith("4 term-missing: 'Review Conference' is not rendered");
    }

    @Test
    void aNounTermsWordUsedAsAVerbIsNoUseOfTheTerm() {
        // line 1810 (abridged): "to safeguard future generations" → "protègeront les générations futures"; no IAEA safeguards
        String en = "11. The New Agenda Coalition believes that the time is long past to take substantial action to safeguard future"
            + " generations from the catastrophic effects of a detonation.";
        String fr = "11. La Coalition pour un nouvel ordre du jour estime qu'il est urgent de prendre les mesures significatives qui"
            + " protègeront les générations futures des effets catastrophiques d'une explosion.";
        assertThat(termFindings(pair("1810", en, "fr", fr))).isEmpty();
        assertThat(TermUses.notAUse(en, occurrence(en, "safeguard"), "en")).isEqualTo(TermUses.VERB_USE);
        // --explain names the reason
        assertThat(checks("term-missing").explain(List.of(pair("1810", en, "fr", fr))))
            .anyMatch(e -> e.term().equals("safeguard") && "verb-use".equals(e.rule()));
        // after a modal, with an object: a verb whatever the noun ("may sanction those who", "shall mandate the Office")
        String modal = "The Committee may sanction those who violate the embargo.";
        assertThat(TermUses.notAUse(modal, occurrence(modal, "sanction"), "en")).isEqualTo(TermUses.VERB_USE);
        // the nouns after "to" are still uses: a plural, a preposition or a number after it, the end of the clause
        assertThat(termFindings(pair("1", "States agreed to safeguards on all their nuclear material.", "fr",
            "Les États ont accepté des contrôles sur toutes leurs matières nucléaires."))).singleElement().asString()
            .startsWith("1 term-missing: 'safeguards' is not rendered");
        for (String noun : List.of("Those who violate it are subject to sanction by the Committee.", "Pursuant to mandate 3, it acts.",
            "It was not subject to sanction.")) {
            String word = noun.contains("mandate") ? "mandate" : "sanction";
            assertThat(TermUses.notAUse(noun, occurrence(noun, word), "en")).as(noun).isNull();
        }
    }

    /** The recognised source term whose text starts with {@code word}. */
    private static org.concord.term.TermOccurrence occurrence(String en, String word) {
        int at = en.indexOf(word);
        return termbase.recognizer().find(en, "en").stream().filter(o -> o.start() == at).findFirst().orElseThrow();
    }

    @Test
    void theAcronymsShortNamesAndVariantsTheUnWritesAreRenderings() {
        // line 555: "acceded to the CWC" → "a adhéré à la CIAC"
        String en555 = "Recalling that the Syrian Arab Republic acceded to the CWC,";
        String fr555 = "Rappelant que la République arabe syrienne a adhéré à la CIAC,";
        assertThat(termFindings(pair("555", en555, "fr", fr555))).isEmpty();
        assertThat(termFindings(pair("555", en555, "fr", fr555.replace("la CIAC", "la Convention")))).singleElement().asString()
            .startsWith("555 term-missing: 'CWC' is not rendered");
        // line 1133: "core and non-core funding for UNODC" → "لمكتب المخدِّرات والجريمة", the Office's Arabic short name
        String en1133 = "ways to achieve a sustainable balance between core and non-core funding for UNODC";
        String ar1133 = "سبل تحقيق توازن مستدام بين التمويل الأساسي والتمويل غير الأساسي لمكتب المخدِّرات والجريمة";
        assertThat(termFindings(pair("1133", en1133, "ar", ar1133))).isEmpty();
        assertThat(termFindings(pair("1133", en1133, "ar", ar1133.replace("لمكتب المخدِّرات والجريمة", "لمكتب الجريمة")))).singleElement()
            .asString().startsWith("1133 term-missing: 'UNODC' is not rendered");
        // line 1785: "those terrorist organizations" → "تلك التنظيمات الإرهابية"
        String en1785 = "killed in some other savage, criminal manner favoured by those terrorist organizations.";
        String ar1785 = "بأي من الأساليب الإجرامية الوحشية الأخرى التي تتبعها تلك التنظيمات الإرهابية.";
        assertThat(termFindings(pair("1785", en1785, "ar", ar1785))).isEmpty();
        assertThat(termFindings(pair("1785", en1785, "ar", ar1785.replace("التنظيمات الإرهابية", "الجماعات")))).singleElement()
            .asString().startsWith("1785 term-missing: 'terrorist organizations' is not rendered");
        // line 289: "capacity-building for sustainable development" → "el fomento de la capacidad con miras al desarrollo sostenible"
        String en289 = "the transfer of innovative solutions and capacity-building for sustainable development among countries,";
        String es289 = "la transferencia de soluciones innovadoras y el fomento de la capacidad con miras al desarrollo sostenible entre los países,";
        assertThat(termFindings(pair("289", en289, "es", es289))).isEmpty();
        assertThat(termFindings(pair("289", en289, "es", es289.replace("el fomento de la capacidad", "la cooperación")))).singleElement()
            .asString().startsWith("289 term-missing: 'capacity-building' is not rendered");
    }

    @Test
    void aOneWordRenderingWrittenWithoutItsHyphenIsRendered() {
        // line 1048: "nonprolifération"
        assertThat(termFindings(pair("1048", EN_1048, "fr", FR_1048))).isEmpty();
        assertThat(termFindings(pair("1048", EN_1048, "fr", FR_1048.replace(" et à la nonprolifération", ""))))
            .singleElement().asString().startsWith("1048 term-missing: 'non-proliferation' is not rendered");
    }

    @Test
    void chineseCompoundsAndQuotedTitlesKeepARendering() {
        // line 352: 核武器国家 + 缔约国 → 核武器缔约国, 无核武器国家 … 缔约国 → 无核武器缔约国
        assertThat(termFindings(pair("352", EN_352, "zh", ZH_352))).noneMatch(f -> f.contains("nuclear-weapon States"));
        // line 1328: 秘书长关于"…：…"的报告, the colon inside the quoted title
        assertThat(termFindings(pair("1328", EN_1328, "zh", ZH_1328))).isEmpty();
        assertThat(termFindings(pair("1328", EN_1328, "zh", ZH_1328.replace("的报告", "")))).singleElement().asString()
            .startsWith("1328 term-missing: 'Report of the Secretary-General' is not rendered");
    }

    @Test
    void aDemonstrativeOrAPronounMayStandBeforeOrForTheRenderingsHead() {
        // line 1104: "those Member States" → "ces États"
        assertThat(termFindings(pair("1104", EN_1104, "fr", FR_1104))).isEmpty();
        assertThat(termFindings(pair("1104", EN_1104.replace("those Member States", "Member States"), "fr", FR_1104)))
            .singleElement().asString().startsWith("1104 term-missing: 'Member States' is not rendered");
        // line 1982: "all the nuclear-weapon States" → "tous ceux qui sont dotés de l'arme nucléaire"
        assertThat(termFindings(pair("1982", EN_1982, "fr", FR_1982))).noneMatch(f -> f.contains("'nuclear-weapon States'"));
        assertThat(termFindings(pair("1982", EN_1982, "fr", FR_1982.replace("ceux qui sont dotés de l'arme nucléaire", "ceux-là"))))
            .anyMatch(f -> f.startsWith("1982 term-missing: 'nuclear-weapon States' is not rendered"));
    }


    @Test
    void aPluralEnteredAsATermOfItsOwnIsNoRivalOfTheSingular() {
        // line 341: "its Sanctions Committees" → لجان الجزاءات, the broken plural the termbase admits beside لجنة الجزاءات
        SegmentPair singular = pair("1", "The Sanctions Committee met on 5 May.", "ar", "اجتمعت لجنة الجزاءات في 5 أيار/مايو.");
        assertThat(termFindings(pair("341", EN_341, "ar", AR_341), singular)).isEmpty();
        // a plural for one committee is the same term inflected (the stemmer reads لجان as لجنة): a matter of
        // grammar, not a rival rendering
        assertThat(termFindings(pair("2", "The Sanctions Committee met on 6 May.", "ar", "اجتمعت لجان الجزاءات في 6 أيار/مايو."), singular,
            pair("3", "The Sanctions Committee met on 7 May.", "ar", "اجتمعت لجنة الجزاءات في 7 أيار/مايو."))).isEmpty();
    }

    private static final String EN_1912 = "In the Middle East region the Islamic State in Iraq and Syria has created thousands of new widows and orphans dependent on them.";
    private static final String FR_1912 = "Dans la région du Moyen-Orient, l'État islamique d'Iraq et de Syrie a donné naissance à des milliers de veuves qui ont des orphelins à leur charge.";
    private static final String EN_1370 = "9. Further requests the United Nations Office on Drugs and Crime, where appropriate, in consultation with Member States, to develop a practical assistance tool to assist in the implementation of the Guidelines, taking into consideration the technical background document developed for the elaboration of the Guidelines and the comments made by Member States;";
    private static final String FR_1370 = "9. Prie en outre l'Office des Nations Unies contre la drogue et le crime, selon que de besoin, en consultation avec les États Membres, de mettre au point un outil d'assistance pratique pour aider à la mise en œuvre des Principes directeurs, en tenant compte du document technique établi aux fins de l'élaboration de ces Principes, et des commentaires formulés par les États Membres ;";
    private static final String ZH_1370 = "9. 还请联合国毒品和犯罪问题办公室与会员国协商，酌情制定一项切实可行的援助工具，以协助执行《准则》，同时考虑到为拟订《准则》而编拟的技术背景文件以及会员国提出的意见；";
    private static final String EN_1938 = "They could remedy this in part by cooperating with specialized service providers, in particular civil society organizations, immigration lawyers and lawyers specialized in counselling crime victims, and allowing them to assist in the identification of particularly vulnerable groups and their referral to appropriate assistance.";
    private static final String FR_1938 = "Ils pourraient y remédier en partie en coopérant avec des prestataires de services spécialisés, notamment des organisations de la société civile, des avocats spécialisés dans le droit de l'immigration et dans le conseil aux victimes d'actes criminels, et en leur permettant d'aider à identifier les groupes particulièrement vulnérables et à les orienter vers une assistance appropriée.";
    private static final String ZH_1938 = "它们可在这方面进行补救，办法是与专业的服务提供者，尤其是民间社会组织、移徙律师、专门为犯罪受害者提供咨询的律师合作，使他们能够协助确认尤其脆弱的群体的身份，并将其转介寻求适当援助。";
    private static final String EN_1416 = "The overall assessment presented in the report of the Secretary-General to be considered under agenda item 3 (b) is based on those national reports, taking into account also of previous national reports, submitted at the eighth, ninth and tenth sessions of the Forum.";
    private static final String ZH_1416 = "供议程项目3(b)审议的秘书长报告中提出的总体评估以这些国家报告为基础，并考虑到以往提交论坛第八、第九和第十届会议的国家报告。";
    private static final String ZH_1333 = "1. 表示注意到秘书长的报告；";
    private static final String EN_444 = "The Secretary-General also indicates that the Procurement Division will continue to work towards the establishment of an operational framework for the global management of the United Nations Secretariat vendor roster, featuring a centralized approach for comprehensive legal and financial due diligence review and vendor sanctions.";
    private static final String RU_444 = "Генеральный секретарь отмечает также, что Отдел закупок будет и далее принимать меры к формированию оперативной базы для глобального управления реестром поставщиков в Секретариате Организации Объединенных Наций, что отражает централизованный подход к комплексной правовой и финансовой экспертизе и утверждению подрядчиков.";
    private static final String EN_1146 = "Most of the focal points are, for example, eligible to become authorized users of the International Charter on Space and Major Disasters under its universal access initiative.";
    private static final String RU_1146 = "Так, большинство координационных центров вправе стать уполномоченными пользователями Международной хартии по космосу и крупным катастрофам в рамках осуществляемой этой структурой инициативы по обеспечению всеобщего доступа.";
    private static final String EN_660 = "Adopt promptly, by no later than 30 days after the date of signing of this document a Resolution of the Parliament of Ukraine specifying the area enjoying a special regime, under the Law of Ukraine \"On interim self-government order in certain areas of the Donetsk and Luhansk regions\", based on the line of the Minsk Memorandum of September 19, 2014.";
    private static final String RU_660 = "Незамедлительно, не позднее 30 дней с даты подписания данного документа, принять постановление Верховной Рады Украины с указанием территории, на которую распространяется особый режим в соответствии с Законом Украины <<О временном порядке местного самоуправления в отдельных районах Донецкой и Луганской областей>> на основе линии, установленной в Минском меморандуме от 19 сентября 2014 года.";
    private static final String EN_1048 = "UNODC participated in several activities related to the implementation of Council resolution 1540 (2004), including a regional workshop for Central Asian States on its contribution to regional and global disarmament and non-proliferation, held in Astana on 11 and 12 March, and a regional workshop on implementation of Council resolution 1540 (2004) for Member States of the Association of Southeast Asian Nations (ASEAN), held in Seoul on 27 and 28 October.";
    private static final String FR_1048 = "L'ONUDC a participé à plusieurs activités relatives à l'application de la résolution 1540 (2004), notamment à un atelier régional sur la contribution de celle-ci au désarmement et à la nonprolifération dans la région et dans le monde qui s'adressait aux États d'Asie centrale (Astana, 11 et 12 mars) et un autre sur son application qui était destiné aux États membres de l'Association des nations de l'Asie du Sud-Est (ASEAN) (Séoul, 27 et 28 octobre).";
    private static final String EN_352 = "2. The Group of Non-Aligned States Parties to the Treaty stresses that the granting of such assurances by all five nuclear-weapon States parties to all nonnuclear-weapon States parties is a commitment, the fulfilment of which provides an essential security benefit to the States parties to the Treaty and is necessary to strengthen the nuclear disarmament and non-proliferation regime and its credibility.";
    private static final String ZH_352 = "2. 条约不结盟缔约国集团强调指出，由所有五个核武器缔约国向所有无核武器缔约国作出此种保证，是一种承诺；履行这一承诺为《条约》缔约国带来了基本的保障好处，若要加强核不扩散制度、不扩散机制和其公信力，就必须履行此项义务。";
    private static final String EN_1328 = "Report of the Secretary-General on programme implementation and progress of work in the field of population in 2015: Population Division, Department of Economic and Social Affairs";
    private static final String ZH_1328 = "秘书长关于\"2015年在人口领域的方案执行情况和工作进展：经济和社会事务部人口司\"的报告";
    private static final String EN_1104 = "2. The minimum payments necessary to reduce the amounts owed by those Member States on their contributions so that they remain below the gross amount assessed for the preceding two full years (2013 and 2014) are as follows:";
    private static final String FR_1104 = "Le montant minimal que chacun de ces États doit verser pour ramener ses arriérés en deçà du montant brut de sa quote-part pour les deux années complètes écoulées (2013 et 2014) est indiqué ci-après :";
    private static final String EN_1982 = "6. The Group of Non-Aligned States Parties to the Treaty stresses the significance of achieving universal adherence to the Comprehensive Nuclear-Test-Ban Treaty, including by all the nuclear-weapon States, which, inter alia, should contribute to the process of nuclear disarmament.";
    private static final String FR_1982 = "Le Groupe souligne à quel point il importe que le Traité d'interdiction complète des essais nucléaires soit signé par tous les États, notamment par tous ceux qui sont dotés de l'arme nucléaire, ce qui, entre autres facteurs, devrait contribuer au désarmement nucléaire.";
    private static final String EN_1042 = "32. During the reporting period, two besieged communities were reached with food distributed to 2,544 people (1.2 per cent of the 212,000 people in besieged areas); non-food items distributed to 2,540 people (1.2 per cent); and medical assistance distributed to 1,280 people (0.6 per cent), in addition to vaccines.";
    private static final String ZH_1042 = "32. 在报告所述期间，向两个被围困社区的2 544人分发了粮食(在被围困地区的212 000人中占1.2%)；向2 540人分发了非粮食物品(1.2%)；向1 280人(0.6%)提供了疫苗及其他医疗救助。";
    private static final String EN_341 = "6. Directs the Panel to cooperate with other relevant expert groups established by the Security Council to support the work of its Sanctions Committees, in particular the Analytical Support and Sanctions Monitoring Team established by resolution 1526 (2004) and extended by resolution 2161 (2014);";
    private static final String AR_341 = "٦ - يوعز إلى الفريق بأن يتعاون مع أفرقة الخبراء المعنية الأخرى التي أنشأها مجلس الأمن لتقديم الدعم لعمل لجان الجزاءات التابعة له، ولا سيما فريق الدعم التحليلي ورصد الجزاءات المنشأ بالقرار 1526 (2004) والممددة ولايته بالقرار 2161 (2014)؛";
}
