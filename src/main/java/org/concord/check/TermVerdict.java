package org.concord.check;

import java.util.List;
import org.concord.term.TermOccurrence;

/**
 * What the term checks decided about one source term of a pair: the term (its first sense), its concept's approved
 * renderings, the rule that accepted the target's rendering (null: a finding), the near miss of a rendering in the
 * target (then term-wrong-word reports it; without one, term-missing), the target span that answers the term when
 * known, and – when explaining – the ids of the rules tried before, which did not accept it.
 */
record TermVerdict(TermOccurrence term, List<String> approved, String acceptedBy, String reason, NearMiss.Found nearMiss,
                   Span answer, List<String> declined) {

    boolean accepted() {
        return acceptedBy != null;
    }

    static TermVerdict finding(TermOccurrence term, List<String> approved, NearMiss.Found near, List<String> declined) {
        return new TermVerdict(term, approved, null, null, near, near == null ? null : near.window(), declined);
    }

    static TermVerdict acceptedBy(TermOccurrence term, List<String> approved, String id, String reason, Span answer, List<String> declined) {
        return new TermVerdict(term, approved, id, reason, null, answer, declined);
    }
}
