package org.concord.tm;

import java.util.List;

/** What translators ask the memory: fuzzy matches for a sentence, and concordance for words or a phrase. */
public interface MemorySearch {
    List<FuzzyMatch> fuzzy(String text, String srcLang, String tgtLang, int minPercent, int max);

    List<ConcordanceHit> concordance(String text, String lang, int max);
}
