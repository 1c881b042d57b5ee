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
    void languagesWithoutEndingDataTrustTheRecogniser() {
        assertThat(Inflections.of("ru").inflects("оружия массового уничтожения", "оружие массового уничтожения")).isTrue();
    }
}
