package org.concord.review;

/** A translator's change waiting for (or given) a terminologist's decision. */
public record Proposal(long id, String conceptId, String proposedBy, String proposedAt, Edit edit, State state,
                       String reviewedBy, String reviewedAt, String comment) {

    public enum State { OPEN, APPROVED, REJECTED }
}
