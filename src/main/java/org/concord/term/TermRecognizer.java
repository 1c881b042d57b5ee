package org.concord.term;

import java.util.List;

/**
 * Finds termbase terms in running text, inflected forms included; the longest match wins over its parts and
 * occurrences never overlap. Results are ordered by start offset.
 */
@FunctionalInterface
public interface TermRecognizer {
    List<TermOccurrence> find(String text, String lang);

    /**
     * As {@link #find}, but where concepts share the matched term (English "mandate" as the tasks of a body and as the
     * authority it confers) one occurrence per concept, all with the same span, the one {@code find} gives first.
     * Recognisers without such concepts give {@code find}'s result.
     */
    default List<TermOccurrence> findSenses(String text, String lang) {
        return find(text, lang);
    }
}
