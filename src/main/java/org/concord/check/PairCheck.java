package org.concord.check;

import java.util.List;

/** A check that looks at one pair at a time. */
abstract class PairCheck implements Check {

    /** Pairs are independent: checked in parallel, findings kept in pair order. */
    @Override
    public final List<Finding> check(List<AnalysedPair> pairs) {
        return pairs.parallelStream().flatMap(p -> check(p).stream()).toList();
    }

    abstract List<Finding> check(AnalysedPair pair);
}
