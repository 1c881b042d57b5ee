package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short forms only where they belong: "el Consejo", "la Charte" satisfy a term when the source itself uses the short
 * form, or when the same document already gave the full name; a full name in the source otherwise wants a full
 * rendering or a short form the termbase admits.
 */
class ShortFormsTest extends ProjectTermbase {

    private static SegmentPair pair(String id, String en, String lang, String target, String doc) {
        return new SegmentPair(id, "en", en, lang, target, doc);
    }

    private static List<String> findings(SegmentPair... pairs) {
        return checks("term-missing", "term-wrong-word").check(List.of(pairs)).findings().stream()
            .map(f -> f.pairId() + " " + f.checkId()).toList();
    }

    private static String decidedBy(String pairId, String term, SegmentPair... pairs) {
        return checks("term-missing", "term-wrong-word").explain(List.of(pairs)).stream()
            .filter(e -> e.pairId().equals(pairId) && e.term().equals(term)).findFirst().orElseThrow().rule();
    }

    /** A document's opening pair, naming none of the terms. */
    private static SegmentPair opening(String lang, String doc) {
        return pair("0", "The meeting was called to order at 10 a.m.", lang, switch (lang) {
            case "es" -> "Se abre la sesión a las 10.00 horas.";
            default -> "La séance est ouverte à 10 heures.";
        }, doc);
    }

    @Test
    void theHeadAloneFollowsTheFullNameGivenEarlierInTheDocument() {
        SegmentPair first = pair("1", "The Security Council met on 3 March.", "es", "El Consejo de Seguridad se reunió el 3 de marzo.", "S/PV.1");
        SegmentPair later = pair("2", "The members of the Security Council heard a briefing.", "es",
            "Los miembros del Consejo escucharon una exposición informativa.", "S/PV.1");
        assertThat(findings(opening("es", "S/PV.1"), first, later)).isEmpty();
        assertThat(decidedBy("2", "Security Council", opening("es", "S/PV.1"), first, later)).isEqualTo("full-name-given-before");
        // the document's text before it has no full name (given in another document, or only later): the head alone is reported
        SegmentPair elsewhere = pair("1", first.source(), "es", first.target(), "S/PV.2");
        assertThat(findings(elsewhere, opening("es", "S/PV.1"), later)).containsExactly("2 term-missing");
        assertThat(findings(opening("es", "S/PV.1"), later, pair("3", first.source(), "es", first.target(), "S/PV.1")))
            .containsExactly("2 term-missing");
        // the pair opens its document, or has none: nothing came before it, so the full name wants the full rendering
        assertThat(findings(later)).containsExactly("2 term-missing");
        assertThat(findings(pair("2", later.source(), "es", later.target(), null))).containsExactly("2 term-missing");
        // only a sample of lines, which never shows what came before, lets the count of heads decide
        assertThat(checks("term-missing").documents(Checker.Documents.SAMPLED).check(List.of(opening("es", "S/PV.1"), later)).findings()).isEmpty();
        assertThat(checks("term-missing").documents(Checker.Documents.SAMPLED).explain(List.of(later)).get(0).rule())
            .isEqualTo("head-as-often-as-source");
    }

    @Test
    void aShortNameInTheSourceMayBeTheHeadInTheTarget() {
        // line 238: "the anniversary of the Charter" → "l'anniversaire de la Charte"
        String charter = "It was incumbent on it to consider an appropriate commemoration of the anniversary of the Charter";
        String charte = "C'est à lui qu'il incombe de réfléchir à une manière de célébrer l'anniversaire de la Charte.";
        assertThat(findings(opening("fr", "A/70/33"), pair("238", charter + ".", "fr", charte, "A/70/33"))).isEmpty();
        // the full name in the source wants the full rendering
        assertThat(findings(opening("fr", "A/70/33"), pair("238", charter + " of the United Nations.", "fr", charte, "A/70/33")))
            .containsExactly("238 term-missing");
        assertThat(findings(opening("fr", "A/70/33"), pair("238", charter + " of the United Nations.", "fr",
            charte.replace("la Charte", "la Charte des Nations Unies"), "A/70/33"))).isEmpty();
    }

    @Test
    void aShortFormTheTermbaseAdmitsIsAFullRendering() {
        // line 1000: Russian writes "ядерные государства" for the nuclear-weapon States, admitted beside the full form
        assertThat(findings(pair("1000", "The perspective of the indefinite possession of nuclear weapons by the nuclear-weapon States.",
            "ru", "Перспектива бессрочного обладания ядерным оружием ядерными государствами.", "NPT/CONF.2015/WP.8"))).isEmpty();
    }
}
