package org.concord.review;

/** An approval or rejection of a proposal that was already decided (HTTP 409). */
public final class ProposalClosed extends RuntimeException {
    public ProposalClosed(String message) {
        super(message);
    }
}
