package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.account.Accounts;
import org.concord.account.SqlAccountStore;
import org.concord.cli.MainTest.Run;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `concord user`: accounts managed from the command line, passwords only ever on standard input. */
class UserCommandTest {

    @TempDir Path dir;

    Run withStdin(String stdin, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return MainTest.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    boolean authenticates(Path db, String user, String password) {
        try (Database d = Database.open(db)) {
            return new Accounts(new SqlAccountStore(d)).authenticate(user, password.toCharArray()).isPresent();
        }
    }

    @Test
    void addListSetRoleResetAndRemove() throws Exception {
        String db = dir.resolve("team.db").toString();
        Run added = withStdin("s3cret pass phrase\n", "user", "add", "mei", "--role", "terminologist", "--db", db);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Added mei (terminologist) to " + db + "\n");
        assertThat(withStdin("another one\r\n", "user", "add", "omar", "--role", "reader", "--db", db).exit()).isZero();
        assertThat(authenticates(Path.of(db), "mei", "s3cret pass phrase")).isTrue();
        assertThat(authenticates(Path.of(db), "omar", "another one")).isTrue(); // the CR of a Windows line end is not part of it

        Run list = MainTest.run("user", "list", "--db", db);
        assertThat(list.out().lines().toList()).hasSize(4);
        assertThat(list.out()).contains("mei", "terminologist", "omar", "reader");
        JsonNode json = new ObjectMapper().readTree(MainTest.run("user", "list", "--json", "--db", db).out());
        assertThat(json).extracting(u -> u.get("name").asText() + ":" + u.get("role").asText()).containsExactly("mei:terminologist", "omar:reader");

        assertThat(MainTest.run("user", "set-role", "omar", "translator", "--db", db).exit()).isZero();
        assertThat(MainTest.run("user", "list", "--json", "--db", db).out()).contains("\"role\":\"translator\"");

        assertThat(withStdin("new phrase\n", "user", "reset-password", "mei", "--db", db).exit()).isZero();
        assertThat(authenticates(Path.of(db), "mei", "s3cret pass phrase")).isFalse();
        assertThat(authenticates(Path.of(db), "mei", "new phrase")).isTrue();

        assertThat(MainTest.run("user", "remove", "omar", "--db", db).exit()).isZero();
        assertThat(MainTest.run("user", "list", "--json", "--db", db).out()).doesNotContain("omar");

        String bytes = new String(Files.readAllBytes(Path.of(db)), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("s3cret", "new phrase").contains("$argon2id$");
    }

    @Test
    void anExistingNameAnEmptyPasswordOrAnUnknownRoleIsOneLineExitTwo() {
        String db = dir.resolve("team.db").toString();
        assertThat(withStdin("pw\n", "user", "add", "mei", "--role", "admin", "--db", db).exit()).isZero();
        Run again = withStdin("other\n", "user", "add", "mei", "--role", "reader", "--db", db);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("concord: user 'mei' already exists\n");
        Run empty = withStdin("\n", "user", "add", "ana", "--role", "reader", "--db", db);
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("concord: empty password: give the password on standard input\n");
        Run role = withStdin("pw\n", "user", "add", "ana", "--role", "boss", "--db", db);
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err()).startsWith("concord: unknown role 'boss'").hasLineCount(1);
        Run missing = MainTest.run("user", "remove", "nobody", "--db", db);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("concord: no user 'nobody'\n");
        assertThat(MainTest.run("user", "list", "--json", "--db", db).out()).contains("mei").doesNotContain("ana");
    }
}
