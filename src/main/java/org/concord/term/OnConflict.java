package org.concord.term;

/** What an import does with a concept whose id is already in the termbase. */
public enum OnConflict {
    /** Keep the stored concept; ignore the incoming one. */
    SKIP,
    /** Drop the stored concept and store the incoming one (its creation date is kept). */
    REPLACE,
    /** Add the incoming languages, terms, notes and sources the stored concept lacks. */
    MERGE
}
