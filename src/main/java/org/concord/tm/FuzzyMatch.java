package org.concord.tm;

import java.util.Map;

/**
 * A memory unit that resembles a query: its id, similarity in percent (100 = identical), source and target text,
 * the document symbol it came from (may be null), and all its variants by language.
 */
public record FuzzyMatch(long unitId, int percent, String source, String target, String docSymbol, Map<String, String> variants) {}
