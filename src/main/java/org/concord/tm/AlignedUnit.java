package org.concord.tm;

import java.util.Map;

/**
 * One aligned bead from the build pipeline: the sentence at {@code position} of document {@code docSymbol}, its
 * text in the source language and its translations. Adding it twice changes nothing: it is keyed by document,
 * position, source language and source text.
 */
public record AlignedUnit(String docSymbol, int position, String srcLang, Map<String, String> texts, double confidence) {}
