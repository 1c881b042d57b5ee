package org.concord.term;

import java.util.List;

/**
 * A term as stored: {@code status} is null when the source gave none (read as admitted). {@code info} holds the
 * term's other data categories (context, notes, sources, gender, transactions...).
 */
record TermEntry(String id, String text, TermStatus status, String partOfSpeech, String termType,
                 String created, String modified, List<Info> info) {

    TermEntry {
        info = List.copyOf(info);
    }

    Term toTerm(String lang) {
        return new Term(lang, text, status == null ? TermStatus.ADMITTED : status, partOfSpeech, termType);
    }

    boolean isShortForm() {
        return "abbreviation".equals(termType) || "acronym".equals(termType) || "shortForm".equals(termType);
    }
}
