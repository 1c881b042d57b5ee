package org.concord.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.InputException;
import org.concord.account.User;

/**
 * Every request passes here: method and Host checks, path hygiene, then (on a team server) the session and the CSRF
 * token of writes, then the API or a static file.
 */
final class Router implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final Set<String> WRITES = Set.of("POST", "PATCH", "DELETE");

    private final Api api;
    private final StaticFiles files;
    private final HostGuard hosts;
    /** Null on the single-user page (no accounts): read-only, as before the team server. */
    private final TeamApi team;
    private final ClientLimits limits = new ClientLimits();

    /**
     * The longest path and query accepted (414 beyond): room for the longest search text, 4,000 characters of
     * Chinese or Arabic, percent-encoded.
     */
    static final int MAX_URI = 40_000;

    Router(Api api, StaticFiles files, HostGuard hosts, TeamApi team) {
        this.api = api;
        this.files = files;
        this.hosts = hosts;
        this.team = team;
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
        boolean write = WRITES.contains(method);
        if (!READS.contains(method) && !(team != null && write)) {
            String allow = team == null ? "GET, HEAD" : "GET, HEAD, POST, PATCH, DELETE";
            return Reply.error(405, "only " + allow + " are served").header("Allow", allow);
        }
        if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
            return Reply.error(403, "Host header not accepted: this server answers only to its loopback address");
        }
        if (ex.getRequestURI().getRawPath().length() + String.valueOf(ex.getRequestURI().getRawQuery()).length() > MAX_URI) {
            return Reply.error(414, "the address is longer than " + MAX_URI + " characters");
        }
        String path;
        try {
            path = Paths.clean(ex.getRequestURI().getRawPath());
        } catch (BadRequest e) {
            return Reply.error(400, e.getMessage());
        }
        try {
            if (path.equals("/api/health")) return Reply.json(Map.of("status", "ok"));
            if (team == null) return read(ex, path);
            Request req = new Request(ex, path, team.trustedProxies());
            if (path.equals("/api/session")) {
                // JSON only: a cross-site form cannot send it without asking first, so no page elsewhere can sign a
                // browser in under an account of its choosing.
                if (method.equals("POST")) return isJson(req) ? team.login(req) : Reply.error(415, "sign in with a JSON body (Content-Type: application/json)");
                if (method.equals("DELETE")) return sameOrigin(req) ? team.logout(req) : Reply.error(403, "cross-site sign-out refused");
                return Reply.error(405, "POST signs in, DELETE signs out").header("Allow", "POST, DELETE");
            }
            // The page itself and its scripts and styles hold no data: they are what a signed-out browser needs to sign in.
            boolean staticFile = !path.startsWith("/api/") && !path.startsWith("/reports/");
            if (staticFile && !write) return files.get(path);
            Optional<Sessions.Session> session = team.sessions.find(req.cookie(Sessions.COOKIE));
            Optional<User> user = session.flatMap(team::user);
            if (user.isEmpty()) return Reply.error(401, "sign in first");
            if (write && !Sessions.sameToken(session.get().csrf(), req.header("X-CSRF-Token"))) {
                return Reply.error(403, "missing or wrong X-CSRF-Token header");
            }
            if (path.equals("/api/me")) return team.me(user.get(), session.get());
            Optional<Reply> answered = team.answer(req, user.get());
            if (answered.isPresent()) return answered.get();
            if (write) return Reply.error(405, method + " is not allowed on " + path);
            return read(ex, path);
        } catch (FieldError e) {
            return e.reply();
        } catch (BadRequest | InputException e) {
            return Reply.error(400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "request " + method + " " + path + " failed", e);
            return Reply.error(500, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private static boolean isJson(Request req) {
        String type = req.header("Content-Type");
        return type != null && type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    /** Sign-out carries no token (the page may have lost it); the Origin header, when sent, must be this server's. */
    private static boolean sameOrigin(Request req) {
        String origin = req.header("Origin");
        String host = req.header("Host");
        return origin == null || host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private Reply read(HttpExchange ex, String path) {
        if (path.equals("/api/fuzzy") || path.equals("/api/concordance")) {
            try (ClientLimits.Permit permit = limits.admit(ex.getRemoteAddress().getAddress().getHostAddress())) {
                if (permit == null) {
                    return Reply.error(429, "too many searches from this address at once; try again in a second").header("Retry-After", "1");
                }
                return api.answer(path, Query.parse(ex.getRequestURI().getRawQuery()));
            }
        }
        if (path.startsWith("/api/")) return api.answer(path, Query.parse(ex.getRequestURI().getRawQuery()));
        if (path.equals("/reports/latest.html")) return api.latestReportHtml();
        return files.get(path);
    }
}
