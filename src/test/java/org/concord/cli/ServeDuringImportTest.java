package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.store.CrashTrials;
import org.concord.testing.DbProbe;
import org.concord.testing.UnpcTmx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `concord serve` answers 20 clients (each from its own loopback address, fuzzy matches and concordance in turn)
 * while `concord tm import` of 750 units runs in another process on the same database: no client sees an error,
 * and every answer shows the memory before the import or after it, never part of it.
 */
class ServeDuringImportTest {
    private static final int CLIENTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+/)");

    @TempDir Path dir;

    @Test
    void twentyClientsSeeTheMemoryBeforeOrAfterAnImportNeverBetween() throws Exception {
        Path db = dir.resolve("c.db");
        Path old = UnpcTmx.write(dir.resolve("old.tmx"), 0, 50, "a");
        Path added = UnpcTmx.write(dir.resolve("new.tmx"), 50, 750, "b");
        assertThat(MainTest.run("tm", "import", old.toString(), "--db", db.toString()).exit()).isZero();
        // A sentence only the import brings (a 100% fuzzy match after, none before), and a word both hold, in
        // different numbers of units.
        String sentence = Files.readAllLines(added, StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("<tu tuid=\"b-500\""))
            .findFirst().orElseThrow().replaceAll(".*?<tuv xml:lang=\"en\"><seg>(.*?)</seg>.*", "$1")
            .replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");

        PipedWriter serverOut = new PipedWriter();
        PipedReader said = new PipedReader(serverOut, 1 << 16);
        CommandLine serve = Main.commandLine();
        serve.setOut(new PrintWriter(serverOut, true));
        serve.setErr(new PrintWriter(new StringWriter(), true));
        Thread server = new Thread(() -> serve.execute("serve", "--port", "0", "--db", db.toString()), "serve-under-test");
        server.start();
        try {
            URI uri = serverUri(said);
            Map<String, Integer> before = probe(uri, sentence);
            assertThat(before).containsEntry("fuzzy100", 0);

            AtomicBoolean importDone = new AtomicBoolean();
            List<String> errors = new CopyOnWriteArrayList<>();
            // Each answer on its own is the memory before or after; a client's answers never go back in time.
            List<int[]> fuzzySeen = new CopyOnWriteArrayList<>();
            List<int[]> concordanceSeen = new CopyOnWriteArrayList<>();
            AtomicInteger answers = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (int i = 0; i < CLIENTS; i++) {
                String from = "127.0.0." + (10 + i);
                Thread t = new Thread(() -> {
                    int afterDone = 0;
                    int fuzzyBefore = 0;
                    int hitsBefore = 0;
                    for (int n = 0; n < 2_000 && afterDone < 3 && System.nanoTime() < deadline; n++) {
                        if (importDone.get()) afterDone++;
                        try {
                            Map<String, Integer> state = probe(uri, sentence, from);
                            int fuzzy = state.get("fuzzy100");
                            int hits = state.get("concordance");
                            fuzzySeen.add(new int[] {fuzzyBefore, fuzzy});
                            concordanceSeen.add(new int[] {hitsBefore, hits});
                            fuzzyBefore = fuzzy;
                            hitsBefore = hits;
                            answers.incrementAndGet();
                            // Two searches a probe: at 110 ms a client stays under the server's 20 searches a second
                            // (ClientLimits) however fast the answers come, so a quick machine is not refused with 429.
                            Thread.sleep(110);
                        } catch (Exception e) {
                            errors.add(from + ": " + e);
                            return;
                        }
                    }
                }, "client-" + i);
                clients.add(t);
                t.start();
            }
            Process importing = CrashTrials.child(List.of("tm", "import", added.toString(), "--db", db.toString()));
            boolean finished = importing.waitFor(110, TimeUnit.SECONDS);
            importDone.set(true);
            for (Thread t : clients) t.join(30_000);
            assertThat(finished).as("the import ended").isTrue();
            assertThat(importing.exitValue()).isZero();

            Map<String, Integer> after = probe(uri, sentence);
            assertThat(after.get("fuzzy100")).isEqualTo(1);
            assertThat(after.get("concordance")).isGreaterThan(before.get("concordance"));
            assertThat(errors).as("no client saw an error").isEmpty();
            assertThat(answers.get()).as("the clients were served throughout").isGreaterThan(CLIENTS * 3);
            int f0 = before.get("fuzzy100"), f1 = after.get("fuzzy100"), c0 = before.get("concordance"), c1 = after.get("concordance");
            assertThat(concordanceSeen).as("concordance hits: before or after, never part of the import")
                .allMatch(p -> p[1] == c0 || p[1] == c1);
            assertThat(concordanceSeen).as("never back to before once after was seen").noneMatch(p -> p[0] == c1 && p[1] == c0);
            assertThat(fuzzySeen).as("fuzzy matches: before or after").allMatch(p -> p[1] == f0 || p[1] == f1);
            assertThat(fuzzySeen).as("never back to before once after was seen").noneMatch(p -> p[0] == f1 && p[1] == f0);
            assertThat(DbProbe.count(db, "tm_unit")).isEqualTo(800);
        } finally {
            server.interrupt();
            server.join(10_000);
        }
    }

    private static URI serverUri(PipedReader said) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = said.read()) >= 0; ) {
            if (c != '\n') {
                line.append((char) c);
                continue;
            }
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (said.read() >= 0) { /* the server's later lines */ }
                    } catch (IOException ended) {
                        // the server stopped
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
            line.setLength(0);
        }
        throw new IllegalStateException("serve ended before serving");
    }

    private static Map<String, Integer> probe(URI uri, String sentence) throws Exception {
        return probe(uri, sentence, "127.0.0.1");
    }

    /** What one client sees: 100% matches of the sentence, and concordance hits of "Secretary-General". */
    private static Map<String, Integer> probe(URI uri, String sentence, String from) throws Exception {
        JsonNode fuzzy = get(uri, "/api/fuzzy?src=en&tgt=fr&min=100&q=" + URLEncoder.encode(sentence, StandardCharsets.UTF_8), from);
        JsonNode hits = get(uri, "/api/concordance?lang=en&max=200&q=Secretary-General", from);
        return Map.of("fuzzy100", fuzzy.get("matches").size(), "concordance", hits.get("hits").size());
    }

    /** One GET from address {@code from} (so that each client is its own for the server's per-client caps). */
    private static JsonNode get(URI uri, String pathAndQuery, String from) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            s.setSoTimeout(30_000);
            String host = uri.getHost() + ":" + uri.getPort();
            s.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!answer.startsWith("HTTP/1.1 200")) throw new IOException(pathAndQuery + ": " + answer.lines().findFirst().orElse("no answer"));
            return JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }
}
