package org.concord.check;

import java.util.List;

/**
 * One kind of problem Concord looks for. A check has a stable id (used in reports, JSON and {@code --fail-on}
 * decisions), a severity and a description a translator understands; it sees every pair of the run so that
 * consistency checks can compare segments with each other.
 */
public interface Check {
    String id();

    Severity severity();

    String description();

    List<Finding> check(List<AnalysedPair> pairs);

    /** Shorthand for a finding of this check. */
    default Finding finding(AnalysedPair p, List<Span> src, List<Span> tgt, String message, List<String> suggestions) {
        return new Finding(id(), severity(), p.pair().id(), src, tgt, message, suggestions);
    }
}
