package org.concord.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response ready to send: status, body, content type and the headers every answer carries. */
final class Reply {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Only our own files may run or load; nothing from elsewhere, no framing, no plugins. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final int status;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body;
        headers.put("Content-Type", contentType);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", PAGE_POLICY);
        headers.put("Cache-Control", "no-store");
    }

    static Reply json(int status, Object value) {
        try {
            return new Reply(status, JSON.writeValueAsBytes(value), "application/json; charset=utf-8");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static Reply json(Object value) {
        return json(200, value);
    }

    static Reply error(int status, String message) {
        return json(status, Map.of("error", message == null ? "error" : message));
    }

    static Reply bytes(byte[] body, String contentType) {
        return new Reply(200, body, contentType);
    }

    static Reply html(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    byte[] body() {
        return body;
    }

    void send(HttpExchange ex) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        boolean head = ex.getRequestMethod().equals("HEAD");
        // -1 = no body; HEAD announces no length here because the JDK server forbids a body after it.
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
