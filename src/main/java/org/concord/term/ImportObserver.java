package org.concord.term;

import java.util.List;

/**
 * Told about the concepts an import adds or changes, inside the import's transaction, so that whoever keeps a record
 * of changes (the team server's versions and history) stays true when the termbase is changed from outside it.
 */
public interface ImportObserver {

    ImportObserver NONE = new ImportObserver() { };

    /** {@code conceptId}, already stored, is about to be replaced or merged into: it still reads as before. */
    default void replacing(String conceptId) { }

    /** Everything is stored, the transaction still open: the concepts added, replaced or merged into, in file order. */
    default void stored(List<String> changedIds) { }
}
