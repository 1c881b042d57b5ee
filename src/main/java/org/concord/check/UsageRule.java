package org.concord.check;

import org.concord.term.TermOccurrence;

/**
 * A convention official UN translations follow that renders a source term without the termbase's words as written
 * ("official usage"): where it holds, the term is rendered and no finding is made. Each rule has a stable id and a
 * one-line reason, shown by {@code check --explain}, and its example pairs from unpc-dev as its tests
 * (UsageRulesTest). The rules are listed, in the order they are tried, in {@link UsageRules#TOLERANCES}.
 */
interface UsageRule {
    String id();

    /** Why the rendering is acceptable, in one line. */
    String reason();

    /** Whether this rule accepts the target's rendering of source term {@code o}. */
    boolean accepts(TermAnalysis a, TermOccurrence o);

    /**
     * Whether this tolerance is also tried when the target has a near miss of a rendering ({@link TermAnalysis#nearMiss}):
     * only a rule that judges the differing word itself may excuse one; the others would hide wrong words.
     */
    default boolean judgesNearMiss() {
        return false;
    }
}
