package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.account.Accounts;
import org.concord.account.SqlAccountStore;
import org.concord.store.Database;
import org.concord.web.TeamFixture.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two team servers on one database, as behind a load balancer: what one writes the other answers at the next request,
 * writes through both at once lose nothing, and a session works whichever server answers.
 */
@ParameterizedClass
@EnumSource(TeamFixture.Store.class)
class TeamTwoServersTest {

    @Parameter TeamFixture.Store store;
    @TempDir Path dir;
    TeamFixture first;
    TeamFixture second;

    @BeforeEach
    void start() {
        first = new TeamFixture(store, dir);
        second = new TeamFixture(first, dir);
    }

    @AfterEach
    void stop() {
        if (second != null) second.close();
        if (first != null) first.close();
    }

    /** The same browser, its requests sent to the other server (its cookie and token as they are). */
    static Client through(TeamFixture server, Client browser) {
        Client c = server.client();
        c.cookie = browser.cookie;
        c.csrf = browser.csrf;
        return c;
    }

    @Test
    void aWriteThroughOneIsSeenThroughTheOtherAtTheNextRequest() throws Exception {
        Client viaFirst = first.signedIn("terry");
        Client viaSecond = second.signedIn("terry");
        // Loaded on the second before the edit: its lookups must not keep answering from what they loaded.
        assertThat(viaSecond.json("/api/terms?q=ADM&lang=fr").get("hits")).isEmpty();

        HttpResponse<String> added = viaFirst.write("POST", "/api/concepts/wmd/terms", TeamApiTest.term("fr", "ADM", "admitted"),
            viaFirst.etag("wmd"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String etag = added.headers().firstValue("ETag").orElseThrow();

        assertThat(viaSecond.etag("wmd")).isEqualTo(etag);
        assertThat(viaSecond.json("/api/concepts/wmd").get("terms")).anyMatch(t -> t.get("text").asText().equals("ADM"));
        assertThat(viaSecond.json("/api/terms?q=ADM&lang=fr").get("hits").get(0).get("conceptId").asText()).isEqualTo("wmd");
        assertThat(viaSecond.json("/api/concepts/wmd/history").get("changes")).hasSize(1);

        // The ETag the first server gave is good on the second; the one before it is stale on both.
        assertThat(viaSecond.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"Second.\"}", etag).statusCode()).isEqualTo(200);
        assertThat(viaFirst.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"First.\"}", etag).statusCode()).isEqualTo(412);
        assertThat(viaFirst.json("/api/concepts/wmd").get("definition").asText()).isEqualTo("Second.");

        Client tran = first.signedIn("tran");
        String corrected = "Ordre du jour provisoire révisé de la 7364e séance du Conseil de sécurité";
        HttpResponse<String> unit = tran.write("PATCH", "/api/units/1",
            TeamFixture.JSON.writeValueAsString(java.util.Map.of("lang", "fr", "text", corrected)), null);
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(200);
        Client tranOnSecond = through(second, tran);
        assertThat(tranOnSecond.json("/api/units/1").get("variants")).anyMatch(v -> v.get("text").asText().equals(corrected));
        JsonNode hits = tranOnSecond.json("/api/concordance?lang=fr&q=" + URLEncoder.encode("révisé", StandardCharsets.UTF_8)).get("hits");
        assertThat(hits).anyMatch(h -> h.get("unitId").asLong() == 1);
    }

    @Test
    void aSessionWorksWhicheverServerAnswersAndEndsOnBoth() throws Exception {
        Client browser = first.signedIn("terry");
        Client sameOnSecond = through(second, browser);
        assertThat(sameOnSecond.json("/api/me").get("user").asText()).isEqualTo("terry");
        // A write needs the session's CSRF token: the second server knows it too.
        assertThat(sameOnSecond.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"Via the second.\"}", sameOnSecond.etag("wmd"))
            .statusCode()).isEqualTo(200);
        assertThat(sameOnSecond.write("DELETE", "/api/session", null, null).statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/me").statusCode()).as("signed out through the second, refused by the first").isEqualTo(401);
    }

