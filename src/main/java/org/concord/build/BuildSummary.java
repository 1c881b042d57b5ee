package org.concord.build;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run of the main job: the document symbol, source sentences, per-language figures, units in
 * the memory for this document and how many this run added, changed or removed as stale, concepts in the termbase and how many the
 * run added or replaced, the files written, and warnings about the input.
 */
public record BuildSummary(String docSymbol, int sourceSentences, List<LanguageSummary> languages, int units,
                           int unitsAdded, int unitsChanged, int unitsRemoved, int concepts, int conceptsChanged, Path tmx,
                           Path htmlReport, Path jsonReport, List<String> warnings) {
    public BuildSummary {
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
    }
}
