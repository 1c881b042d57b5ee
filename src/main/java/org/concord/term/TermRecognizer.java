package org.concord.term;

import java.util.List;

/**
 * Finds termbase terms in running text, inflected forms included; the longest match wins over its parts and
 * occurrences never overlap. Results are ordered by start offset.
 */
@FunctionalInterface
public interface TermRecognizer {
    List<TermOccurrence> find(String text, String lang);
}
