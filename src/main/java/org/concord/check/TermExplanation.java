package org.concord.check;

import java.util.List;

/**
 * How the term checks decided one source term of a pair, for {@code check --explain}: the outcome ("accepted", "not a
 * use", or the finding's check id), the rule that decided it with its reason, the target span that answers the term
 * when known, and the rules tried before that did not apply.
 */
public record TermExplanation(String pairId, String term, Span sourceSpan, String concept, String outcome, String rule,
                              String reason, Span targetSpan, List<Trial> tried) {
    public static final String ACCEPTED = "accepted";
    public static final String NOT_A_USE = "not a use";

    /** A rule tried that did not excuse the rendering: its id and what it would have needed. */
    public record Trial(String rule, String reason) {}

    public TermExplanation {
        tried = List.copyOf(tried);
    }

    public boolean finding() {
        return !outcome.equals(ACCEPTED) && !outcome.equals(NOT_A_USE);
    }
}
