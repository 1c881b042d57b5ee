package org.concord.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A termbase term is in the source and the target has one of its approved renderings with one content word wrong:
 * another word in its place, a misspelling, a capitalised word of the name in lower case beside an added word (see
 * {@link NearMiss}). Reported instead of {@code term-missing}, with the word that differs.
 */
final class WrongWordCheck extends PairCheck {

    @Override
    public String id() {
        return "term-wrong-word";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A termbase term is in the source, and the target has an approved rendering of it with one word wrong.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        List<Finding> out = new ArrayList<>();
        for (TermVerdict u : MissingTermCheck.unrendered(p)) {
            NearMiss.Found near = u.nearMiss();
            if (near == null) continue;
            String surface = p.source().substring(u.term().start(), u.term().end());
            out.add(finding(p, List.of(AnalysedPair.span(u.term())), List.of(near.span()),
                "'" + surface + "': " + near.describe() + " ('" + near.rendering() + "').", List.of(near.rendering())));
        }
        return out;
    }
}
