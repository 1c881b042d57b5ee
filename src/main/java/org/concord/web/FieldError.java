package org.concord.web;

/** A refused request whose JSON error names the field at fault: {"error": …, "field": …}. */
final class FieldError extends RuntimeException {
    final int status;
    final String field;

    FieldError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    Reply reply() {
        java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("error", field == null ? getMessage() : field + ": " + getMessage());
        if (field != null) body.put("field", field);
        return Reply.json(status, body);
    }
}
