package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionNamesConcordAndOkapi() {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("concord ").contains("Okapi 1.47.0");
    }

    @Test
    void unknownOptionIsBadUsageWithOneLineHint() {
        Run r = run("segment", "--lang", "en", "--no-such-option", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option").contains("concord segment --help");
    }

    @Test
    void unknownLanguageIsBadInput() {
        Run r = run("segment", "--lang", "xx", "pom.xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("concord: unknown language code 'xx' (expected one of en, fr, es, ru, zh, ar, de)");
    }
}
