package org.concord.tm;

import java.time.Instant;

/**
 * A sentence a translator translated in a CAT tool and sent back: filed as a confirmed unit of {@code docSymbol},
 * keyed by document, languages and source text, so importing the same file again changes nothing and a corrected
 * translation replaces the earlier one.
 */
public record TranslatedSegment(String docSymbol, String srcLang, String source, String tgtLang, String target,
                                String translator, Instant date) {}
