package org.concord.review;

/**
 * One change to the termbase as the API receives it, applied at once or kept as a proposal. Fields an operation does
 * not use are null; for updates, null also means "leave as it is".
 */
public record Edit(Op op, String conceptId, String termId, String lang, String text, String status, String note,
                   String subjectField, String definition, String source) {

    public enum Op { CREATE_CONCEPT, UPDATE_CONCEPT, ADD_TERM, UPDATE_TERM, DELETE_TERM }
}
