package org.concord.prepare;

import java.util.List;

/**
 * What {@code prepare} does: documents in {@code srcLang}, one XLIFF per target language in {@code version}, fuzzy
 * matches from {@code minPercent} up (at most {@code maxMatches} a segment), filed under {@code docSymbol} (null: from
 * the document's front matter, else its file name), written by {@code tool} (named in the file's metadata).
 */
public record PrepareOptions(String srcLang, List<String> targets, XliffVersion version, int minPercent, int maxMatches,
                             String docSymbol, String tool) {
    public PrepareOptions {
        targets = List.copyOf(targets);
    }
}
