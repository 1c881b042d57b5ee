package org.concord.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.concord.account.Accounts;
import org.concord.account.Role;
import org.concord.account.SqlAccountStore;
import org.concord.review.SqlReviewStore;
import org.concord.review.TermEditing;
import org.concord.store.Database;
import org.concord.term.ConceptEditor;
import org.concord.term.OnConflict;
import org.concord.term.Termbase;
import org.concord.testing.Shared;
import org.concord.tm.MemorySearch;
import org.concord.tm.OnDuplicate;
import org.concord.tm.TranslationMemory;
import org.concord.web.WebLoadBenchmark.Kind;
import org.concord.web.WebLoadBenchmark.Query;
import org.concord.web.WebLoadBenchmark.Stats;

/**
 * The team server under a section's load, over loopback: 50 signed-in readers typing (the page's three lookups, a
 * 250 ms pause between searches) while 5 terminologists edit for 60 s, each write a term note with a marker of its
 * own, read-then-write with If-Match, most of them on three "hot" concepts so that edits collide. Then 20 rounds in
 * which the 5 editors write the same concept at the same moment from the same version.
 * Checks: read p99 <= 50 ms; every accepted write in the history exactly once; versions of each concept 1..n with no
 * gap or repeat; each race gives one 200 and four 412s; the concept as served equals its newest history entry.
 * Baseline, same run: the same readers against the single-user page (no accounts, no editors) for 30 s.
 * Data: termbase/un-terms.tbx and the 2,000 units of ../shared/corpora/unpc-dev (else the test sample TMX).
 *
 * <p>Run: mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.web.TeamLoadBenchmark [-Dexec.args="SECONDS BASELINE_SECONDS EDIT_PAUSE_MS"]
 */
public final class TeamLoadBenchmark {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int READERS = 50;
    static final int EDITORS = 5;
    static final int PAUSE_MS = 250;
    static int EDIT_PAUSE_MS = 100;
    static final String PASSWORD = "benchmark pass phrase";
    static final ConcurrentLinkedQueue<String> ERRORS = new ConcurrentLinkedQueue<>();

