package org.concord.term;

import java.util.List;
import java.util.Optional;

/** A concept of the termbase with its terms in every language it has. */
public record Concept(String id, String subjectField, String definition, String note, String source, List<Term> terms) {

    public Concept {
        terms = List.copyOf(terms);
    }

    public List<Term> terms(String lang) {
        return terms.stream().filter(t -> t.lang().equals(lang)).toList();
    }

    /** The preferred term in {@code lang}, else the first admitted one. */
    public Optional<Term> preferred(String lang) {
        return terms(lang).stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst()
            .or(() -> terms(lang).stream().filter(t -> t.status().approved()).findFirst());
    }
}
