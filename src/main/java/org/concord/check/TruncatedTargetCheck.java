package org.concord.check;

import java.util.List;

/**
 * The target is evidently not a translation of the whole source: a fragment or a misaligned pair ({@link
 * TargetLength}). One finding names the cause; the term checks leave the pair's missing terms to it ({@link
 * TruncatedTarget}).
 */
final class TruncatedTargetCheck extends PairCheck {

    @Override
    public String id() {
        return TruncatedTarget.ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The target is far shorter than the source predicts: a fragment of the translation or a misaligned pair.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        TargetLength.Fragment f = new TermAnalysis(p).fragment(); // a length test first: the terms only for a short target
        if (f == null) return List.of();
        return List.of(finding(p, List.of(new Span(0, p.source().length())), List.of(new Span(0, p.target().length())),
            "The target has " + f.targetChars() + " characters where about " + f.expectedChars() + " are expected for "
                + f.sourceChars() + " of source: a fragment or a misaligned pair; the terms of the part it cuts off are not reported one by one.",
            List.of()));
    }
}
