package org.concord.term;

/**
 * One term of a concept in one language. {@code termType} is TBX's: "fullForm", "abbreviation", "acronym",
 * "variant" or null; {@code partOfSpeech} is TBX's ("noun", "verb", "adjective", …) or null.
 */
public record Term(String lang, String text, TermStatus status, String partOfSpeech, String termType) {}
