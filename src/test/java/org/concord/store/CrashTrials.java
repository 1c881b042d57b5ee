package org.concord.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.account.Accounts;
import org.concord.account.Role;
import org.concord.account.SqlAccountStore;
import org.concord.cli.Main;
import org.concord.testing.DbProbe;
import org.concord.testing.UnpcTmx;
import picocli.CommandLine;

/**
 * SIGKILL trials: the real CLI runs as a child process and is killed ({@link Process#destroyForcibly}, SIGKILL on
 * Linux) at a random moment of {@code tm import}, {@code term import}, {@code build}, {@code db copy} and a team-server
 * edit. Afterwards the database must pass PRAGMA integrity_check and hold what it held before the operation or what
 * the whole operation leaves (table by table row counts), never anything between.
 *
 * <p>Run: {@code nice -n 5 mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.store.CrashTrials
 * -Dexec.classpathScope=test [-Dexec.args="TRIALS_PER_OPERATION SEED"]}. {@code CrashTrialsTest} runs one of each.
 */
public final class CrashTrials {

    /** Where a trial left the database. */
    public enum Outcome { BEFORE, AFTER, BETWEEN }

    public record Trial(String operation, long killAtMillis, boolean finishedFirst, String integrity, Outcome outcome, String detail) {
        public boolean whole() {
            return integrity.equals("ok") && outcome != Outcome.BETWEEN;
        }
    }

    /** One CLI operation: a database made beforehand, the command that changes it, and what "its state" means. */
    interface Operation {
        String name();

        /** Makes {@code base}/c.db as the operation finds it. */
        void prepare(Path base, Path inputs) throws Exception;

        List<String> args(Path trial, Path inputs);

        /** The state the operation is judged on; the database it checks for integrity. */
        Map<String, Long> state(Path trial) throws SQLException;

        Path checked(Path trial);
    }

    private final Path work;
    private final Path inputs;
    private final Random random;

    public CrashTrials(Path work, long seed) throws IOException {
        this.work = work;
        this.inputs = Files.createDirectories(work.resolve("inputs"));
        this.random = new Random(seed);
    }

    // ------------------------------------------------------------------ the operations

    static Operation tmImport() {
        return tmImport(1950);
    }

    /** Imports {@code units} units into a memory of 50. */
    static Operation tmImport(int units) {
        return new DbOperation("tm import") {
            @Override public void prepare(Path base, Path inputs) throws Exception {
                UnpcTmx.write(inputs.resolve("small.tmx"), 0, 50, "a");
                UnpcTmx.write(inputs.resolve("big.tmx"), 50, units, "b");
                cli("tm", "import", inputs.resolve("small.tmx").toString(), "--db", base.resolve("c.db").toString());
            }

            @Override public List<String> args(Path trial, Path inputs) {
                return List.of("tm", "import", inputs.resolve("big.tmx").toString(), "--db", trial.resolve("c.db").toString());
            }
        };
    }

    static Operation termImport() {
        return termImport(Path.of("termbase/un-terms.tbx"));
    }

    /** Imports {@code tbx} into a database holding a memory of 50 units and no termbase. */
    static Operation termImport(Path tbx) {
        return new DbOperation("term import") {
            @Override public void prepare(Path base, Path inputs) throws Exception {
                UnpcTmx.write(inputs.resolve("small.tmx"), 0, 50, "a");
                cli("tm", "import", inputs.resolve("small.tmx").toString(), "--db", base.resolve("c.db").toString());
            }

            @Override public List<String> args(Path trial, Path inputs) {
                return List.of("term", "import", tbx.toAbsolutePath().toString(), "--db", trial.resolve("c.db").toString());
            }
        };
    }

    static Operation build() {
        return new DbOperation("build") {
            @Override public void prepare(Path base, Path inputs) throws Exception {
                UnpcTmx.write(inputs.resolve("small.tmx"), 0, 50, "a");
                cli("tm", "import", inputs.resolve("small.tmx").toString(), "--db", base.resolve("c.db").toString());
            }

            @Override public List<String> args(Path trial, Path inputs) {
                return List.of("build", Path.of(".").toAbsolutePath().normalize().toString(), "--db", trial.resolve("c.db").toString(),
                    "--out", trial.resolve("out").toString());
            }
        };
    }

