package org.concord.web;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.concord.InputException;
import org.concord.testing.Fuzzing;

/**
 * The server's parsing of what a client sends, on fuzzed requests: the path, the query string and its typed
 * parameters, the headers and cookie, the size-capped body and the JSON bodies of the team API. Each part is
 * accepted or refused with a 400 message (BadRequest, FieldError or an input error) on one line; anything else
 * would be a 500.
 */
class RequestFuzzTest {

    /**
     * The input is a request as text: the request target (path and query) on the first line, "Name: value" header
     * lines up to a blank line, then the body.
     */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void request(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int end = text.indexOf("\n\n");
        String head = end < 0 ? text : text.substring(0, end);
        byte[] body = end < 0 ? new byte[0] : text.substring(end + 2).getBytes(StandardCharsets.UTF_8);
        List<String> lines = head.lines().toList();
        String target = lines.isEmpty() ? "" : lines.get(0);
        int q = target.indexOf('?');
        String rawPath = q < 0 ? target : target.substring(0, q);
        String rawQuery = q < 0 ? null : target.substring(q + 1);
        Headers headers = new Headers();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }

        String path = refusedOr(() -> Paths.clean(rawPath), "/api/terms");
        Query query = refusedOr(() -> Query.parse(rawQuery), null);
        if (query != null) {
            refusedOr(() -> query.text("q", 500), null);
            refusedOr(() -> query.lang("lang", "en"), null);
            refusedOr(() -> query.integer("max", 20, 1, 100), null);
        }
        Request req = new Request(new Exchange(headers, body), path, Set.of("127.0.0.1"));
        refusedOr(() -> req.cookie(Sessions.COOKIE), null);
        refusedOr(req::secure, null);
        byte[] read = refusedOr(req::body, null);
        if (read == null) return;
        for (Class<?> type : List.of(TeamApi.Login.class, TeamApi.NewConcept.class, TeamApi.ConceptPatch.class,
                TeamApi.NewTerm.class, TeamApi.TermPatch.class, TeamApi.Decision.class, TeamApi.UnitPatch.class)) {
            refusedOr(() -> JsonBody.read(read, type), null);
        }
    }

    /** What {@code parse} returns, or {@code refused} when it refuses the request the way the router answers 400. */
    private static <T> T refusedOr(java.util.function.Supplier<T> parse, T refused) {
        try {
            return parse.get();
        } catch (BadRequest | FieldError | InputException e) {
            Fuzzing.oneLine(e.getMessage());
            return refused;
        }
    }

    /** An exchange holding the fuzzed headers and body, from a client on the loopback address. */
    private static final class Exchange extends HttpExchange {
        private final Headers request;
        private final InputStream body;
        private final Headers response = new Headers();

        Exchange(Headers request, byte[] body) {
            this.request = request;
            this.body = new ByteArrayInputStream(body);
        }

        @Override public Headers getRequestHeaders() { return request; }
        @Override public Headers getResponseHeaders() { return response; }
        @Override public URI getRequestURI() { return URI.create("/api/terms"); }
        @Override public String getRequestMethod() { return "POST"; }
        @Override public HttpContext getHttpContext() { return null; }
        @Override public void close() {}
        @Override public InputStream getRequestBody() { return body; }
        @Override public OutputStream getResponseBody() { return new ByteArrayOutputStream(); }
        @Override public void sendResponseHeaders(int code, long length) {}
        @Override public InetSocketAddress getRemoteAddress() { return new InetSocketAddress("127.0.0.1", 50000); }
        @Override public int getResponseCode() { return -1; }
        @Override public InetSocketAddress getLocalAddress() { return new InetSocketAddress("127.0.0.1", 8080); }
        @Override public String getProtocol() { return "HTTP/1.1"; }
        @Override public Object getAttribute(String name) { return null; }
        @Override public void setAttribute(String name, Object value) {}
        @Override public void setStreams(InputStream in, OutputStream out) {}
        @Override public HttpPrincipal getPrincipal() { return null; }
    }
}
