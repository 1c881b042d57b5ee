package org.concord.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.concord.Languages;
import org.concord.store.Database;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermLookup;
import org.concord.term.Termbase;
import org.concord.testing.Shared;
import org.concord.tm.AlignedUnit;
import org.concord.tm.MemorySearch;
import org.concord.tm.TranslationMemory;

/**
 * Load on the web API over loopback: 50 concurrent clients (threads sharing a java.net.http.HttpClient, HTTP/1.1
 * keep-alive) send the page's three lookups (terms as typed, concordance, fuzzy) for 30 s against 127.0.0.1, after a
 * warm-up, in two scenarios: "typing", where each client pauses 250 ms between searches as a translator typing does
 * (the page waits 120 ms after the last key), and "flat out", where each sends its next request as soon as the last
 * is answered. Baseline, same run and same pacing: the same lookups called in-process on the same TermLookup and
 * MemorySearch by 50 threads.
 * Data: the repo's termbase (termbase/un-terms.tbx) and the 2,000 six-way units of ../shared/corpora/unpc-dev.
 *
 * <p>Run: mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.web.WebLoadBenchmark [-Dexec.args="CLIENTS SECONDS TBX PAUSE_MS"]
 */
public final class WebLoadBenchmark {

    enum Kind { TERMS, CONCORDANCE, FUZZY }

    record Query(Kind kind, String text, String lang, String tgt) {
        String path() {
            String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
            return switch (kind) {
                case TERMS -> "/api/terms?q=" + q + "&limit=10";
                case CONCORDANCE -> "/api/concordance?q=" + q + "&lang=" + lang + "&max=20";
                case FUZZY -> "/api/fuzzy?q=" + q + "&src=" + lang + "&tgt=" + tgt + "&min=50&max=5";
            };
        }

        void callInProcess(TermLookup terms, MemorySearch memory) {
            switch (kind) {
                case TERMS -> terms.lookup(text, null, 10);
                case CONCORDANCE -> memory.concordance(text, lang, 20);
                case FUZZY -> memory.fuzzy(text, lang, tgt, 50, 5);
            }
        }
    }

    /** Latencies of one kind of request, in nanoseconds, and the count of failed ones. */
    static final class Stats {
        long[] nanos = new long[1 << 14];
        int n;
        long errors;
        long bytes;

        void add(long t) {
            if (n == nanos.length) nanos = Arrays.copyOf(nanos, n * 2);
            nanos[n++] = t;
        }

        void addAll(Stats o) {
            for (int i = 0; i < o.n; i++) add(o.nanos[i]);
            errors += o.errors;
            bytes += o.bytes;
        }

        double percentileMs(double p) {
            if (n == 0) return Double.NaN;
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int baselineSeconds = Math.max(5, seconds / 3);
        int pauseMs = args.length > 3 ? Integer.parseInt(args[3]) : 250;
        Path tbx = Path.of(args.length > 2 ? args[2] : "termbase/un-terms.tbx");
        Path shared = Shared.root();
        if (!Files.isRegularFile(tbx) || shared == null) {
            System.err.println("WebLoadBenchmark needs " + tbx + " and ../shared/corpora/unpc-dev (set CONCORD_SHARED)");
            System.exit(2);
        }
        Path corpus = shared.resolve("corpora/unpc-dev");
        Path dbFile = Files.createTempFile("concord-web-bench", ".db");
        Map<String, List<String>> sentences = readCorpus(corpus);
        try (Database db = Database.open(dbFile)) {
            TranslationMemory.open(db).add(units(corpus, sentences), "benchmark");
        }
        // As concord serve does: one memory per core, each on its own connection to the database file.
        int cores = Runtime.getRuntime().availableProcessors();
        List<Database> dbs = new ArrayList<>();
        List<TranslationMemory> memories = new ArrayList<>();
        for (int i = 0; i < Math.max(2, cores); i++) {
            dbs.add(Database.open(dbFile));
            memories.add(TranslationMemory.open(dbs.get(i)));
        }
        try (Termbase termbase = Termbase.load(tbx)) {
            MemorySearch memory = new MemoryPool(memories);
            TermLookup terms = (q, lang, limit) -> termbase.lookup().lookup(q, lang, limit);
            List<Query> queries = queries(termbase.concepts(), sentences, new Random(42));

            try (WebServer server = new WebServer(terms, memory, new LatestReport(Files.createTempDirectory("reports")))
                    .start(new InetSocketAddress("127.0.0.1", 0))) {
                Path loadavg = Path.of("/proc/loadavg");
                if (Files.isReadable(loadavg)) System.out.printf("load average before: %s", Files.readString(loadavg));
                System.out.printf("WebLoadBenchmark: termbase %d concepts, memory %d units, %d distinct queries; %d clients; "
                        + "server %s with %d worker threads, %d pooled memories; %d cores%n", termbase.size(), memories.get(0).size(), queries.size(), clients,
                    server.uri(), WebServer.DEFAULT_THREADS, memories.size(), cores);
                http(server.uri(), queries, clients, 0, Duration.ofSeconds(5)); // warm-up: JIT, caches, connections
                System.out.printf("%-42s %9s %7s %9s %8s %8s %8s %8s %9s%n", "", "requests", "errors", "req/s", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "avg bytes");
                for (int pause : new int[] {pauseMs, 0}) {
                    String scenario = pause > 0 ? "typing (" + pause + " ms pause)" : "flat out";
                    long start = System.nanoTime();
                    Map<Kind, Stats> web = http(server.uri(), queries, clients, pause, Duration.ofSeconds(seconds));
                    double webSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    Map<Kind, Stats> base = inProcess(queries, terms, memory, clients, pause, Duration.ofSeconds(baselineSeconds));
                    double baseSeconds = (System.nanoTime() - start) / 1e9;
                    Stats webAll = print(scenario + " HTTP " + seconds + "s", web, webSeconds);
                    Stats baseAll = print(scenario + " in-process " + baselineSeconds + "s", base, baseSeconds);
                    double webP99 = webAll.percentileMs(99);
                    System.out.printf("%s: p99 HTTP %.2f ms vs in-process %.2f ms (%.1fx); throughput HTTP/in-process %.2f; "
                            + "errors %d; goal p99 <= 50 ms, no errors: %s%n%n", scenario, webP99, baseAll.percentileMs(99),
                        webP99 / baseAll.percentileMs(99), (webAll.n / webSeconds) / (baseAll.n / baseSeconds), webAll.errors,
                        webP99 <= 50 && webAll.errors == 0 ? "MET" : "NOT MET");
                }
                ERRORS.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
            }
        } finally {
            dbs.forEach(Database::close);
            Files.deleteIfExists(dbFile);
            Files.deleteIfExists(Path.of(dbFile + "-wal"));
            Files.deleteIfExists(Path.of(dbFile + "-shm"));
        }
    }

