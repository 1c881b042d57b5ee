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
    void languagesWithoutEndingDataTrustTheRecogniser() {
        assertThat(Inflections.of("ru").inflects("оружия массового уничтожения", "оружие массового уничтожения")).isTrue();
    }
}