    record Accepted(String conceptId, String marker, long version) {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int baselineSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        if (args.length > 2) EDIT_PAUSE_MS = Integer.parseInt(args[2]);
        Path tbx = Path.of("termbase/un-terms.tbx");
        Path dbFile = Files.createTempFile("concord-team-bench", ".db");
        Map<String, List<String>> sentences;
        try (Database db = Database.open(dbFile); Termbase tb = Termbase.open(db)) {
            tb.importFile(tbx, OnConflict.REPLACE);
            Path shared = Shared.root();
            if (shared != null && Files.isDirectory(shared.resolve("corpora/unpc-dev"))) {
                Path corpus = shared.resolve("corpora/unpc-dev");
                sentences = WebLoadBenchmark.readCorpus(corpus);
                TranslationMemory.open(db).add(WebLoadBenchmark.units(corpus, sentences), "benchmark");
            } else {
                TranslationMemory.open(db).importTmx(RealData.resource("sample.tmx"), OnDuplicate.SKIP, "benchmark");
                sentences = null;
            }
            Accounts accounts = new Accounts(new SqlAccountStore(db));
            accounts.add("reader", Role.READER, PASSWORD.toCharArray());
            accounts.add("editor", Role.TERMINOLOGIST, PASSWORD.toCharArray());
        }
        List<Database> dbs = new ArrayList<>();
        try {
            Database termDb = open(dbFile, dbs);
            Termbase termbase = Termbase.open(termDb);
            List<TranslationMemory> memories = new ArrayList<>();
            for (int i = 0; i < Math.max(2, Runtime.getRuntime().availableProcessors()); i++) memories.add(TranslationMemory.open(open(dbFile, dbs)));
            MemorySearch memory = new MemoryPool(memories);
            List<Query> queries = (sentences != null ? WebLoadBenchmark.queries(termbase.concepts(), sentences, new Random(42))
                : termbase.concepts().stream().flatMap(c -> c.terms().stream()).map(t -> new Query(Kind.TERMS, t.text(), null, null)).toList())
                .stream().filter(q -> !q.text().isBlank()).toList(); // a generated query can come out empty: the page sends none
            List<String> conceptIds = termbase.concepts().stream().map(c -> c.id()).toList();
            Team team = new Team(new Accounts(new SqlAccountStore(open(dbFile, dbs))), new org.concord.account.SignInStore(open(dbFile, dbs)),
                new TermEditing(new ConceptEditor(termbase), new SqlReviewStore(termDb)), TranslationMemory.open(open(dbFile, dbs)), Set.of());
            System.out.printf("TeamLoadBenchmark: termbase %d concepts, memory %d units, %d distinct queries; %d readers (%d ms pause),"
                    + " %d editors (%d ms pause); %d cores%n", conceptIds.size(), memories.get(0).size(), queries.size(), READERS, PAUSE_MS,
                EDITORS, EDIT_PAUSE_MS, Runtime.getRuntime().availableProcessors());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

            try (WebServer server = new WebServer((q, lang, limit) -> termbase.lookup().lookup(q, lang, limit), memory,
                    new LatestReport(Files.createTempDirectory("reports")), team).start(new InetSocketAddress("127.0.0.1", 0))) {
                URI base = server.uri();
                List<String[]> readerSessions = new ArrayList<>();
                for (int i = 0; i < READERS; i++) readerSessions.add(login(http, base, "reader"));
                List<String[]> editorSessions = new ArrayList<>();
                for (int i = 0; i < EDITORS; i++) editorSessions.add(login(http, base, "editor"));
                reads(http, base, queries, readerSessions, Duration.ofSeconds(5), null); // warm-up

                ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
                AtomicLong stale = new AtomicLong();
                AtomicLong writeErrors = new AtomicLong();
                long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                List<Thread> editors = new ArrayList<>();
                for (int e = 0; e < EDITORS; e++) {
                    int editor = e;
                    Thread t = new Thread(() -> edit(http, base, editorSessions.get(editor), editor, conceptIds, deadline, accepted, stale, writeErrors));
                    editors.add(t);
                }
                long cpu0 = cpu();
                long t0 = System.nanoTime();
                editors.forEach(Thread::start);
                Stats teamReads = reads(http, base, queries, readerSessions, Duration.ofSeconds(seconds), null);
                for (Thread t : editors) t.join();
                double teamWall = (System.nanoTime() - t0) / 1e9;
                double teamCpu = (cpu() - cpu0) / 1e9;

                // The race: five editors, one concept, one version, at the same moment.
                int races = 20, raceWins = 0, raceStale = 0, raceOther = 0;
                for (int round = 0; round < races; round++) {
                    int[] r = race(http, base, editorSessions, "wmd", round, accepted);
                    raceWins += r[0];
                    raceStale += r[1];
                    raceOther += r[2];
                }

                // What the history says.
                Map<String, List<Accepted>> byConcept = new HashMap<>();
                for (Accepted a : accepted) byConcept.computeIfAbsent(a.conceptId(), k -> new ArrayList<>()).add(a);
                int historyEntries = 0, markersOnce = 0, markersWrong = 0, versionProblems = 0, finalMismatch = 0;
                for (var entry : byConcept.entrySet()) {
                    JsonNode changes = getJson(http, base, "/api/concepts/" + entry.getKey() + "/history", editorSessions.get(0)).get("changes");
                    historyEntries += changes.size();
                    Map<String, Integer> seen = new HashMap<>();
                    for (JsonNode c : changes) {
                        String marker = changedNote(c.get("before"), c.get("after"));
                        if (marker != null) seen.merge(marker, 1, Integer::sum);
                    }
                    for (Accepted a : entry.getValue()) {
                        if (seen.getOrDefault(a.marker(), 0) == 1) markersOnce++;
                        else markersWrong++;
                    }
                    List<Long> versions = entry.getValue().stream().map(Accepted::version).sorted().toList();
                    for (int i = 0; i < versions.size(); i++) if (versions.get(i) != i + 1) versionProblems++;
                    JsonNode now = getJson(http, base, "/api/concepts/" + entry.getKey(), editorSessions.get(0));
                    if (!now.equals(changes.get(0).get("after"))) finalMismatch++;
                }

                // Baseline: the single-user page over the same data, same readers, no editors.
                Stats baseReads;
                double baseWall, baseCpu;
                try (WebServer single = new WebServer((q, lang, limit) -> termbase.lookup().lookup(q, lang, limit), memory,
                        new LatestReport(Files.createTempDirectory("reports"))).start(new InetSocketAddress("127.0.0.1", 0))) {
                    List<String[]> none = new ArrayList<>();
                    for (int i = 0; i < READERS; i++) none.add(new String[] {null, null});
                    reads(http, single.uri(), queries, none, Duration.ofSeconds(3), null);
                    long c1 = cpu();
                    long w1 = System.nanoTime();
                    baseReads = reads(http, single.uri(), queries, none, Duration.ofSeconds(baselineSeconds), null);
                    baseWall = (System.nanoTime() - w1) / 1e9;
                    baseCpu = (cpu() - c1) / 1e9;
                }

                System.out.printf("%-44s %9s %7s %8s %8s %8s %8s %8s %9s%n", "", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms",
                    "wall s", "CPU s");
                row("team server reads, 5 editors, " + seconds + " s", teamReads, teamWall, teamCpu);
                row("single-user page reads, no editors, " + baselineSeconds + " s", baseReads, baseWall, baseCpu);
                long writes = accepted.size() - raceWins;
                System.out.printf("writes: %d accepted (%.1f/s), %d refused as stale (412), %d errors%n", writes, writes / teamWall, stale.get(),
                    writeErrors.get());
                System.out.printf("races: %d rounds x %d editors: %d x 200, %d x 412, %d other%n", races, EDITORS, raceWins, raceStale, raceOther);
                System.out.printf("history: %d entries for %d accepted writes; markers found exactly once %d, missing or repeated %d;"
                    + " version gaps or repeats %d; concepts whose served state differs from their newest history entry %d%n",
                    historyEntries, accepted.size(), markersOnce, markersWrong, versionProblems, finalMismatch);
                double p99 = teamReads.percentileMs(99);
                System.out.printf("read p99 %.2f ms vs single-user page %.2f ms (%.2fx); goal p99 <= 50 ms, every write once, no lost update: %s%n",
                    p99, baseReads.percentileMs(99), p99 / baseReads.percentileMs(99),
                    p99 <= 50 && teamReads.errors == 0 && markersWrong == 0 && versionProblems == 0 && finalMismatch == 0
                        && historyEntries == accepted.size() && raceWins == races && raceStale == races * (EDITORS - 1) ? "MET" : "NOT MET");
                ERRORS.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
            }
        } finally {
            dbs.forEach(Database::close);
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(dbFile + suffix));
        }
    }

    private static Database open(Path file, List<Database> dbs) {
        Database d = Database.open(file);
        dbs.add(d);
        return d;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void row(String label, Stats s, double wall, double cpu) {
        System.out.printf("%-44s %9d %7d %8.0f %8.2f %8.2f %8.2f %8.1f %9.1f%n", label, s.n, s.errors, s.n / wall, s.percentileMs(50),
            s.percentileMs(95), s.percentileMs(99), wall, cpu);
    }

    /** {cookie, csrf} of a new session. */
    private static String[] login(HttpClient http, URI base, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/session")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            JSON.writeValueAsString(Map.of("user", user, "password", PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("login " + user + ": " + r.statusCode());
        return new String[] {r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0], JSON.readTree(r.body()).get("csrf").asText()};
    }

    private static HttpRequest.Builder request(URI base, String path, String[] session) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (session[0] != null) b.header("Cookie", session[0]);
        return b;
    }

    private static JsonNode getJson(HttpClient http, URI base, String path, String[] session) throws Exception {
        return JSON.readTree(http.send(request(base, path, session).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** 50 readers, each signed in, typing: the page's three lookups, then a pause. */
    private static Stats reads(HttpClient http, URI base, List<Query> queries, List<String[]> sessions, Duration duration, Object unused)
            throws InterruptedException {
        List<Stats> perReader = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + duration.toNanos();
        for (int c = 0; c < sessions.size(); c++) {
            Stats stats = new Stats();
            perReader.add(stats);
            String[] session = sessions.get(c);
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    for (int i = client * 3 * 2647; System.nanoTime() < deadline; i++) {
                        Query q = queries.get(Math.floorMod(i, queries.size()));
                        if (q.kind() == Kind.TERMS) Thread.sleep(PAUSE_MS);
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request(base, q.path(), session).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() == 200) stats.add(System.nanoTime() - t0);
                            else fail(stats, q.path() + " -> " + r.statusCode());
                        } catch (java.io.IOException e) {
                            fail(stats, q.path() + " -> " + e);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        Stats all = new Stats();
        perReader.forEach(all::addAll);
        return all;
    }

    private static void fail(Stats s, String what) {
        s.errors++;
        if (ERRORS.size() < 20) ERRORS.add(what);
    }

    /** An editor: read a concept, write a note with a marker of its own on one of its terms, pause, again. */
    private static void edit(HttpClient http, URI base, String[] session, int editor, List<String> conceptIds, long deadline,
                             ConcurrentLinkedQueue<Accepted> accepted, AtomicLong stale, AtomicLong errors) {
        Random random = new Random(editor);
        List<String> hot = List.of("wmd", "non-state-actor", "security-council").stream().filter(conceptIds::contains).toList();
        try {
            for (int n = 0; System.nanoTime() < deadline; n++) {
                String id = random.nextInt(10) < 8 && !hot.isEmpty() ? hot.get(random.nextInt(hot.size())) : conceptIds.get(random.nextInt(conceptIds.size()));
                HttpResponse<String> got = http.send(request(base, "/api/concepts/" + id, session).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode terms = JSON.readTree(got.body()).get("terms");
                String termId = terms.get(random.nextInt(terms.size())).get("id").asText();
                String marker = "e" + editor + "-n" + n;
                HttpResponse<String> r = http.send(request(base, "/api/concepts/" + id + "/terms/" + termId, session)
                    .header("X-CSRF-Token", session[1]).header("If-Match", got.headers().firstValue("ETag").orElseThrow())
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"note\":\"" + marker + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) accepted.add(new Accepted(id, marker, JSON.readTree(r.body()).get("version").asLong()));
                else if (r.statusCode() == 412) stale.incrementAndGet();
                else {
                    errors.incrementAndGet();
                    if (ERRORS.size() < 20) ERRORS.add("write " + id + " -> " + r.statusCode() + " " + r.body());
                }
                Thread.sleep(EDIT_PAUSE_MS);
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            ERRORS.add("editor " + editor + ": " + e);
        }
    }

    /** All editors write one concept from the same version at once: {200s, 412s, others}. */
    private static int[] race(HttpClient http, URI base, List<String[]> sessions, String id, int round, ConcurrentLinkedQueue<Accepted> accepted)
            throws Exception {
        HttpResponse<String> got = http.send(request(base, "/api/concepts/" + id, sessions.get(0)).build(), HttpResponse.BodyHandlers.ofString());
        String etag = got.headers().firstValue("ETag").orElseThrow();
        String termId = JSON.readTree(got.body()).get("terms").get(0).get("id").asText();
        CyclicBarrier barrier = new CyclicBarrier(sessions.size());
        Map<Integer, Integer> codes = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int e = 0; e < sessions.size(); e++) {
            int editor = e;
            String marker = "race" + round + "-e" + editor;
            Thread t = new Thread(() -> {
                try {
                    HttpRequest req = request(base, "/api/concepts/" + id + "/terms/" + termId, sessions.get(editor))
                        .header("X-CSRF-Token", sessions.get(editor)[1]).header("If-Match", etag)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"note\":\"" + marker + "\"}")).build();
                    barrier.await();
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    codes.put(editor, r.statusCode());
                    if (r.statusCode() == 200) accepted.add(new Accepted(id, marker, JSON.readTree(r.body()).get("version").asLong()));
                } catch (Exception ex) {
                    codes.put(editor, -1);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        int ok = (int) codes.values().stream().filter(c -> c == 200).count();
        int pre = (int) codes.values().stream().filter(c -> c == 412).count();
        return new int[] {ok, pre, codes.size() - ok - pre};
    }

    /** The note a change wrote: the term whose note differs between before and after. */
    private static String changedNote(JsonNode before, JsonNode after) {
        if (before == null || before.isNull() || after == null || after.isNull()) return null;
        Map<String, String> old = new HashMap<>();
        for (JsonNode t : before.get("terms")) old.put(t.get("id").asText(), t.path("note").asText(null));
        for (JsonNode t : after.get("terms")) {
            String note = t.path("note").asText(null);
            if (note != null && !note.equals(old.get(t.get("id").asText()))) return note;
        }
        return null;
    }
}
