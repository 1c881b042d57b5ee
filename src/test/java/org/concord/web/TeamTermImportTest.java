package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.concord.cli.Main;
import org.concord.store.Database;
import org.concord.testing.Postgres;
import org.concord.web.TeamFixture.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * A termbase file imported from the command line into a team server's database while the server runs: editors who
 * loaded a concept before the import must not overwrite it unseen, and the history says who imported it.
 */
@ParameterizedClass
@EnumSource(TeamFixture.Store.class)
class TeamTermImportTest {

    @Parameter TeamFixture.Store store;
    private static final String OLD_DEFINITION = "capable of killing large numbers of people.";
    private static final String NEW_DEFINITION = "capable of killing or injuring large numbers of people.";

    @TempDir Path dir;
    TeamFixture team;

    @BeforeEach
    void start() {
        team = new TeamFixture(store, dir);
    }

    @AfterEach
    void stop() {
        if (team != null) team.close();
    }

    private static int concord(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return exit;
    }

    private Path changedSample() throws Exception {
        String tbx = Files.readString(RealData.resource("sample.tbx"));
        assertThat(tbx).contains(OLD_DEFINITION);
        return Files.writeString(dir.resolve("wmd.tbx"), tbx.replace(OLD_DEFINITION, NEW_DEFINITION));
    }

    @Test
    void anEditBasedOnTheConceptBeforeTheImportIsRefusedAndTheImportIsInTheHistory() throws Exception {
        Client terry = team.signedIn("terry");
        String before = terry.etag("wmd");
        String untouched = terry.etag("security-council");

        concord("term", "import", changedSample().toString(), "--db", team.db,
            "--on-conflict", "replace", "--user", "imogen");

        int stale = terry.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"Mine.\"}", before).statusCode();
        assertThat(stale).as("an edit made on the concept as it was before the import").isEqualTo(412);
        JsonNode concept = terry.json("/api/concepts/wmd");
        assertThat(concept.toString()).contains(NEW_DEFINITION).doesNotContain("Mine.");
        assertThat(terry.etag("wmd")).isNotEqualTo(before);
        assertThat(terry.etag("security-council")).as("a concept the import left as it was").isEqualTo(untouched);

        JsonNode changes = terry.json("/api/concepts/wmd/history").get("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("action").asText()).isEqualTo("import");
        assertThat(changes.get(0).get("user").asText()).isEqualTo("imogen");
        assertThat(changes.get(0).get("before").toString()).contains(OLD_DEFINITION);
        assertThat(changes.get(0).get("after").toString()).contains(NEW_DEFINITION);

        String fresh = terry.etag("wmd");
        assertThat(terry.write("PATCH", "/api/concepts/wmd", "{\"definition\":\"Mine.\"}", fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void anImportIntoAPlainTermbaseLeavesNoTeamTables() throws Exception {
        String plain = store == TeamFixture.Store.SQLITE ? dir.resolve("plain.db").toString() : Postgres.freshDatabase("plain");
        concord("term", "import", RealData.resource("sample.tbx").toString(), "--db", plain);
        concord("term", "import", changedSample().toString(), "--db", plain, "--on-conflict", "replace");
        try (Database db = TeamFixture.open(plain); Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery(store == TeamFixture.Store.SQLITE
                 ? "SELECT count(*) FROM sqlite_master WHERE name IN ('concept_version', 'concept_change')"
                 : "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('concept_version', 'concept_change')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
