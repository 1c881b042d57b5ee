package org.concord.check;

import java.util.List;

/** The source has text and the target is empty or only white space. */
final class EmptyTargetCheck extends PairCheck {

    @Override
    public String id() {
        return "target-empty";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The target is empty although the source has text.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        if (p.source().isBlank() || !p.target().isBlank()) return List.of();
        return List.of(finding(p, List.of(new Span(0, p.source().length())), List.of(), "The target is empty.", List.of()));
    }
}
