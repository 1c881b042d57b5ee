package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSpansTest {
    private static List<ConcordanceHit.Span> spans(String text, String phrase) {
        return ConcordanceSearch.phraseSpans(text, Tokens.terms(phrase));
    }

    @Test
    void findsEveryPlaceThePhraseStandsInAnyCaseAcrossPunctuation() {
        assertThat(spans("The Security Council, the SECURITY -- council.", "security council"))
            .containsExactly(new ConcordanceHit.Span(4, 20), new ConcordanceHit.Span(26, 45));
        assertThat(spans("Council security council", "security council")).containsExactly(new ConcordanceHit.Span(8, 24));
        assertThat(spans("security councils", "security council")).isEmpty();
    }

    @Test
    void overlappingAndRepeatedWordsAreEachFound() {
        assertThat(spans("very very very", "very very")).containsExactly(new ConcordanceHit.Span(0, 9), new ConcordanceHit.Span(5, 14));
        assertThat(spans("a b a b a", "a b a")).containsExactly(new ConcordanceHit.Span(0, 5), new ConcordanceHit.Span(4, 9));
    }

    @Test
    void wordsBeyondAsciiAndHanCharactersMatchAsTheIndexSplitsThem() {
        assertThat(spans("Le Conseil de SÉCURITÉ, la sécurité.", "conseil de sécurité")).containsExactly(new ConcordanceHit.Span(3, 22));
        assertThat(spans("安全理事会的决定", "理事会")).containsExactly(new ConcordanceHit.Span(2, 5));
    }

    @Test
    void phrasesLongerThanSixtyFourWordsAreStillMatched() {
        String text = "w ".repeat(70).strip();
        assertThat(spans(text, "w ".repeat(66))).hasSize(5);
    }
}
