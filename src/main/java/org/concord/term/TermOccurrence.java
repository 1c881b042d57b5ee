package org.concord.term;

/** A term found in running text: the concept, the term that matched, and the character span [start, end). */
public record TermOccurrence(Concept concept, Term term, int start, int end) {}
