package org.concord.term;

/** A concept found by a lookup: the term that matched, how it matched, and a score in [0, 1] (1 = exact). */
public record LookupHit(Concept concept, Term matched, MatchKind kind, double score) {

    /** How a query matched, best first; results are ranked in this order, then by score. */
    public enum MatchKind { EXACT, NORMALISED, STEMMED, PREFIX, FUZZY }
}
