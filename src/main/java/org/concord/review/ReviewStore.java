package org.concord.review;

import java.util.List;
import java.util.Optional;

/**
 * Versions, history and proposals of concepts. The SQLite implementation is {@link SqlReviewStore}; its SQL is plain
 * enough for other databases. Callers hold a transaction around a version check and the writes it guards.
 */
public interface ReviewStore {

    /** The concept's version; 0 before its first edit through the server. */
    long version(String conceptId);

    /** Sets the version to expected + 1 if it is {@code expected}; false (and nothing written) otherwise. */
    boolean bumpVersion(String conceptId, long expected);

    long record(HistoryEntry entry);

    /** The id of the newest history entry (0 for none): it grows with every edit and every import that changes a concept. */
    long lastChange();

    /** Newest first. */
    List<HistoryEntry> history(String conceptId);

    long propose(Proposal proposal);

    Optional<Proposal> proposal(long id);

    /** Oldest first. */
    List<Proposal> proposals(Proposal.State state);

    /** Closes an open proposal; false when it was not open. */
    boolean decide(long id, Proposal.State state, String reviewer, String at, String comment);
}
