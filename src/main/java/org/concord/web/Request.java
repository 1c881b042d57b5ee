package org.concord.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.util.List;
import java.util.Set;

/** What the team API needs of a request: method, cleaned path, headers, cookie, a size-capped body, and whether it came over HTTPS. */
final class Request {

    /** Bodies are small JSON objects; anything bigger is refused before it is read. */
    static final int MAX_BODY = 1 << 20;

    private final HttpExchange ex;
    private final String path;
    private final Set<String> trustedProxies;
    private byte[] body;

    Request(HttpExchange ex, String path, Set<String> trustedProxies) {
        this.ex = ex;
        this.path = path;
        this.trustedProxies = trustedProxies;
    }

    String method() {
        return ex.getRequestMethod();
    }

    String path() {
        return path;
    }

    String rawQuery() {
        return ex.getRequestURI().getRawQuery();
    }

    String header(String name) {
        return ex.getRequestHeaders().getFirst(name);
    }

    /** The value of a cookie, or null. */
    String cookie(String name) {
        List<String> headers = ex.getRequestHeaders().get("Cookie");
        if (headers == null) return null;
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).trim().equals(name)) return part.substring(eq + 1).trim();
            }
        }
        return null;
    }

    /** Over TLS here, or X-Forwarded-Proto: https from a proxy the server was told to trust. */
    boolean secure() {
        if (ex instanceof com.sun.net.httpserver.HttpsExchange) return true;
        String from = ex.getRemoteAddress().getAddress().getHostAddress();
        return trustedProxies.contains(from) && "https".equalsIgnoreCase(String.valueOf(header("X-Forwarded-Proto")).trim());
    }

    /**
     * An oversized body up to this much more is read and thrown away before the refusal is sent: a server that closes
     * the connection with the client's bytes still unread makes TCP reset it, and the client may lose the 400.
     * Anything bigger is not worth the bandwidth; its connection is simply closed.
     */
    private static final long DISCARDED_AT_MOST = 4L * MAX_BODY;

    /** The body, at most {@link #MAX_BODY} bytes; a bigger one is refused with 413 naming the body, never held in memory. */
    byte[] body() {
        if (body != null) return body;
        String length = header("Content-Length");
        try (InputStream in = ex.getRequestBody()) {
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    throw new FieldError(400, "body", "bad Content-Length");
                }
                if (declared > MAX_BODY) throw tooLarge(in);
            }
            byte[] read = in.readNBytes(MAX_BODY + 1);
            if (read.length > MAX_BODY) throw tooLarge(in);
            return body = read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldError tooLarge(InputStream in) throws IOException {
        // read(), not skip(): the server's body stream inherits FilterInputStream.skip, which skips on the socket past
        // the body's end and waits for bytes that never come
        byte[] discard = new byte[8192];
        for (long left = DISCARDED_AT_MOST; left > 0; ) {
            int n = in.read(discard, 0, (int) Math.min(discard.length, left));
            if (n < 0) break;
            left -= n;
        }
        return new FieldError(413, "body", "request body is larger than 1 MB");
    }

    static String cookieHeader(String value, boolean secure, boolean expire) {
        HttpCookie c = new HttpCookie(Sessions.COOKIE, value);
        return Sessions.COOKIE + "=" + c.getValue() + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
            + (expire ? "; Max-Age=0" : "");
    }
}
