package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.web.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `concord serve` end to end: the real termbase and memory from a database file, over HTTP on loopback. */
class ServeCommandTest {

    @TempDir Path dir;

    @Test
    void servesTheDatabaseOnLoopbackUntilStopped() throws Exception {
        Path db = RealData.database(dir.resolve("concord.db"));
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/check-1.json"), "{\"pairs\":[],\"findings\":[],\"termOccurrences\":0,\"checks\":[]}");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            exit.set(cl.execute("serve", "--db", db.toString(), "--port", "0"));
        });
        serving.start();
        URI base = awaitUrl(out, err);
        try {
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            assertThat(out.toString()).contains("termbase: 2 concepts, memory: 3 units, reports: " + dir.resolve("out"));
            HttpClient http = HttpClient.newHttpClient();
            JsonNode terms = get(http, base.resolve("/api/terms?q=" + URLEncoder.encode("Conseil de sécurité", StandardCharsets.UTF_8)));
            assertThat(terms.get("hits").get(0).get("languages")).extracting(l -> l.get("terms").get(0).get("text").asText())
                .containsExactly("Security Council", "Conseil de sécurité", "Consejo de Seguridad", "Совет Безопасности", "安全理事会", "مجلس الأمن");
            JsonNode conc = get(http, base.resolve("/api/concordance?lang=en&q=Security%20Council"));
            assertThat(conc.get("hits")).hasSize(2);
            JsonNode report = get(http, base.resolve("/api/reports/latest"));
            assertThat(report.get("name").asText()).isEqualTo("check-1.json");
        } finally {
            serving.interrupt();
            serving.join(5000);
        }
        assertThat(exit.get()).isZero();
    }

    @Test
    void aMissingDatabaseIsBadInput() {
        MainTest.Run r = MainTest.run("serve", "--db", dir.resolve("none.db").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("concord: " + dir.resolve("none.db") + ": no such database");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void anUnreachablePostgresDatabaseIsOneLineNamingHostAndDatabaseButNotThePassword() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        MainTest.Run r = MainTest.run("serve", "--db", "postgresql://concord:S3cret-Phrase@127.0.0.1:" + closed + "/section_db", "--port", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("127.0.0.1", "section_db").doesNotContain("S3cret-Phrase");
        assertThat(r.out()).doesNotContain("Serving");
    }

    @Test
    void aPortInUseIsBadInput() throws Exception {
        Path db = RealData.database(dir.resolve("concord.db"));
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            MainTest.Run r = MainTest.run("serve", "--db", db.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("cannot listen on").contains(String.valueOf(taken.getLocalPort()));
        }
        assertThat(MainTest.run("serve", "--db", db.toString(), "--port", "70000").err()).contains("--port 70000: must be between 0 and 65535");
    }

    @Test
    void withoutUsersItRefusesToListenBeyondLoopback() {
        Path db = RealData.database(dir.resolve("concord.db"));
        MainTest.Run r = MainTest.run("serve", "--db", db.toString(), "--bind", "0.0.0.0", "--port", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("has no users").contains("concord user add NAME --role admin");
    }

    @Test
    void withUsersEveryCallButHealthNeedsASignIn() throws Exception {
        Path db = RealData.database(dir.resolve("concord.db"));
        try (org.concord.store.Database d = org.concord.store.Database.open(db)) {
            new org.concord.account.Accounts(new org.concord.account.SqlAccountStore(d))
                .add("mei", org.concord.account.Role.TERMINOLOGIST, "pass phrase".toCharArray());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = new Thread(() -> {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            cl.execute("serve", "--db", db.toString(), "--port", "0");
        });
        serving.start();
        URI base = awaitUrl(out, err);
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(base.resolve("/api/terms?q=council")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(get(http, base.resolve("/api/health")).get("status").asText()).isEqualTo("ok");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/api/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"mei\",\"password\":\"pass phrase\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/api/terms?q=Security%20Council")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(200);
            assertThat(signedIn.body()).contains("Security Council");
            assertThat(out.toString()).contains("Team server: sign-in required (1 users)"); // printed after the address
        } finally {
            serving.interrupt();
            serving.join(5000);
        }
    }

    private static URI awaitUrl(StringWriter out, StringWriter err) throws InterruptedException {
        Pattern serving = Pattern.compile("Serving (http://\\S+/) ");
        for (int i = 0; i < 200; i++) {
            Matcher m = serving.matcher(out.toString());
            if (m.find()) return URI.create(m.group(1));
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start: " + out + err);
    }

    private static JsonNode get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }
}
