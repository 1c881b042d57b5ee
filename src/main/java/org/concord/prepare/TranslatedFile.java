package org.concord.prepare;

import java.util.List;
import org.concord.tm.TranslatedSegment;

/**
 * What a translated XLIFF holds for the memory: its XLIFF version, languages, the document symbol it names (null
 * when none), the segments in the chosen states, and how many segments were left out (untranslated or in another state).
 */
public record TranslatedFile(String version, String srcLang, String tgtLang, String docSymbol,
                             List<TranslatedSegment> segments, int leftOut) {
    public TranslatedFile {
        segments = List.copyOf(segments);
    }
}
