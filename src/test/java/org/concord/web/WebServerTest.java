package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP side of the server: the API's answers, the refusals, and the check-report convention. */
class WebServerTest {

    @TempDir static Path reports;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new WebServer(SampleData.terms(), SampleData.memory(), new LatestReport(reports))
            .start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String pathAndQuery, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expectedStatus);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnLoopbackOnlyByDefaultAddress() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.uri().toString()).startsWith("http://127.0.0.1:");
    }

    @Test
    void termLookupGivesTheConceptInAllSixLanguagesWithDirection() throws Exception {
        JsonNode hit = getJson("/api/terms?q=" + q("security council"), 200).get("hits").get(0);
        assertThat(hit.get("conceptId").asText()).isEqualTo("c-security-council");
        assertThat(hit.get("kind").asText()).isEqualTo("exact");
        assertThat(hit.get("definition").asText()).startsWith("The principal organ");
        JsonNode languages = hit.get("languages");
        assertThat(languages).extracting(l -> l.get("lang").asText()).containsExactly("en", "fr", "es", "ru", "zh", "ar");
        assertThat(languages.get(5).get("dir").asText()).isEqualTo("rtl");
        assertThat(languages.get(5).get("terms").get(0).get("text").asText()).isEqualTo("مجلس الأمن");
        assertThat(languages.get(4).get("terms")).extracting(t -> t.get("status").asText()).containsExactly("preferred", "admitted");
    }

    @Test
    void termLookupAnswersArabicQueries() throws Exception {
        JsonNode hits = getJson("/api/terms?q=" + q("أسلحة الدمار") + "&lang=ar", 200).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("matched").get("lang").asText()).isEqualTo("ar");
        assertThat(hits.get(0).get("conceptId").asText()).isEqualTo("c-wmd");
    }

    @Test
    void concordanceReturnsSpansAndOtherLanguages() throws Exception {
        JsonNode hits = getJson("/api/concordance?q=" + q("mass destruction") + "&lang=en", 200).get("hits");
        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0);
        String text = hit.get("text").asText();
        JsonNode span = hit.get("spans").get(0);
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo("mass destruction");
        assertThat(hit.get("variants")).extracting(v -> v.get("lang").asText()).containsExactly("fr", "ar");
    }

    @Test
    void fuzzyMatchesCarryPercentAndTarget() throws Exception {
        JsonNode matches = getJson("/api/fuzzy?q=" + q("Provisional agenda for the 7365th meeting of the Security Council")
            + "&src=en&tgt=es", 200).get("matches");
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).get("percent").asInt()).isBetween(90, 99);
        assertThat(matches.get(0).get("target").asText()).startsWith("Orden del día provisional");
    }

    @Test
    void badParametersAreRefusedWithAMessage() throws Exception {
        assertThat(getJson("/api/terms?q=x&lang=xx", 400).get("error").asText()).contains("unknown language code 'xx'");
        assertThat(getJson("/api/terms", 400).get("error").asText()).isEqualTo("missing parameter 'q'");
        assertThat(getJson("/api/fuzzy?q=x&min=abc", 400).get("error").asText()).contains("'min' must be a whole number");
        assertThat(getJson("/api/concordance?q=x&max=100000", 400).get("error").asText()).contains("between 1 and 200");
        assertThat(getJson("/api/nothing", 404).get("error").asText()).contains("/api/nothing");
    }

    @Test
    void servesThePageWithAStrictContentPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<input id=\"q\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'", "script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/missing.js").statusCode()).isEqualTo(404);
        assertThat(get("/WebServer.class").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml",
        "/./app.js", "/a/../app.js", "/..%5c..%5cpom.xml", "/%252e%252e/pom.xml", "/api/../app.js"})
    void dotDotPathsAreRefused(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").contains("path refused").doesNotContain("<project", "root:");
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/terms?q=x"))
            .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(raw("HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void foreignHostHeadersAreRefusedAgainstDnsRebinding() throws IOException {
        assertThat(raw("GET /api/info HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 403");
        assertThat(raw("GET /api/info HTTP/1.1\r\nHost: localhost:" + server.address().getPort() + "\r\nConnection: close\r\n\r\n"))
            .startsWith("HTTP/1.1 200");
    }

    @Test
    void latestReportIsTheNewestJsonFileWithItsHtmlTwin() throws Exception {
        Files.writeString(reports.resolve("check-old.json"), "{\"findings\":[{\"id\":\"old\"}]}");
        Files.setLastModifiedTime(reports.resolve("check-old.json"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.writeString(reports.resolve("check-new.json"), "{\"summary\":{\"errors\":1},\"findings\":[{\"id\":\"term.missing\"}]}");
        Files.setLastModifiedTime(reports.resolve("check-new.json"), FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        Files.writeString(reports.resolve("check-new.html"), "<!DOCTYPE html><title>r</title><script>parent.x=1</script><p>report</p>");
        Files.writeString(reports.resolve("notes.txt"), "not a report");

        JsonNode latest = getJson("/api/reports/latest", 200);
        assertThat(latest.get("name").asText()).isEqualTo("check-new.json");
        assertThat(latest.get("modified").asText()).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(latest.get("html").asText()).isEqualTo("/reports/latest.html");
        assertThat(latest.get("report").get("findings").get(0).get("id").asText()).isEqualTo("term.missing");

        HttpResponse<String> html = get("/reports/latest.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<p>report</p>");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox allow-scripts;")
            .contains("default-src 'none'");
    }

    @Test
    void missingReportsFolderIsANotFoundWithTheFolderNamed(@TempDir Path empty) throws Exception {
        try (WebServer other = new WebServer(SampleData.terms(), SampleData.memory(), new LatestReport(empty.resolve("reports")))
                .start(new InetSocketAddress("127.0.0.1", 0))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(other.uri().resolve("/api/reports/latest")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("no check report yet in").contains("reports");
        }
    }

    /** Sends bytes as they are: HTTP clients and browsers would normalise the dot segments away before sending. */
    static String raw(String request) throws IOException {
        InetSocketAddress a = server.address();
        try (Socket s = new Socket(a.getAddress(), a.getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