    /** db copy: the copy is absent (before) or whole, holding every row of the source (after). */
    static Operation dbCopy() {
        return dbCopy(2000, Path.of("termbase/un-terms.tbx"));
    }

    /** Copies a database of {@code units} units and the termbase {@code tbx}. */
    static Operation dbCopy(int units, Path tbx) {
        return new Operation() {
            @Override public String name() {
                return "db copy";
            }

            @Override public void prepare(Path base, Path inputs) throws Exception {
                UnpcTmx.write(inputs.resolve("copied.tmx"), 0, units, "c");
                cli("tm", "import", inputs.resolve("copied.tmx").toString(), "--db", base.resolve("c.db").toString());
                cli("term", "import", tbx.toAbsolutePath().toString(), "--db", base.resolve("c.db").toString());
            }

            @Override public List<String> args(Path trial, Path inputs) {
                return List.of("db", "copy", "--from", trial.resolve("c.db").toString(), "--to", trial.resolve("copy.db").toString());
            }

            @Override public Map<String, Long> state(Path trial) throws SQLException {
                Path copy = trial.resolve("copy.db");
                return Files.exists(copy) ? DbProbe.counts(copy) : Map.of();
            }

            @Override public Path checked(Path trial) {
                Path copy = trial.resolve("copy.db");
                return Files.exists(copy) ? copy : trial.resolve("c.db");
            }
        };
    }

    private abstract static class DbOperation implements Operation {
        private final String name;

        DbOperation(String name) {
            this.name = name;
        }

        @Override public String name() {
            return name;
        }

        /**
         * Rows of every table but schema_version: a schema's first use creates its empty tables in a transaction of
         * its own, before the operation's, so a kill between the two leaves new empty tables and holds no data
         * more or less than before.
         */
        @Override public Map<String, Long> state(Path trial) throws SQLException {
            Map<String, Long> counts = new TreeMap<>(DbProbe.counts(trial.resolve("c.db")));
            counts.remove("schema_version");
            return counts;
        }

        @Override public Path checked(Path trial) {
            return trial.resolve("c.db");
        }
    }

    // ------------------------------------------------------------------ trials of a CLI operation

    /** The operation's states before and after, and how long it runs uninterrupted in a child process. */
    public record Calibration(Map<String, Long> before, Map<String, Long> after, long childMillis) {}

    Calibration calibrate(Operation op, boolean timeChild) throws Exception {
        Path base = base(op);
        Map<String, Long> before = op.state(base);
        Path done = copyOf(base, "reference-" + slug(op));
        cli(op.args(done, inputs).toArray(String[]::new));
        Map<String, Long> after = op.state(done);
        if (after.equals(before)) throw new IllegalStateException(op.name() + " changed nothing: no trial could tell");
        long millis = 0;
        if (timeChild) {
            Path timed = copyOf(base, "timed-" + slug(op));
            long start = System.nanoTime();
            Process p = child(op.args(timed, inputs));
            if (p.waitFor() != 0) throw new IllegalStateException(op.name() + " failed in a child process: exit " + p.exitValue());
            millis = (System.nanoTime() - start) / 1_000_000;
        }
        return new Calibration(before, after, millis);
    }

    Trial trial(Operation op, Calibration c, long windowMillis, int n) throws Exception {
        Path trial = copyOf(base(op), "trial-" + slug(op) + "-" + n);
        long killAt = (long) (random.nextDouble() * windowMillis);
        Process p = child(op.args(trial, inputs));
        boolean finished = p.waitFor(killAt, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly();
            p.waitFor();
        }
        String integrity = DbProbe.integrity(op.checked(trial));
        Map<String, Long> state = op.state(trial);
        Outcome outcome = state.equals(c.before()) ? Outcome.BEFORE : state.equals(c.after()) ? Outcome.AFTER : Outcome.BETWEEN;
        String detail = outcome == Outcome.BETWEEN ? "found " + state + "; before " + c.before() + "; after " + c.after() : "";
        deleteTree(trial);
        return new Trial(op.name(), killAt, finished, integrity, outcome, detail);
    }

