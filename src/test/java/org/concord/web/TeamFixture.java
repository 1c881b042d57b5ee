package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.concord.account.Accounts;
import org.concord.account.Role;
import org.concord.account.SignInStore;
import org.concord.account.SqlAccountStore;
import org.concord.review.SqlReviewStore;
import org.concord.store.Database;
import org.concord.Schemas;
import org.concord.store.DatabaseCopy;
import org.concord.store.DbLocation;
import org.concord.testing.Postgres;
import org.concord.term.Termbase;

/**
 * A team server over a real database (the sample termbase and memory) with one user of each role, wired the way
 * {@code concord serve} wires it ({@link ServedDatabase}), on SQLite or on PostgreSQL, and a small HTTP client that
 * keeps its session cookie and CSRF token.
 */
final class TeamFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct horse battery staple";

    /** The two stores every team test runs on. */
    enum Store { SQLITE, POSTGRESQL }

    /** The database as --db names it: a file path or a postgresql:// URL. */
    final String db;
    final Store store;
    final ServedDatabase served;
    final Termbase termbase;

    /** The sample data with the four users, made once: hashing their passwords is deliberately slow. */
    private static Path template;
    /** The same on the PostgreSQL server, made once from the SQLite template by concord db copy. */
    private static String pgTemplate;

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("concord-team");
            dir.toFile().deleteOnExit();
            Path db = RealData.database(dir.resolve("template.db"));
            try (Database d = Database.open(db)) {
                Accounts accounts = new Accounts(new SqlAccountStore(d));
                accounts.add("ada", Role.ADMIN, PASSWORD.toCharArray());
                accounts.add("terry", Role.TERMINOLOGIST, PASSWORD.toCharArray());
                accounts.add("tran", Role.TRANSLATOR, PASSWORD.toCharArray());
                accounts.add("rita", Role.READER, PASSWORD.toCharArray());
                new SqlReviewStore(d); // a team server's database has the review schema before anyone serves it
                new SignInStore(d);
            }
            db.toFile().deleteOnExit();
            template = db;
        }
        return template;
    }

    private static synchronized String pgTemplate() throws IOException {
        if (pgTemplate == null) {
            String url = Postgres.freshDatabase("team_template");
            DatabaseCopy.copy(DbLocation.of(template()), DbLocation.parse(url), Schemas::make, (done, total) -> { });
            pgTemplate = url;
        }
        return pgTemplate;
    }

    /** A new database holding the template's data, as a --db value. */
    static String database(Store store, Path dir) {
        try {
            return switch (store) {
                case SQLITE -> Files.copy(template(), Files.createDirectories(dir).resolve("concord.db")).toString();
                case POSTGRESQL -> Postgres.copyOf(pgTemplate(), "team");
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One more connection to the database --db names. */
    static Database open(String db) {
        return Database.open(DbLocation.parse(db));
    }

    TeamFixture(Store store, Path dir, Clock clock) {
        this(store, database(store, dir), dir, clock);
    }

    /** A second server on the same database, as behind a load balancer. */
    TeamFixture(TeamFixture first, Path dir) {
        this(first.store, first.db, dir, Clock.systemUTC());
    }

    private TeamFixture(Store store, String db, Path dir, Clock clock) {
        this.store = store;
        this.db = db;
        served = new ServedDatabase(() -> open(db), new ServedDatabase.Options(dir.resolve("out"), 2, Set.of(), clock))
            .start(new InetSocketAddress("127.0.0.1", 0), WebServer.DEFAULT_THREADS);
        termbase = served.termbase();
    }

    TeamFixture(Store store, Path dir) {
        this(store, dir, Clock.systemUTC());
    }

    URI uri() {
        return served.uri();
    }

    Client client() {
        return new Client(uri());
    }

    Client signedIn(String user) throws Exception {
        Client c = client();
        HttpResponse<String> r = c.login(user, PASSWORD);
        if (r.statusCode() != 200) throw new IllegalStateException("login of " + user + ": " + r.statusCode() + " " + r.body());
        return c;
    }

    @Override
    public void close() {
        served.close();
    }

    /** One browser: its cookie (set only from Set-Cookie) and the CSRF token from the login answer. */
    static final class Client {
        static final HttpClient HTTP = HttpClient.newHttpClient();
        final URI base;
        String cookie;
        String csrf;

        Client(URI base) {
            this.base = base;
        }

        HttpResponse<String> login(String user, String password) throws Exception {
            HttpResponse<String> r = send("POST", "/api/session", JSON.writeValueAsString(java.util.Map.of("user", user, "password", password)), null);
            r.headers().firstValue("Set-Cookie").ifPresent(h -> cookie = h.substring(0, h.indexOf(';')));
            if (r.statusCode() == 200) csrf = JSON.readTree(r.body()).get("csrf").asText();
            return r;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null, null);
        }

        JsonNode json(String path) throws Exception {
            HttpResponse<String> r = get(path);
            if (r.statusCode() != 200) throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
            return JSON.readTree(r.body());
        }

        String etag(String conceptId) throws Exception {
            return get("/api/concepts/" + conceptId).headers().firstValue("ETag").orElseThrow();
        }

        HttpResponse<String> write(String method, String path, String body, String ifMatch) throws Exception {
            return send(method, path, body, ifMatch);
        }

        HttpResponse<String> send(String method, String path, String body, String ifMatch) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) b.header("Content-Type", "application/json");
            if (cookie != null) b.header("Cookie", cookie);
            if (csrf != null && !method.equals("GET")) b.header("X-CSRF-Token", csrf);
            if (ifMatch != null) b.header("If-Match", ifMatch);
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
