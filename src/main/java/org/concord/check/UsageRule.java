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
}
