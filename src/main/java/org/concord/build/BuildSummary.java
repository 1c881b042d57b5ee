package org.concord.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one run of the main job: the document symbol, source sentences, per-language figures, units in
 * the memory for this document and how many this run added, changed or removed as stale, concepts in the termbase and how many the
 * run added or replaced, the files written, warnings about the input, and the bilingual TMX written for each translation language.
 */
public record BuildSummary(String docSymbol, int sourceSentences, List<LanguageSummary> languages, int units,
                           int unitsAdded, int unitsChanged, int unitsRemoved, int concepts, int conceptsChanged, Path tmx,
                           Path htmlReport, Path jsonReport, List<String> warnings, Map<String, Path> pairTmx) {
    public BuildSummary {
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
        pairTmx = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pairTmx));
    }
}
