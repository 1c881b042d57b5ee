package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.term.ExportFormat;
import org.concord.web.TeamFixture.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** The team server's API as its users meet it: signing in, editing by role, proposals, history, memory units. */
@ParameterizedClass
@EnumSource(TeamFixture.Store.class)
class TeamApiTest {

    @Parameter TeamFixture.Store store;


    @TempDir Path dir;
    TeamFixture team;

    @BeforeEach
    void start() {
        team = new TeamFixture(store, dir);
    }

    @AfterEach
    void stop() {
        if (team != null) team.close(); // null when the store's server is missing and the test skipped
    }

    static String term(String lang, String text, String status) {
        return "{\"lang\":\"" + lang + "\",\"text\":\"" + text + "\",\"status\":\"" + status + "\"}";
    }

    static JsonNode body(HttpResponse<String> r) throws Exception {
        return TeamFixture.JSON.readTree(r.body());
    }

    @Test
    void signedOutBrowsersGetTheSignInPageAndHealthButNoData() throws Exception {
        Client anonymous = team.client();
        assertThat(anonymous.get("/").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/app.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/health").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/api/terms?q=council", "/api/concordance?q=council", "/api/info", "/api/me",
                "/api/concepts/wmd", "/api/proposals", "/reports/latest.html", "/api/units/1"}) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).doesNotContain("Security Council");
        }
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieAndGivesTheCsrfToken() throws Exception {
        Client c = team.client();
        HttpResponse<String> r = c.login("terry", TeamFixture.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("concord_session=").contains("; HttpOnly", "; SameSite=Strict", "; Path=/")
            .doesNotContain("Secure"); // plain HTTP on loopback
        assertThat(body(r).get("csrf").asText()).hasSizeGreaterThan(30);
        assertThat(c.json("/api/me").get("role").asText()).isEqualTo("terminologist");
        assertThat(c.json("/api/terms?q=" + URLEncoder.encode("Security Council", StandardCharsets.UTF_8)).get("hits")).isNotEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrong = team.client().login("terry", "not the password");
        HttpResponse<String> unknown = team.client().login("nobody", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Client c = team.signedIn("rita");
        assertThat(c.write("DELETE", "/api/session", null, null).statusCode()).isEqualTo(200);
        assertThat(c.get("/api/terms?q=council").statusCode()).isEqualTo(401);
    }

    @Test
    void aTerminologistsEditIsAppliedVersionedAndInTheHistory() throws Exception {
        Client terry = team.signedIn("terry");
        HttpResponse<String> concept = terry.get("/api/concepts/wmd");
        assertThat(concept.statusCode()).isEqualTo(200);
        String etag = concept.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> added = terry.write("POST", "/api/concepts/wmd/terms", term("fr", "ADM", "admitted"), etag);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String termId = body(added).get("termId").asText();
        assertThat(added.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        // Lookups see the new rendering at once.
        JsonNode hit = terry.json("/api/terms?q=ADM&lang=fr").get("hits").get(0);
        assertThat(hit.get("conceptId").asText()).isEqualTo("wmd");

        HttpResponse<String> changed = terry.write("PATCH", "/api/concepts/wmd/terms/" + termId, "{\"status\":\"deprecated\"}",
            terry.etag("wmd"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        JsonNode history = terry.json("/api/concepts/wmd/history").get("changes");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asText()).isEqualTo("update-term"); // newest first
        assertThat(history.get(0).get("user").asText()).isEqualTo("terry");
        assertThat(history.get(0).get("at").asText()).isNotBlank();
        assertThat(statusOf(history.get(0).get("before"), termId)).isEqualTo("admitted");
        assertThat(statusOf(history.get(0).get("after"), termId)).isEqualTo("deprecated");
        assertThat(history.get(1).get("action").asText()).isEqualTo("add-term");
        assertThat(history.get(1).get("proposal").isNull()).isTrue();

        HttpResponse<String> deleted = terry.write("DELETE", "/api/concepts/wmd/terms/" + termId, null, terry.etag("wmd"));
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(terry.json("/api/concepts/wmd").get("terms")).noneMatch(t -> t.get("id").asText().equals(termId));
    }

    static String statusOf(JsonNode concept, String termId) {
        for (JsonNode t : concept.get("terms")) if (t.get("id").asText().equals(termId)) return t.get("status").asText();
        return null;
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() throws Exception {
        Client terry = team.signedIn("terry");
        String old = terry.etag("wmd");
        assertThat(terry.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"First.\"}", old).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = terry.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"Second.\"}", old);
        assertThat(stale.statusCode()).isEqualTo(412);
        HttpResponse<String> none = terry.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"Third.\"}", null);
        assertThat(none.statusCode()).isEqualTo(428);
        assertThat(body(none).get("field").asText()).isEqualTo("If-Match");
        assertThat(terry.json("/api/concepts/wmd").get("definition").asText()).isEqualTo("First.");
        assertThat(terry.json("/api/concepts/wmd/history").get("changes")).hasSize(1);
    }

    @Test
    void aTranslatorProposesAndATerminologistApproves() throws Exception {
        Client tran = team.signedIn("tran");
        HttpResponse<String> proposed = tran.write("POST", "/api/concepts/wmd/terms", term("es", "ADM", "admitted"), tran.etag("wmd"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(202);
        long proposal = body(proposed).get("proposal").asLong();
        assertThat(tran.json("/api/concepts/wmd").get("terms")).noneMatch(t -> t.get("text").asText().equals("ADM"));
        assertThat(tran.get("/api/proposals").statusCode()).isEqualTo(403);
        assertThat(tran.write("POST", "/api/proposals/" + proposal + "/approve", "{}", null).statusCode()).isEqualTo(403);

        Client terry = team.signedIn("terry");
        JsonNode queue = terry.json("/api/proposals").get("proposals");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("proposedBy").asText()).isEqualTo("tran");
        assertThat(queue.get(0).get("edit").get("text").asText()).isEqualTo("ADM");

        HttpResponse<String> approved = terry.write("POST", "/api/proposals/" + proposal + "/approve", "{\"comment\":\"UN usage\"}", null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(terry.json("/api/concepts/wmd").get("terms")).anyMatch(t -> t.get("text").asText().equals("ADM"));
        assertThat(terry.json("/api/proposals").get("proposals")).isEmpty();
        JsonNode last = terry.json("/api/concepts/wmd/history").get("changes").get(0);
        assertThat(last.get("proposal").asLong()).isEqualTo(proposal);
        assertThat(last.get("proposedBy").asText()).isEqualTo("tran");
        assertThat(last.get("user").asText()).isEqualTo("terry");
        // Decided once: a second approval is a conflict, not a second change.
        assertThat(terry.write("POST", "/api/proposals/" + proposal + "/approve", "{}", null).statusCode()).isEqualTo(409);
        assertThat(terry.json("/api/concepts/wmd/history").get("changes")).hasSize(1);
    }

    @Test
    void aRejectedProposalChangesNothing() throws Exception {
        Client tran = team.signedIn("tran");
        long proposal = body(tran.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"Wrong.\"}", tran.etag("wmd"))).get("proposal").asLong();
        Client ada = team.signedIn("ada");
        HttpResponse<String> rejected = ada.write("POST", "/api/proposals/" + proposal + "/reject", "{\"comment\":\"not UN usage\"}", null);
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(ada.json("/api/concepts/wmd").get("definition").asText()).isNotEqualTo("Wrong.");
        assertThat(ada.json("/api/concepts/wmd/history").get("changes")).isEmpty();
        assertThat(ada.json("/api/proposals").get("proposals")).isEmpty();
    }

    @Test
    void aNewConceptIsCreatedWithItsAuthorAndTheTbxExportCarriesDatesAndAuthors() throws Exception {
        Client terry = team.signedIn("terry");
        HttpResponse<String> created = terry.write("POST", "/api/concepts",
            "{\"id\":\"peacekeeping\",\"subjectField\":\"peace and security\",\"definition\":\"Operations of the United Nations.\"}", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(terry.write("POST", "/api/concepts/peacekeeping/terms", term("en", "peacekeeping", "preferred"), etag).statusCode())
            .isEqualTo(201);
        assertThat(terry.write("POST", "/api/concepts", "{\"id\":\"peacekeeping\"}", null).statusCode()).isEqualTo(409);
        JsonNode concept = terry.json("/api/concepts/peacekeeping");
        assertThat(concept.get("createdBy").asText()).isEqualTo("terry");
        assertThat(concept.get("modifiedBy").asText()).isEqualTo("terry");

        Path tbx = dir.resolve("export.tbx");
        team.termbase.export(tbx, ExportFormat.TBX);
        String xml = Files.readString(tbx);
        int entry = xml.indexOf("id=\"peacekeeping\"");
        String peacekeeping = xml.substring(entry, xml.indexOf("</conceptEntry>", entry));
        assertThat(peacekeeping).contains("<transac type=\"transactionType\">origination</transac>",
            "<transac type=\"transactionType\">modification</transac>", "<transacNote type=\"responsibility\">terry</transacNote>",
            "<date>" + java.time.LocalDate.now() + "</date>");
    }

    @Test
    void translatorsConfirmAndCorrectMemoryUnitsReadersCannot() throws Exception {
        Client rita = team.signedIn("rita");
        assertThat(rita.write("POST", "/api/units/1/confirm", null, null).statusCode()).isEqualTo(403);
        assertThat(rita.write("PATCH", "/api/units/1", "{\"lang\":\"fr\",\"text\":\"x\"}", null).statusCode()).isEqualTo(403);

        Client tran = team.signedIn("tran");
        HttpResponse<String> confirmed = tran.write("POST", "/api/units/1/confirm", null, null);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(body(confirmed).get("confirmed").asBoolean()).isTrue();
        assertThat(body(confirmed).get("changedBy").asText()).isEqualTo("tran");

        HttpResponse<String> corrected = tran.write("PATCH", "/api/units/1",
            "{\"lang\":\"fr\",\"text\":\"Ordre du jour provisoire corrigé de la 7364e séance du Conseil de sécurité\"}", null);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode unit = tran.json("/api/units/1");
        assertThat(unit.get("variants")).anyMatch(v -> v.get("text").asText().contains("corrigé"));
        assertThat(unit.get("changedBy").asText()).isEqualTo("tran");
        JsonNode hits = tran.json("/api/concordance?lang=fr&q=" + URLEncoder.encode("corrigé", StandardCharsets.UTF_8)).get("hits");
        assertThat(hits).anyMatch(h -> h.get("unitId").asLong() == 1);
    }
}
