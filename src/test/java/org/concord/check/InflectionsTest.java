package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void englishPluralsAreInflectionsAndDerivationsAreNot() {
        Inflections en = Inflections.of("en");
        assertThat(en.inflects("States Parties", "State party")).isTrue();
        assertThat(en.inflects("non-State actors", "non-State actor")).isTrue();
        assertThat(en.inflects("Member States", "Member State")).isTrue();
        assertThat(en.inflects("Assistant", "assistance")).isFalse();
        assertThat(en.inflects("terror", "terrorism")).isFalse();
        assertThat(en.inflects("transparent", "transparency")).isFalse();
    }

    @Test
    void aCapitalisedNameWrittenInLowerCaseIsAnotherThing() {
        org.concord.term.Term secretariat = new org.concord.term.Term("en", "Secretariat", org.concord.term.TermStatus.PREFERRED, "noun", "fullForm");
        assertThat(MissingTermCheck.isTermUse("Secretariat", secretariat, "en")).isTrue();
        assertThat(MissingTermCheck.isTermUse("secretariat", secretariat, "en")).isFalse();
        org.concord.term.Term wmd = new org.concord.term.Term("en", "weapons of mass destruction", org.concord.term.TermStatus.PREFERRED, "noun", "fullForm");
        assertThat(MissingTermCheck.isTermUse("Weapons of mass destruction", wmd, "en")).isTrue();
    }

    @Test
    void wordsThatLookLikeTheTermButAreNotItAreNotChecked() {
        assertThat(use("Submitted by the Co-Chairs", "Chairs", chair())).isFalse();
        assertThat(use("Submitted by the Chairs", "Chairs", chair())).isTrue();
        assertThat(use("High-resolution content is delivered on demand.", "resolution", resolution())).isFalse();
        assertThat(use("efforts towards a peaceful resolution of the Nagorno Karabakh conflict", "resolution", resolution())).isFalse();
        assertThat(use("by availing of conflict resolution services", "resolution", resolution())).isFalse();
        assertThat(use("the resolution of the General Assembly", "resolution", resolution())).isTrue();
        assertThat(use("Recalling its resolution 1540 (2004)", "resolution", resolution())).isTrue();
        // a common noun inside a name in title case: the name has its own rendering
        assertThat(use("Head of the United Nations Assistance Mission in Afghanistan", "Assistance", assistance())).isFalse();
        assertThat(use("Assistance to States is provided on request.", "Assistance", assistance())).isTrue();
        assertThat(use("The Committee: Assistance to States", "Assistance", assistance())).isTrue();
        org.concord.term.Concept ms = new org.concord.term.Concept("member-state", "UN", null, null, null, java.util.List.of(
            new org.concord.term.Term("en", "Member State", org.concord.term.TermStatus.PREFERRED, "noun", "fullForm")));
        assertThat(use("The Council urges the LCBC Member States and Benin", "Member States", ms)).isFalse();
        assertThat(use("for Member States of the Association of Southeast Asian Nations", "Member States", ms)).isFalse();
        assertThat(use("for Member States of the United Nations", "Member States", ms)).isTrue();
        assertThat(use("We call on all UN Member States", "Member States", ms)).isTrue();
    }

    private static boolean use(String text, String surface, org.concord.term.Concept c) {
        int start = text.indexOf(surface);
        return MissingTermCheck.isTermUse(text, new org.concord.term.TermOccurrence(c, c.terms().get(0), start,
            start + surface.length()), "en");
    }

    private static org.concord.term.Concept concept(String id, String term) {
        return new org.concord.term.Concept(id, "UN", null, null, null,
            java.util.List.of(new org.concord.term.Term("en", term, org.concord.term.TermStatus.PREFERRED, "noun", "fullForm")));
    }

    private static org.concord.term.Concept chair() {
        return concept("chair", "Chair");
    }

    private static org.concord.term.Concept resolution() {
        return concept("resolution", "resolution");
    }

    private static org.concord.term.Concept assistance() {
        return concept("assistance", "assistance");
    }

    @Test
    void languagesWithoutEndingDataTrustTheRecogniser() {
        assertThat(Inflections.of("ru").inflects("оружия массового уничтожения", "оружие массового уничтожения")).isTrue();
    }
}
