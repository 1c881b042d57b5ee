package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The numbers and tags that differ between a query and a match, found once a query for all its matches. */
class DifferencesTest {
    private static Lookup differences(Differences.Query query, String source) {
        FuzzyMatch m = new FuzzyMatch(1, 80, source, "cible", "A/1", Map.of("en", source));
        return query.of(m, new Variant("en", source, null, List.of(), List.of()));
    }

    @Test
    void numbersInAnyScriptAndTypedTagsDifferForEveryMatch() {
        Differences.Query query = Differences.Query.of("Item <b>15</b> of resolution ٤٢ {1} and 3.5");
        assertThat(query.plain()).doesNotContain("<b>").doesNotContain("{1}");
        String source = "Item 14 of resolution ٤٢ and 3.5, 7";
        Lookup first = differences(query, source);
        assertThat(first.numbersOnlyInQuery()).containsExactly("15");
        assertThat(first.numbersOnlyInMatch()).containsExactly("14", "7");
        assertThat(first.tagsOnlyInQuery()).containsExactly("<b>", "</b>", "{1}");
        assertThat(first.numberSpans()).extracting(ConcordanceHit.Span::start).containsExactly(5, source.lastIndexOf('7'));
        Lookup second = differences(query, "Item of resolution and");
        assertThat(second.numbersOnlyInQuery()).as("the query's numbers, found once, serve the next match").containsExactly("15", "٤٢", "3.5");
        assertThat(second.numbersOnlyInMatch()).isEmpty();
        assertThat(second.numberSpans()).isEmpty();
    }

    @Test
    void aQueryWithoutTagsOrDigitsHasNone() {
        String text = "The General Assembly adopted the resolution";
        Differences.Query query = Differences.Query.of(text);
        assertThat(query.plain()).isEqualTo(text);
        Lookup l = differences(query, "The General Assembly adopted resolution 60/1");
        assertThat(l.numbersOnlyInQuery()).isEmpty();
        assertThat(l.numbersOnlyInMatch()).containsExactly("60/1");
    }
}