    @Test
    void aRestartSignsNobodyOut() throws Exception {
        Client browser = second.signedIn("rita");
        second.close();
        second = new TeamFixture(first, dir);
        assertThat(through(second, browser).json("/api/me").get("user").asText()).isEqualTo("rita");
    }

    @Test
    void aNewPasswordEndsTheUsersSessionsOnEveryServer() throws Exception {
        Client tran = first.signedIn("tran");
        Client terry = second.signedIn("terry");
        try (Database db = TeamFixture.open(first.db)) {
            new Accounts(new SqlAccountStore(db)).resetPassword("tran", "a new pass phrase".toCharArray());
        }
        assertThat(tran.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(through(second, tran).get("/api/me").statusCode()).isEqualTo(401);
        assertThat(terry.get("/api/me").statusCode()).as("another user's session").isEqualTo(200);
    }

    @Test
    void failedSignInsCountOnEveryServer() throws Exception {
        for (int i = 0; i < 5; i++) {
            TeamFixture server = i % 2 == 0 ? first : second;
            assertThat(server.client().login("tran", "guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(first.client().login("tran", TeamFixture.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(second.client().login("tran", TeamFixture.PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void writesThroughBothAtOnceLoseNothing() throws Exception {
        int each = 50;
        Client tranFirst = first.signedIn("tran");
        Client tranSecond = second.signedIn("tran");
        Client terryFirst = first.signedIn("terry");
        Client terrySecond = second.signedIn("terry");
        String etag = tranFirst.etag("security-council");
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger stale = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(4);
        List<Callable<Set<Long>>> work = new ArrayList<>();
        for (Client tran : List.of(tranFirst, tranSecond)) {
            work.add(() -> {
                together.await();
                Set<Long> ids = new HashSet<>();
                for (int i = 0; i < each; i++) {
                    HttpResponse<String> r = tran.write("PATCH", "/api/concepts/security-council",
                        "{\"definition\":\"Proposal " + i + " via " + tran.base.getPort() + ".\"}", etag);
                    if (r.statusCode() == 202) ids.add(TeamApiTest.body(r).get("proposal").asLong());
                    else unexpected.add(r.statusCode() + " " + r.body());
                }
                return ids;
            });
        }
        // Terminologists add terms to one concept through both servers, each edit on the version it last saw: a
        // conflict is a 412, and the edit is sent again on the new version.
        for (Client terry : List.of(terryFirst, terrySecond)) {
            work.add(() -> {
                together.await();
                Set<Long> none = new HashSet<>();
                for (int i = 0; i < each; i++) {
                    String text = "term " + i + " via " + terry.base.getPort();
                    while (true) {
                        HttpResponse<String> r = terry.write("POST", "/api/concepts/wmd/terms", TeamApiTest.term("en", text, "admitted"),
                            terry.etag("wmd"));
                        if (r.statusCode() == 201) break;
                        if (r.statusCode() == 412) {
                            stale.incrementAndGet();
                            continue;
                        }
                        unexpected.add(r.statusCode() + " " + r.body());
                        break;
                    }
                }
                return none;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        Set<Long> proposals = new HashSet<>();
        try {
            for (Future<Set<Long>> f : pool.invokeAll(work)) proposals.addAll(f.get());
        } finally {
            pool.shutdown();
        }
        assertThat(unexpected).isEmpty();
        assertThat(proposals).hasSize(2 * each);
        JsonNode queue = terryFirst.json("/api/proposals").get("proposals");
        assertThat(queue).hasSize(2 * each);
        JsonNode concept = terrySecond.json("/api/concepts/wmd");
        long added = 0;
        for (JsonNode t : concept.get("terms")) if (t.get("text").asText().startsWith("term ")) added++;
        assertThat(added).as("terms added (after %d conflicts answered 412)", stale.get()).isEqualTo(2 * each);
        assertThat(terryFirst.json("/api/concepts/wmd/history").get("changes")).hasSize(2 * each);
        assertThat(terryFirst.etag("wmd")).isEqualTo(TeamApi.etag(2 * each));
    }
}
