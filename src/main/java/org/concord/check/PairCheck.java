package org.concord.check;

import java.util.ArrayList;
import java.util.List;

/** A check that looks at one pair at a time. */
abstract class PairCheck implements Check {

    @Override
    public final List<Finding> check(List<AnalysedPair> pairs) {
        List<Finding> out = new ArrayList<>();
        for (AnalysedPair p : pairs) out.addAll(check(p));
        return out;
    }

    abstract List<Finding> check(AnalysedPair pair);
}
