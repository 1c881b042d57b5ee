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
     * The same as {@link #find(String, String)} for a text already cut into words: {@code tokens} must be
     * {@code TextAnalyzer.forLanguage(lang).tokens(text)}, so that callers that need the words too analyse it once.
     */
    default List<TermOccurrence> find(String text, String lang, List<org.concord.analysis.Token> tokens) {
        return find(text, lang);
    }
}