    static final ConcurrentLinkedQueue<String> ERRORS = new ConcurrentLinkedQueue<>();

    private static Stats print(String label, Map<Kind, Stats> byKind, double seconds) {
        Stats all = new Stats();
        for (Kind k : Kind.values()) {
            Stats s = byKind.get(k);
            all.addAll(s);
            row(label + " " + k.name().toLowerCase(), s, seconds);
        }
        row(label + " all", all, seconds);
        return all;
    }

    private static void row(String label, Stats s, double seconds) {
        System.out.printf("%-42s %9d %7d %9.0f %8.2f %8.2f %8.2f %8.2f %9s%n", label, s.n, s.errors, s.n / seconds,
            s.percentileMs(50), s.percentileMs(95), s.percentileMs(99), s.percentileMs(100),
            s.bytes == 0 ? "-" : String.valueOf(s.bytes / Math.max(1, s.n + s.errors)));
    }

    /**
     * Each client a thread sending one request at a time (the next as soon as the last is answered), looping over the
     * queries from its own offset until the deadline. They share one HttpClient, which keeps a connection per client.
     */
    static Map<Kind, Stats> http(URI base, List<Query> queries, int clients, int pauseMs, Duration duration)
            throws InterruptedException {
        // Answers are completed on the client's selector thread rather than handed to a pool: one thread switch fewer
        // per request, which counts on two busy cores.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Runnable::run).build();
        return run(clients, duration, (client, deadline, stats) -> {
            for (int i = client * 3 * 2647; System.nanoTime() < deadline; i++) {
                Query q = queries.get(Math.floorMod(i, queries.size()));
                pauseAfterSearch(q, pauseMs);
                HttpRequest request = HttpRequest.newBuilder(base.resolve(q.path())).timeout(Duration.ofSeconds(10)).build();
                long t0 = System.nanoTime();
                try {
                    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - t0;
                    stats.get(q.kind()).bytes += r.body().length;
                    if (r.statusCode() == 200 && r.body().length > 0) stats.get(q.kind()).add(t);
                    else fail(stats.get(q.kind()), q.path() + " -> " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    fail(stats.get(q.kind()), q.path() + " -> " + e);
                }
            }
        });
    }

    static Map<Kind, Stats> inProcess(List<Query> queries, TermLookup terms, MemorySearch memory, int clients, int pauseMs,
                                      Duration duration) throws InterruptedException {
        return run(clients, duration, (client, deadline, stats) -> {
            for (int i = client * 3 * 2647; System.nanoTime() < deadline; i++) {
                Query q = queries.get(Math.floorMod(i, queries.size()));
                pauseAfterSearch(q, pauseMs);
                long t0 = System.nanoTime();
                try {
                    q.callInProcess(terms, memory);
                    stats.get(q.kind()).add(System.nanoTime() - t0);
                } catch (RuntimeException e) {
                    fail(stats.get(q.kind()), q + " -> " + e);
                }
            }
        });
    }

    /** A search is the page's three requests (terms, concordance, fuzzy); a typist pauses before the next one. */
    private static void pauseAfterSearch(Query next, int pauseMs) throws InterruptedException {
        if (pauseMs > 0 && next.kind() == Kind.TERMS) Thread.sleep(pauseMs);
    }

    private static void fail(Stats s, String what) {
        s.errors++;
        if (ERRORS.size() < 20) ERRORS.add(what);
    }

    interface Client {
        void run(int client, long deadline, Map<Kind, Stats> stats) throws InterruptedException;
    }

    private static Map<Kind, Stats> run(int clients, Duration duration, Client body) throws InterruptedException {
        List<Map<Kind, Stats>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            Map<Kind, Stats> stats = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) stats.put(k, new Stats());
            perClient.add(stats);
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    body.run(client, deadline.get(), stats);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        deadline.set(System.nanoTime() + duration.toNanos());
        go.countDown();
        for (Thread t : threads) t.join();
        Map<Kind, Stats> merged = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            Stats all = new Stats();
            perClient.forEach(m -> all.addAll(m.get(k)));
            merged.put(k, all);
        }
        return merged;
    }

