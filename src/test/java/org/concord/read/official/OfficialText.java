package org.concord.read.official;

import java.util.List;
import java.util.Map;

/**
 * The text of a Security Council letter laid out as the Official Document System delivers it, in the six languages.
 *
 * <p>The body sentences are official United Nations text: lines 992, 1802, 101, 102, 1801 and 993 of
 * ../shared/corpora/unpc-dev (document S/2015/87), copied here so that the fixtures can be made without ../shared.
 * The running head's date, the table, the "(Signed)" line, the footnotes and the non-English footer lines are
 * <b>working translations written for this project</b>, not official text.
 *
 * <p>A footnote reference is written {@code [^n]} at the end of the paragraph it belongs to.
 */
public record OfficialText(String lang, String date, String jobLine, String recycle, List<String> paragraphs,
                           List<List<String>> table, String signed, List<String> footnotes) {

    public static final String SYMBOL = "S/2015/87";
    public static final String JOB = "15-01874";
    public static final String BARCODE = "*1501874*";
    public static final List<String> LANGS = List.of("en", "fr", "es", "ru", "zh", "ar");

    public static OfficialText of(String lang) {
        return ALL.get(lang);
    }

    public boolean rightToLeft() {
        return lang.equals("ar");
    }

    private static final Map<String, OfficialText> ALL = Map.of(
        "en", new OfficialText("en", "10 February 2015", JOB + " (E)    100215", "Please recycle", List.of(
            "I have the honour to inform you that the Security Council is scheduled to hold an open debate on \"Maintenance of international peace and security: reflect on history, reaffirm the strong commitment to the purposes and principles of the Charter of the United Nations\" on Monday, 23 February 2015.[^1]",
            "During its presidency of the Security Council in February 2015, China proposes to hold an open debate on \"Maintenance of international peace and security: reflecting on history and reaffirming our strong commitment to the purposes and principles of the Charter of the United Nations\".",
            "Win-win cooperation should be a basic policy goal for Member States in dealing with international affairs.",
            "This year marks the seventieth anniversary of the founding of the United Nations and the victory won in the world war against fascism. The international community should be committed to resolving differences and disputes between countries peacefully, through dialogue and consultation. Before exercising its right to make a recommendation under Chapter VI of the Charter, the Security Council should fully consider whether that is helpful to the ongoing efforts for the peaceful settlement of disputes.[^2]"),
            List.of(List.of("Date", "Format"), List.of("23 February 2015", "Open debate")),
            "(Signed) Liu Jieyi",
            List.of("The concept note is annexed to the present letter.",
                "Adopted by the Security Council in resolution 2171 (2014) on conflict prevention.")),
        "fr", new OfficialText("fr", "10 février 2015", JOB + " (F)    100215", "Merci de recycler", List.of(
            "J'ai l'honneur de vous informer que le Conseil de sécurité tiendra un débat public au niveau ministériel le lundi 23 février 2015 sur le thème suivant : << Maintien de la paix et de la sécurité internationales : contempler l'histoire et réaffirmer avec force les buts et principes énoncés dans la Charte des Nations Unies >>.[^1]",
            "Ayant pris la présidence du Conseil de sécurité le 2 février 2015, la Chine entend organiser un débat public sur le thème suivant : << Maintien de la paix et de la sécurité internationales : contempler l'histoire et réaffirmer avec force les buts et principes énoncés dans la Charte des Nations Unies >>.",
            "Les politiques mises en œuvre par les États Membres pour le traitement des affaires internationales doivent se fonder sur la recherche d'une coopération dont tout le monde puisse sortir gagnant.",
            "Cette année marque le soixante-dixième anniversaire de la création de l'Organisation des Nations Unies et de la victoire mondiale sur le fascisme. La communauté internationale doit s'efforcer de régler les désaccords et les conflits entre les pays de manière pacifique par le dialogue et la concertation. Avant de faire une recommandation, comme le Chapitre VI de la Charte l'y autorise, le Conseil de sécurité doit s'assurer que celle-ci va bien dans le sens du travail en cours pour le règlement pacifique des conflits.[^2]"),
            List.of(List.of("Date", "Format"), List.of("23 février 2015", "Débat public")),
            "(Signé) Liu Jieyi",
            List.of("La note de cadrage est jointe en annexe à la présente lettre.",
                "Adopté par le Conseil de sécurité dans sa résolution 2171 (2014) sur la prévention des conflits.")),
        "es", new OfficialText("es", "10 de febrero de 2015", JOB + " (S)    100215", "Se ruega reciclar", List.of(
            "Tengo el honor de informarle de que el Consejo de Seguridad tiene previsto celebrar un debate abierto a nivel ministerial sobre el tema \"El mantenimiento de la paz y la seguridad internacionales: reflexión sobre la historia y reafirmación del firme compromiso con los propósitos y principios de la Carta de las Naciones Unidas\" el lunes 23 de febrero de 2015.[^1]",
            "Como Presidente del Consejo de Seguridad en febrero de 2015, China propone un debate abierto sobre el tema \"El mantenimiento de la paz y la seguridad internacionales: reflexión sobre la historia y reafirmación del firme compromiso con los propósitos y principios de la Carta de las Naciones Unidas\".",
            "Una cooperación que beneficie a todos debería ser el objetivo básico de la política de los Estados Miembros al abordar los asuntos internacionales.",
            "Este año se celebra el 70º aniversario de la fundación de las Naciones Unidas y la victoria en la guerra mundial contra el fascismo. La comunidad internacional debería empeñarse en resolver las diferencias y las controversias entre los países mediante el diálogo y la consulta y de manera pacífica. Antes de ejercer el derecho de recomendación de conformidad con el Capítulo VI de la Carta, el Consejo de Seguridad debería examinar detenidamente si resulta útil para los esfuerzos en curso destinados a resolver las controversias de manera pacífica.[^2]"),
            List.of(List.of("Fecha", "Formato"), List.of("23 de febrero de 2015", "Debate abierto")),
            "(Firmado) Liu Jieyi",
            List.of("La nota conceptual figura en el anexo de la presente carta.",
                "Aprobada por el Consejo de Seguridad en su resolución 2171 (2014) relativa a la prevención de conflictos.")),
        "ru", new OfficialText("ru", "10 февраля 2015 года", JOB + " (R)    100215", "Просьба отправить на вторичную переработку", List.of(
            "Имею честь сообщить Вам о том, что в понедельник, 23 февраля 2015 года, в Совете Безопасности планируется провести открытую дискуссию на уровне министров на тему: <<Поддержание международного мира и безопасности: осмысление истории, подтверждение твердой приверженности целям и принципам Устава Организации Объединенных Наций>>.[^1]",
            "Китай как Председатель Совета Безопасности в феврале 2015 года предлагает провести открытую дискуссию на тему <<Поддержание международного мира и безопасности: осмысление истории, подтверждение твердой приверженности целям и принципам Устава Организации Объединенных Наций>>.",
            "Беспроигрышное сотрудничество должно стать главной программной целью государств-членов в решении международных дел.",
            "В этом году отмечается 70-летие основания Организации Объединенных Наций и победы над фашизмом. Международное сообщество должно принципиально урегулировать разногласия и споры между странами с помощью диалога и консультаций и других мирных средств. Прежде чем осуществить право вынести рекомендацию, предусмотренное статьей VI Устава, Совет Безопасности должен на основании всестороннего анализа определить, будет ли это способствовать уже предпринимаемым усилиям по мирному урегулированию спора.[^2]"),
            List.of(List.of("Дата", "Формат"), List.of("23 февраля 2015 года", "Открытая дискуссия")),
            "(Подпись) Лю Цзеи",
            List.of("Концептуальная записка содержится в приложении к настоящему письму.",
                "Принята Советом Безопасности в его резолюции 2171 (2014) о предотвращении конфликтов.")),
        "zh", new OfficialText("zh", "2015年2月10日", JOB + " (C)    100215", "请回收", List.of(
            "我谨通知阁下，安全理事会定于2015年2月23日星期一举行部长级公开辩论会，主题为\"维护国际和平与安全：以史为鉴，重申对《联合国宪章》宗旨和原则的坚定承诺\"。[^1]",
            "中国将倡议召开安理会公开辩论会，主题为：维护国际和平与安全：以史为鉴，重申对《联合国宪章》宗旨和原则的坚定承诺。",
            "合作共赢应成为会员国处理国际事务的根本政策取向。",
            "2015年是联合国成立暨世界反法西斯战争胜利70周年。国际社会应坚持通过对话协商、以和平方式解决国家间存在的分歧和争端。在安理会根据《宪章》第六章行使建议权前，应充分考虑此举是否有助于正在开展的和平解决争端努力。[^2]"),
            List.of(List.of("日期", "形式"), List.of("2015年2月23日", "公开辩论会")),
            "刘结一（签名）",
            List.of("概念说明附于本函。", "安全理事会在关于预防冲突的第2171(2014)号决议中通过。")),
        "ar", new OfficialText("ar", "10 شباط/فبراير 2015", JOB + " (A)    100215", "يرجى إعادة الاستعمال", List.of(
            "يشرفني أن أبلغكم أنه من المقرر أن يعقد مجلس الأمن مناقشة مفتوحة على المستوى الوزاري بشأن \"صون السلام والأمن الدوليين: التفكُّر في التاريخ والتأكيد من جديد على التزامنا القوي بمقاصد ميثاق الأمم المتحدة ومبادئه\"، في يوم الاثنين 23 شباط/ فبراير 2015.[^1]",
            "وتقترح الصين، خلال فترة رئاستها لمجلس الأمن في شباط/فبراير 2015، عقد مناقشة مفتوحة بشأن \"صون السلام والأمن الدوليين: التفكُّر في التاريخ والتأكيد من جديد على التزامنا القوي بمقاصد ميثاق الأمم المتحدة ومبادئه\".",
            "وينبغي أن يكون التعاون الذي تستفيد منه جميع الأطراف هدفا أساسيا من أهداف سياسات الدول الأعضاء في معالجة الشؤون الدولية.",
            "يصادف هذا العام الذكرى السنوية السبعين لإنشاء الأمم المتحدة والانتصار الذي تحقّق في الحرب العالمية ضد الفاشية. وينبغي أن يلتزم المجتمع الدولي بتسوية الخلافات والمنازعات بين البلدان سلميا، عبر الحوار والتشاور. وينبغي لمجلس الأمن أن ينظر، قبل ممارسة حقه في تقديم توصية بموجب الفصل السادس من الميثاق، بدقّة فيما إذا كان ذلك مفيدا فيما يجري بذله من جهود لتسوية المنازعات بالوسائل السلمية.[^2]"),
            List.of(List.of("التاريخ", "الشكل"), List.of("23 شباط/فبراير 2015", "مناقشة مفتوحة")),
            "(توقيع) ليو جيه يي",
            List.of("ترد المذكرة المفاهيمية مرفقة بهذه الرسالة.", "اتخذه مجلس الأمن في قراره 2171 (2014) بشأن منع نشوب النزاعات.")));
}