    // ------------------------------------------------------------------ trials of a team-server edit

    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+/)");

    /** The server's database: the sample memory and an admin, whose password hash takes a moment to make. */
    Path serverBase() throws Exception {
        Path base = work.resolve("base-serve");
        if (Files.exists(base.resolve("c.db"))) return base;
        Files.createDirectories(base);
        UnpcTmx.write(inputs.resolve("small.tmx"), 0, 50, "a");
        cli("tm", "import", inputs.resolve("small.tmx").toString(), "--db", base.resolve("c.db").toString());
        try (Database d = Database.open(base.resolve("c.db"))) {
            new Accounts(new SqlAccountStore(d)).add("ada", Role.ADMIN, PASSWORD.toCharArray());
        }
        return base;
    }

    /**
     * A signed-in admin creates concepts one after another through the API until the server is killed at a random
     * moment. Each edit writes the concept, its version and its history row: all three exist for every concept, and
     * the concepts stored are those acknowledged, or one more (the edit in flight, committed before its answer went out).
     */
    Trial serverTrial(long windowMillis, int n) throws Exception {
        Path trial = copyOf(serverBase(), "trial-serve-" + n);
        Process p = child(List.of("serve", "--port", "0", "--db", trial.resolve("c.db").toString()));
        AtomicInteger acknowledged = new AtomicInteger();
        long killAt = (long) (random.nextDouble() * windowMillis);
        try {
            URI uri = serverUri(p);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, String> login = Map.of("user", "ada", "password", PASSWORD);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(login))).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("sign-in: " + r.statusCode() + " " + r.body());
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            String csrf = JSON.readTree(r.body()).get("csrf").asText();
            Thread editor = new Thread(() -> {
                for (int k = 0; k < 10_000; k++) {
                    try {
                        String body = JSON.writeValueAsString(Map.of("id", "crash-" + k, "definition", "Concept " + k + " of a crash trial."));
                        HttpResponse<String> e = http.send(HttpRequest.newBuilder(uri.resolve("/api/concepts"))
                            .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (e.statusCode() / 100 != 2) throw new IllegalStateException("edit " + k + ": " + e.statusCode() + " " + e.body());
                        acknowledged.incrementAndGet();
                    } catch (IOException | InterruptedException killed) {
                        return;
                    } catch (Exception other) {
                        throw new IllegalStateException(other);
                    }
                }
            }, "crash-trial-editor");
            editor.start();
            Thread.sleep(killAt);
            p.destroyForcibly();
            p.waitFor();
            editor.join(10_000);
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        Path db = trial.resolve("c.db");
        String integrity = DbProbe.integrity(db);
        long concepts = scalar(db, "SELECT count(*) FROM concept WHERE ext_id LIKE 'crash-%'");
        long versions = scalar(db, "SELECT count(*) FROM concept_version WHERE concept_id LIKE 'crash-%'");
        long changes = scalar(db, "SELECT count(*) FROM concept_change WHERE concept_id LIKE 'crash-%'");
        int acked = acknowledged.get();
        boolean whole = concepts == versions && concepts == changes && (concepts == acked || concepts == acked + 1);
        String detail = acked + " acknowledged; " + concepts + " concepts, " + versions + " versions, " + changes + " history rows";
        Outcome outcome = !whole ? Outcome.BETWEEN : concepts == acked ? Outcome.BEFORE : Outcome.AFTER;
        deleteTree(trial);
        return new Trial("serve edit", killAt, false, integrity, outcome, detail);
    }

    private static URI serverUri(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) { /* keep the pipe from filling */ }
                    } catch (IOException ignored) {
                        // the server was killed
                    }
                }, "crash-trial-drain");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IllegalStateException("the server ended before it served (exit " + p.exitValue() + ")");
    }

    private static long scalar(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    // ------------------------------------------------------------------ plumbing

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path base(Operation op) throws Exception {
        Path base = work.resolve("base-" + slug(op));
        if (!Files.exists(base.resolve("c.db"))) {
            Files.createDirectories(base);
            op.prepare(base, inputs);
        }
        return base;
    }

    private Path copyOf(Path base, String name) throws IOException {
        Path dir = work.resolve(name);
        if (Files.exists(dir)) deleteTree(dir);
        Files.createDirectories(dir);
        Files.copy(base.resolve("c.db"), dir.resolve("c.db"));
        return dir;
    }

    private static String slug(Operation op) {
        return op.name().replace(' ', '-');
    }

    /** Runs concord in this JVM (for setting up and for the uninterrupted reference run). */
    static void cli(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        if (exit != 0) throw new IllegalStateException("concord " + String.join(" ", args) + ": exit " + exit + ": " + err);
    }

    /** The real CLI in its own JVM, as a user runs it; the working folder is the project (build finds segments/ there). */
    public static Process child(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classpath(), "org.concord.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(args.get(0).equals("serve") ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD)
            .start();
    }

    /** The classpath this code runs with: surefire's, exec:java's class loader, or the JVM's own. */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) return surefire;
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader u) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (Exception e) {
                    throw new IllegalStateException(url.toString(), e);
                }
            }
            if (!parts.isEmpty()) return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    // ------------------------------------------------------------------ the harness

    public static void main(String[] args) throws Exception {
        int perOperation = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 17;
        Path work = Files.createTempDirectory("concord-crash");
        long wall = System.nanoTime();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu = os.getProcessCpuTime();
        CrashTrials trials = new CrashTrials(work, seed);
        System.out.printf("crash trials: %d per operation, seed %d, load average %.2f, %d cores%n", perOperation, seed,
            os.getSystemLoadAverage(), os.getAvailableProcessors());
        Map<String, List<Trial>> all = new LinkedHashMap<>();
        for (Operation op : List.of(tmImport(), termImport(), build(), dbCopy())) {
            Calibration c = trials.calibrate(op, true);
            // Kill points spread over the whole run, JVM start included, plus a tenth after its usual end.
            long window = c.childMillis() * 11 / 10;
            System.out.printf("%-12s uninterrupted in a child: %,d ms (the baseline: kill points fall in 0..%,d ms)%n",
                op.name(), c.childMillis(), window);
            List<Trial> done = new ArrayList<>();
            for (int i = 0; i < perOperation; i++) done.add(trials.trial(op, c, window, i));
            all.put(op.name(), done);
        }
        List<Trial> served = new ArrayList<>();
        for (int i = 0; i < perOperation; i++) served.add(trials.serverTrial(3_000, i));
        all.put("serve edit", served);

        int total = 0;
        int broken = 0;
        System.out.println();
        System.out.printf("%-12s %6s %8s %8s %8s %8s %10s%n", "operation", "trials", "finished", "before", "after", "between", "integrity");
        for (var e : all.entrySet()) {
            List<Trial> ts = e.getValue();
            Map<Outcome, Long> by = new TreeMap<>();
            for (Trial t : ts) by.merge(t.outcome(), 1L, Long::sum);
            long ok = ts.stream().filter(t -> t.integrity().equals("ok")).count();
            System.out.printf("%-12s %6d %8d %8d %8d %8d %6d ok%n", e.getKey(), ts.size(), ts.stream().filter(Trial::finishedFirst).count(),
                by.getOrDefault(Outcome.BEFORE, 0L), by.getOrDefault(Outcome.AFTER, 0L), by.getOrDefault(Outcome.BETWEEN, 0L), ok);
            for (Trial t : ts) {
                if (!t.whole()) System.out.printf("  BROKEN %s killed at %d ms: integrity %s; %s%n", t.operation(), t.killAtMillis(), t.integrity(), t.detail());
            }
            total += ts.size();
            broken += (int) ts.stream().filter(t -> !t.whole()).count();
        }
        double wallS = (System.nanoTime() - wall) / 1e9;
        double cpuS = (os.getProcessCpuTime() - processCpu) / 1e9;
        System.out.printf("%d trials, %d left the database whole (integrity ok, before or after); wall %.1f s, harness CPU %.1f s "
            + "(children's CPU not counted), load average %.2f%n", total, total - broken, wallS, cpuS, os.getSystemLoadAverage());
        deleteTree(work);
        System.exit(broken == 0 ? 0 : 1);
    }
}
