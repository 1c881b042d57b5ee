package org.concord.check;

import java.util.List;

/**
 * A check of the source text only. When several target languages are checked at once every source sentence comes
 * once per language; the check sees only the pairs of the first target language so that it reports each thing once.
 */
abstract class SourceSideCheck implements Check {

    @Override
    public final List<Finding> check(List<AnalysedPair> pairs) {
        if (pairs.isEmpty()) return List.of();
        String first = pairs.get(0).pair().tgtLang();
        return checkSource(pairs.stream().filter(p -> p.pair().tgtLang().equals(first)).toList());
    }

    abstract List<Finding> checkSource(List<AnalysedPair> pairs);
}
