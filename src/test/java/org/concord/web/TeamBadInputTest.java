package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.concord.web.TeamFixture.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad requests get 400 or 404 with a JSON error naming the field, and change nothing. */
@ParameterizedClass
@EnumSource(TeamFixture.Store.class)
class TeamBadInputTest {

    @Parameter TeamFixture.Store store;
    @TempDir static Path dir;
    /** One server per store for the whole class: each test checks it changed nothing. */
    static TeamFixture team;
    static Client terry;

    @BeforeEach
    void start() throws Exception {
        if (team != null && team.store == store) return;
        stop();
        team = new TeamFixture(store, dir.resolve(store.name()));
        terry = team.signedIn("terry");
    }

    @AfterAll
    static void stop() {
        if (team != null) team.close();
        team = null;
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} naming {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"fr\",\"text\":\"x\"             | 400 | body",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"fr\",\"text\":\"x\",\"colour\":1} | 400 | colour",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"fr\",\"text\":5}              | 400 | text",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":[\"fr\"],\"text\":\"x\"}        | 400 | lang",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"fr\",\"text\":\"   \"}        | 400 | text",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"fr\"}                         | 400 | text",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"xx\",\"text\":\"x\"}          | 400 | lang",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"fr\",\"text\":\"x\",\"status\":\"approved\"} | 400 | status",
        "POST  | /api/concepts/wmd/terms          | `[1,2]`                                     | 400 | body",
        "POST  | /api/concepts/wmd/terms          | null                                        | 400 | body",
        "POST  | /api/concepts/wmd/terms          | {\"lang\":\"fr\",\"text\":\"x\",\"text\":\"y\"} | 400 | body",
        "POST  | /api/concepts/nope/terms         | {\"lang\":\"fr\",\"text\":\"x\"}          | 404 | id",
        "PATCH | /api/concepts/wmd/terms/nope     | {\"text\":\"x\"}                          | 404 | termId",
        "DELETE| /api/concepts/wmd/terms/nope     |                                             | 404 | termId",
        "PATCH | /api/concepts/wmd/terms/wmd-en-1 | {}                                          | 400 | body",
        "PATCH | /api/concepts/wmd/terms/wmd-en-1 | {\"status\":\"old\"}                      | 400 | status",
        "PATCH | /api/concepts/wmd                | {\"definition\":false}                    | 400 | definition",
        "POST  | /api/concepts                    | {\"id\":\"a b\"}                          | 400 | id",
        "PATCH | /api/units/1                     | {\"lang\":\"fr\",\"text\":\"\"}           | 400 | text",
        "PATCH | /api/units/1                     | {\"lang\":\"de\",\"text\":\"x\"}          | 404 | lang",
        "PATCH | /api/units/99999                 | {\"lang\":\"fr\",\"text\":\"x\"}          | 404 | id",
        "POST  | /api/proposals/99999/approve     | {}                                          | 404 | id",
    })
    void badRequestsNameTheFieldAndChangeNothing(String method, String path, String body, int status, String field) throws Exception {
        String etag = terry.etag("wmd");
        JsonNode before = terry.json("/api/concepts/wmd");
        HttpResponse<String> r = terry.write(method.strip(), path.strip(), body == null ? null : body.strip(), etag);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode error = TeamFixture.JSON.readTree(r.body());
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("error").asText()).startsWith(field + ": ");
        assertThat(terry.json("/api/concepts/wmd")).isEqualTo(before);
        assertThat(terry.etag("wmd")).isEqualTo(etag);
        assertThat(terry.json("/api/concepts/wmd/history").get("changes")).isEmpty();
        assertThat(terry.json("/api/units/1").get("confirmed").asBoolean()).isFalse();
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedUnread() throws Exception {
        String big = "{\"lang\":\"fr\",\"text\":\"" + "x".repeat(1 << 20) + "\"}";
        HttpResponse<String> r = terry.write("POST", "/api/concepts/wmd/terms", big, terry.etag("wmd"));
        assertThat(r.statusCode()).as("413 Content Too Large").isEqualTo(413);
        assertThat(TeamFixture.JSON.readTree(r.body()).get("field").asText()).isEqualTo("body");
        // Sent in chunks, without a length announced: the server stops reading after 1 MB.
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(terry.base.resolve("/api/concepts/wmd/terms"))
            .header("Cookie", terry.cookie).header("X-CSRF-Token", terry.csrf).header("If-Match", terry.etag("wmd"))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .build();
        HttpResponse<String> streamed = Client.HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(TeamFixture.JSON.readTree(streamed.body()).get("field").asText()).isEqualTo("body");
        assertThat(terry.json("/api/concepts/wmd/history").get("changes")).isEmpty();
    }
}