    // --- data

    static Map<String, List<String>> readCorpus(Path corpus) throws IOException {
        Map<String, List<String>> byLang = new java.util.LinkedHashMap<>();
        for (String lang : Languages.OFFICIAL) byLang.put(lang, Files.readAllLines(corpus.resolve("unpc-dev." + lang)));
        return byLang;
    }

    static List<AlignedUnit> units(Path corpus, Map<String, List<String>> sentences) throws IOException {
        List<String> ids = Files.readAllLines(corpus.resolve("unpc-dev.ids"));
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            for (String lang : Languages.OFFICIAL) texts.put(lang, sentences.get(lang).get(i));
            units.add(new AlignedUnit(ids.get(i).split(" ", 2)[0], i, "en", texts, 1.0));
        }
        return units;
    }

    /** The page's traffic: terms as typed (prefixes and whole terms), two-word phrases, sentences with a word changed. */
    static List<Query> queries(List<Concept> concepts, Map<String, List<String>> sentences, Random random) {
        List<Query> terms = new ArrayList<>();
        for (Concept c : concepts) {
            for (Term t : c.terms()) {
                String text = t.text();
                int cut = Math.min(text.length(), 3 + random.nextInt(Math.max(1, text.length() - 2)));
                terms.add(new Query(Kind.TERMS, text.substring(0, cut), null, null));
                terms.add(new Query(Kind.TERMS, text, null, null));
            }
        }
        List<Query> concordance = new ArrayList<>();
        List<Query> fuzzy = new ArrayList<>();
        List<String> langs = Languages.OFFICIAL;
        for (int i = 0; i < 600; i++) {
            String lang = langs.get(i % langs.size());
            String sentence = sentences.get(lang).get(random.nextInt(sentences.get(lang).size()));
            String phrase = phrase(sentence, lang, random);
            String changed = changeOneWord(sentence, lang, random);
            // A line of figures or punctuation gives no phrase: the page never sends an empty search, nor does this.
            if (phrase.isBlank() || changed.isBlank()) continue;
            concordance.add(new Query(Kind.CONCORDANCE, phrase, lang, null));
            String tgt = langs.get((langs.indexOf(lang) + 1 + random.nextInt(langs.size() - 1)) % langs.size());
            fuzzy.add(new Query(Kind.FUZZY, changed, lang, tgt));
        }
        List<Query> all = new ArrayList<>();
        for (int i = 0; i < Math.max(terms.size(), 600); i++) {
            all.add(terms.get(i % terms.size()));
            all.add(concordance.get(i % concordance.size()));
            all.add(fuzzy.get(i % fuzzy.size()));
        }
        return all;
    }

    private static String phrase(String sentence, String lang, Random random) {
        if (lang.equals("zh")) {
            int at = random.nextInt(Math.max(1, sentence.length() - 4));
            return sentence.substring(at, Math.min(sentence.length(), at + 4));
        }
        String[] words = sentence.split("\\s+");
        int at = random.nextInt(Math.max(1, words.length - 1));
        return words.length == 1 ? words[0] : words[at] + " " + words[at + 1];
    }

    private static String changeOneWord(String sentence, String lang, Random random) {
        if (lang.equals("zh")) {
            int at = random.nextInt(sentence.length());
            return sentence.substring(0, at) + sentence.substring(Math.min(sentence.length(), at + 2));
        }
        List<String> words = new ArrayList<>(List.of(sentence.split("\\s+")));
        if (words.size() > 3) words.remove(random.nextInt(words.size()));
        return String.join(" ", words);
    }
}
