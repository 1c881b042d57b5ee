package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.concord.web.TeamFixture.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team server's guards, one test each; every test was checked to fail with its guard removed (see the guard named
 * in each test's comment).
 */
@ParameterizedClass
@EnumSource(TeamFixture.Store.class)
class TeamSecurityTest {

    @Parameter TeamFixture.Store store;


    @TempDir Path dir;
    TeamFixture team;

    /** A clock the lockout test can move forward. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @AfterEach
    void stop() {
        if (team != null) team.close();
    }

    TeamFixture team() {
        return team = new TeamFixture(store, dir);
    }

    static final String ADD_TERM = "{\"lang\":\"fr\",\"text\":\"ADM\",\"status\":\"admitted\"}";

    // Guard: Router refuses requests without a live session (401) before any API code runs.
    @Test
    void writesWithoutASessionAreRefused() throws Exception {
        TeamFixture t = team();
        Client terry = t.signedIn("terry");
        String etag = terry.etag("wmd");
        Client anonymous = t.client();
        anonymous.csrf = terry.csrf; // even with a valid token, no session is no session
        for (String[] w : new String[][] {{"POST", "/api/concepts/wmd/terms", ADD_TERM}, {"PATCH", "/api/concepts/wmd", "{\"definition\":\"x\"}"},
                {"POST", "/api/concepts", "{\"id\":\"new-one\"}"}, {"POST", "/api/units/1/confirm", null}, {"POST", "/api/proposals/1/approve", "{}"}}) {
            assertThat(anonymous.write(w[0], w[1], w[2], etag).statusCode()).as(w[0] + " " + w[1]).isEqualTo(401);
        }
        assertThat(terry.json("/api/concepts/wmd/history").get("changes")).isEmpty();
        assertThat(terry.get("/api/concepts/new-one").statusCode()).isEqualTo(404);
    }

    // Guards: TeamApi.write (readers may not change the termbase), TeamApi.proposals (only terminologists and admins
    // review), TeamApi.units (readers may not change the memory).
    @Test
    void writesWithTheWrongRoleAreRefused() throws Exception {
        TeamFixture t = team();
        Client rita = t.signedIn("rita");
        HttpResponse<String> r = rita.write("POST", "/api/concepts/wmd/terms", ADD_TERM, rita.etag("wmd"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(rita.write("POST", "/api/concepts", "{\"id\":\"new-one\"}", null).statusCode()).isEqualTo(403);
        assertThat(rita.write("POST", "/api/units/1/confirm", null, null).statusCode()).isEqualTo(403);

        Client tran = t.signedIn("tran");
        long proposal = TeamApiTest.body(tran.write("POST", "/api/concepts/wmd/terms", ADD_TERM, tran.etag("wmd"))).get("proposal").asLong();
        assertThat(tran.write("POST", "/api/proposals/" + proposal + "/approve", "{}", null).statusCode()).isEqualTo(403);
        assertThat(rita.write("POST", "/api/proposals/" + proposal + "/approve", "{}", null).statusCode()).isEqualTo(403);

        Client terry = t.signedIn("terry");
        assertThat(terry.json("/api/concepts/wmd").get("terms")).noneMatch(x -> x.get("text").asText().equals("ADM"));
        assertThat(terry.json("/api/concepts/wmd/history").get("changes")).isEmpty();
        assertThat(terry.json("/api/proposals").get("proposals")).hasSize(1);
    }

    // Guard: Router compares X-CSRF-Token with the session's token on every write.
    @Test
    void writesWithoutOrWithAForgedCsrfTokenAreRefused() throws Exception {
        TeamFixture t = team();
        Client terry = t.signedIn("terry");
        String etag = terry.etag("wmd");
        String token = terry.csrf;
        terry.csrf = null;
        assertThat(terry.write("POST", "/api/concepts/wmd/terms", ADD_TERM, etag).statusCode()).isEqualTo(403);
        terry.csrf = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(terry.write("POST", "/api/concepts/wmd/terms", ADD_TERM, etag).statusCode()).isEqualTo(403);
        // Another user's token does not fit this session either.
        terry.csrf = t.signedIn("ada").csrf;
        assertThat(terry.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"x\"}", etag).statusCode()).isEqualTo(403);
        terry.csrf = token;
        assertThat(terry.json("/api/concepts/wmd/history").get("changes")).isEmpty();
        assertThat(terry.write("POST", "/api/concepts/wmd/terms", ADD_TERM, etag).statusCode()).isEqualTo(201);
    }

    // Guards: TeamApi.login ends the session the browser held and makes a new id; Sessions never adopts an id it did not make.
    @Test
    void aSessionIdIsNeverFixedByTheClient() throws Exception {
        TeamFixture t = team();
        Client victim = t.client();
        victim.cookie = "concord_session=planted-by-an-attacker";
        victim.login("terry", TeamFixture.PASSWORD);
        assertThat(victim.cookie).isNotEqualTo("concord_session=planted-by-an-attacker");
        Client attacker = t.client();
        attacker.cookie = "concord_session=planted-by-an-attacker";
        assertThat(attacker.get("/api/terms?q=council").statusCode()).isEqualTo(401);

        // A cross-site form cannot sign the browser in as someone else: sign-in takes JSON only.
        HttpResponse<String> form = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(t.uri().resolve("/api/session"))
            .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                "{\"user\":\"terry\",\"password\":\"" + TeamFixture.PASSWORD + "\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.headers().firstValue("Set-Cookie")).isEmpty();

        // Signing in again, even from the same browser, gives a new id and ends the old one.
        String first = victim.cookie;
        victim.login("terry", TeamFixture.PASSWORD);
        assertThat(victim.cookie).isNotEqualTo(first);
        Client old = t.client();
        old.cookie = first;
        assertThat(old.get("/api/terms?q=council").statusCode()).isEqualTo(401);
        assertThat(victim.get("/api/terms?q=council").statusCode()).isEqualTo(200);
    }

    // Guard: LoginThrottle (five failures for one user within 15 minutes → 429 until the window passes).
    @Test
    void fiveFailuresLockTheUserOutForFifteenMinutes() throws Exception {
        MovableClock clock = new MovableClock();
        team = new TeamFixture(store, dir, clock);
        for (int i = 0; i < 5; i++) assertThat(team.client().login("tran", "guess " + i).statusCode()).isEqualTo(401);
        HttpResponse<String> locked = team.client().login("tran", TeamFixture.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Set-Cookie")).isEmpty();
        // Another user is not locked out by tran's failures.
        assertThat(team.client().login("terry", TeamFixture.PASSWORD).statusCode()).isEqualTo(200);
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(team.client().login("tran", TeamFixture.PASSWORD).statusCode()).isEqualTo(429);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(team.client().login("tran", TeamFixture.PASSWORD).statusCode()).isEqualTo(200);
    }

    // Guards: bound parameters in every SQL statement (SqlAccountStore, SqlReviewStore, TermStore, TranslationMemory).
    @Test
    void sqlMetacharactersInEveryFieldAreStoredAsText() throws Exception {
        TeamFixture t = team();
        String evil = "x'); DROP TABLE term; DELETE FROM account WHERE ('1'='1";
        Client nobody = t.client();
        assertThat(nobody.login("' OR '1'='1", "' OR '1'='1").statusCode()).isEqualTo(401);
        assertThat(nobody.login("terry' --", "anything").statusCode()).isEqualTo(401);
        assertThat(nobody.login(evil, evil).statusCode()).isEqualTo(401);

        Client terry = t.signedIn("terry");
        String json = TeamFixture.JSON.writeValueAsString(java.util.Map.of("lang", "fr", "text", evil, "status", "admitted", "note", evil));
        HttpResponse<String> added = terry.write("POST", "/api/concepts/wmd/terms", json, terry.etag("wmd"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String concept = TeamFixture.JSON.writeValueAsString(java.util.Map.of("definition", evil, "source", evil, "subjectField", evil));
        assertThat(terry.write("PATCH", "/api/concepts/wmd", concept, terry.etag("wmd")).statusCode()).isEqualTo(200);
        assertThat(terry.write("POST", "/api/proposals/1%20OR%201=1/approve", "{}", null).statusCode()).isEqualTo(404);
        assertThat(terry.get("/api/concepts/wmd'%20OR%20'1'='1").statusCode()).isEqualTo(404);
        assertThat(terry.get("/api/terms?q=" + java.net.URLEncoder.encode(evil, StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);

        Client tran = t.signedIn("tran");
        String unit = TeamFixture.JSON.writeValueAsString(java.util.Map.of("lang", "fr", "text", evil));
        assertThat(tran.write("PATCH", "/api/units/1", unit, null).statusCode()).isEqualTo(200);
        long proposal = TeamApiTest.body(tran.write("PATCH", "/api/concepts/wmd", concept, tran.etag("wmd"))).get("proposal").asLong();
        Client ada = t.signedIn("ada");
        assertThat(ada.write("POST", "/api/proposals/" + proposal + "/reject",
            TeamFixture.JSON.writeValueAsString(java.util.Map.of("comment", evil)), null).statusCode()).isEqualTo(200);

        JsonNode c = terry.json("/api/concepts/wmd");
        assertThat(c.get("definition").asText()).isEqualTo(evil);
        assertThat(c.get("source").asText()).isEqualTo(evil);
        assertThat(c.get("terms")).anyMatch(x -> x.get("text").asText().equals(evil) && x.get("note").asText().equals(evil));
        assertThat(tran.json("/api/units/1").get("variants")).anyMatch(v -> v.get("text").asText().equals(evil));
        // Every table and every account is still there.
        assertThat(terry.json("/api/concepts/security-council").get("terms")).hasSizeGreaterThan(5);
        for (String user : new String[] {"ada", "terry", "tran", "rita"}) t.signedIn(user);
    }

    // Guards: Passwords (only the Argon2id hash is stored) and TeamApi.login (logs no credentials).
    @Test
    void noPasswordIsInTheDatabaseOrTheLogInClear() throws Exception {
        PrintStream savedErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            TeamFixture t = team();
            t.signedIn("terry");
            for (int i = 0; i < 6; i++) t.client().login("tran", "Wrong-Secret-" + i);
            t.client().login("nobody", "Wrong-Secret-x");
            // A request that fails inside the server is logged: its log line must not carry the body either.
            t.signedIn("ada").write("PATCH", "/api/concepts/wmd", "{\"definition\":\"" + TeamFixture.PASSWORD + "\"", null);
        } finally {
            System.setErr(savedErr);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(TeamFixture.PASSWORD, "Wrong-Secret");
        if (store == TeamFixture.Store.POSTGRESQL) {
            // Every row of every table, as PostgreSQL spells it in text.
            assertThat(rowsContaining(team.db, TeamFixture.PASSWORD)).isEmpty();
            assertThat(rowsContaining(team.db, "Wrong-Secret")).isEmpty();
            assertThat(rowsContaining(team.db, "$argon2id$v=19$")).containsExactly("account");
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(TeamFixture.PASSWORD, "Wrong-Secret")
                    .doesNotContain(new String(TeamFixture.PASSWORD.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("concord.db")), StandardCharsets.ISO_8859_1)).contains("$argon2id$v=19$");
    }

    /** The tables of the PostgreSQL database at {@code url} with a row whose text holds {@code text}. */
    static java.util.List<String> rowsContaining(String url, String text) throws Exception {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (java.sql.Connection c = org.concord.testing.Postgres.connect(url); java.sql.Statement s = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (java.sql.PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0")) {
                    ps.setString(1, text);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getLong(1) > 0) found.add(table);
                    }
                }
            }
        }
        return found;
    }

    // Guards: HtmlReport escapes every text it writes; the API answers JSON as application/json with nosniff. (The page
    // and the history view, which build text nodes only, are checked in TeamPageBrowserTest.)
    @Test
    void aTermWithMarkupAndQuotesIsInertInTheCheckReport() throws Exception {
        TeamFixture t = team();
        Client terry = t.signedIn("terry");
        String hostile = TeamPageBrowserTest.HOSTILE;
        String json = TeamFixture.JSON.writeValueAsString(java.util.Map.of("lang", "fr", "text", hostile, "status", "preferred"));
        HttpResponse<String> added = terry.write("POST", "/api/concepts/wmd/terms", json, terry.etag("wmd"));
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(added.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> history = terry.get("/api/concepts/wmd/history");
        assertThat(history.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");

        var report = org.concord.check.Checker.standard(t.termbase.recognizer()).check(java.util.List.of(new org.concord.check.SegmentPair(
            "1", "en", "We must keep weapons of mass destruction away from terrorists.", "fr",
            "Nous devons tenir les armes à l'écart des terroristes.", "S/PV.7837")));
        assertThat(report.findings()).anyMatch(f -> f.suggestions().contains(hostile));
        String html = org.concord.check.HtmlReport.render(report);
        assertThat(html).doesNotContain("<script>window.injected", "<img src=x", "onerror=\"window")
            .contains("&lt;script&gt;window.injected=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.injected=2&quot;&gt;");
    }
}
