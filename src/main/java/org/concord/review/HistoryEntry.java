package org.concord.review;

/** One applied change of a concept: who, when, what, the concept before and after (JSON), and its proposal if any. */
public record HistoryEntry(long id, String conceptId, String user, String at, String action, String before, String after,
                           Long proposalId, String proposedBy) {}
