package org.concord.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import org.concord.InputException;

/** Every request passes here: method and Host checks, path hygiene, then the API or a static file. */
final class Router implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final Api api;
    private final StaticFiles files;
    private final HostGuard hosts;

    Router(Api api, StaticFiles files, HostGuard hosts) {
        this.api = api;
        this.files = files;
        this.hosts = hosts;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Reply reply = route(ex);
            reply.send(ex);
        }
    }

    private Reply route(HttpExchange ex) {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Reply.error(405, "only GET and HEAD are served").header("Allow", "GET, HEAD");
        }
        if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
            return Reply.error(403, "Host header not accepted: this server answers only to its loopback address");
        }
        String path;
        try {
            path = Paths.clean(ex.getRequestURI().getRawPath());
        } catch (BadRequest e) {
            return Reply.error(400, e.getMessage());
        }
        try {
            if (path.startsWith("/api/")) return api.answer(path, Query.parse(ex.getRequestURI().getRawQuery()));
            if (path.equals("/reports/latest.html")) return api.latestReportHtml();
            return files.get(path);
        } catch (BadRequest | InputException e) {
            return Reply.error(400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "request " + path + " failed", e);
            return Reply.error(500, "internal error: " + e.getClass().getSimpleName());
        }
    }
}
