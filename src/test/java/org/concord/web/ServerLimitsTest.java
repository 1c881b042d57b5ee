package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.tm.ConcordanceHit;
import org.concord.tm.FuzzyMatch;
import org.concord.tm.MemorySearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under pressure: each limit answers (or cuts the connection), and meanwhile another client, from another
 * loopback address, is still served. Raw sockets, so a client can be slow, oversized or bound to its own address.
 */
class ServerLimitsTest {
    @TempDir Path reports;
    private WebServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger slowSearches = new AtomicInteger();

    /** Fuzzy matches for "slow" wait until the test lets them go; any other query answers at once. */
    private final MemorySearch memory = new MemorySearch() {
        @Override
        public List<FuzzyMatch> fuzzy(String text, String srcLang, String tgtLang, int minPercent, int max) {
            if (text.equals("slow")) {
                slowSearches.incrementAndGet();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of();
        }

        @Override
        public List<ConcordanceHit> concordance(String text, String lang, int max) {
            return List.of();
        }
    };

    @BeforeEach
    void start() {
        server = new WebServer(SampleData.terms(), memory, new LatestReport(reports)).start(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void headersOverTheLimitCutTheConnectionAndOthersAreServed() throws Exception {
        String answer = request("127.0.0.2", "GET /api/health HTTP/1.1\r\nHost: " + host() + "\r\nX-Pad: "
            + "x".repeat(WebServer.MAX_HEADER_BYTES + 1024) + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).as("no answer, or 431").matches("(?s)closed|HTTP/1.1 431.*");
        assertThat(request("127.0.0.3", get("/api/health"))).startsWith("HTTP/1.1 200");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 150; i++) many.append("X-A").append(i).append(": 1\r\n");
        assertThat(request("127.0.0.2", "GET /api/health HTTP/1.1\r\nHost: " + host() + "\r\n" + many + "Connection: close\r\n\r\n"))
            .as("too many header fields").matches("(?s)closed|HTTP/1.1 4\\d\\d.*");
        assertThat(request("127.0.0.3", get("/api/health"))).startsWith("HTTP/1.1 200");
    }

    @Test
    void anAddressOverTheLimitIs414AndOthersAreServed() throws Exception {
        String longQuery = "/api/terms?q=" + "a".repeat(Router.MAX_URI);
        assertThat(request("127.0.0.2", get(longQuery))).startsWith("HTTP/1.1 414");
        assertThat(request("127.0.0.3", get("/api/terms?q=security"))).startsWith("HTTP/1.1 200");
        assertThat(request("127.0.0.3", get("/api/terms?q=" + "a".repeat(3_000)))).as("a long search is still served")
            .startsWith("HTTP/1.1 200");
    }

    @Test
    void aClientSendingItsHeadersByteByByteIsCutOffWhileOthersAreServed() throws Exception {
        try (Socket slow = socket("127.0.0.2")) {
            OutputStream out = slow.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: " + host() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            ExecutorService reader = Executors.newSingleThreadExecutor();
            Future<Integer> end = reader.submit(() -> {
                try {
                    return slow.getInputStream().read();
                } catch (IOException reset) {
                    return -1;
                }
            });
            int served = 0;
            long limit = TimeUnit.SECONDS.toNanos(WebServer.READ_TIMEOUT_SECONDS + 5);
            while (!end.isDone() && System.nanoTime() - start < limit) {
                try {
                    out.write('X');
                    out.flush();
                } catch (IOException cut) {
                    break;
                }
                assertThat(request("127.0.0.3", get("/api/health"))).as("another client meanwhile").startsWith("HTTP/1.1 200");
                served++;
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(end.get(5, TimeUnit.SECONDS)).as("the server closed the slow connection without an answer").isEqualTo(-1);
            assertThat(seconds).as("cut off by the read timeout").isLessThan(WebServer.READ_TIMEOUT_SECONDS + 5);
            assertThat(served).as("others were answered while it dragged on").isGreaterThan(5);
            reader.shutdownNow();
        }
    }

    @Test
    void expensiveSearchesOverTheClientsShareAre429WhileOthersAreServed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ClientLimits.IN_FLIGHT + 2);
        try {
            List<Future<String>> hogs = new ArrayList<>();
            for (int i = 0; i < ClientLimits.IN_FLIGHT; i++) hogs.add(pool.submit(() -> request("127.0.0.2", get("/api/fuzzy?q=slow"))));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (slowSearches.get() < ClientLimits.IN_FLIGHT && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(slowSearches.get()).isEqualTo(ClientLimits.IN_FLIGHT);

            String refused = request("127.0.0.2", get("/api/fuzzy?q=slow"));
            assertThat(refused).startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After: 1");
            assertThat(request("127.0.0.2", get("/api/terms?q=security"))).as("cheap lookups are not capped").startsWith("HTTP/1.1 200");
            assertThat(request("127.0.0.3", get("/api/fuzzy?q=peace"))).as("another client searches meanwhile").startsWith("HTTP/1.1 200");

            release.countDown();
            for (Future<String> h : hogs) assertThat(h.get(10, TimeUnit.SECONDS)).startsWith("HTTP/1.1 200");
            assertThat(request("127.0.0.2", get("/api/fuzzy?q=peace"))).as("served again once its searches ended").startsWith("HTTP/1.1 200");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void connectionsOverTheCapAreRefusedAndServiceResumesWhenTheyClose() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < WebServer.MAX_CONNECTIONS; i++) idle.add(socket("127.0.0.2"));
            Thread.sleep(300); // the server accepts them on its dispatcher thread
            assertThat(request("127.0.0.3", get("/api/health"))).as("one over the cap: closed, not queued").isEqualTo("closed");
        } finally {
            for (Socket s : idle) s.close();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String answer;
        do {
            Thread.sleep(100);
            answer = request("127.0.0.3", get("/api/health"));
        } while (!answer.startsWith("HTTP/1.1 200") && System.nanoTime() < deadline);
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    // ------------------------------------------------------------------ a raw client

    private String host() {
        return "127.0.0.1:" + server.address().getPort();
    }

    private String get(String pathAndQuery) {
        return "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n";
    }

    private Socket socket(String from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(server.address(), 5_000);
        s.setSoTimeout(15_000);
        return s;
    }

    /** Sends {@code raw} from address {@code from}; the status line and headers of the answer, or "closed". */
    private String request(String from, String raw) throws IOException {
        try (Socket s = socket(from)) {
            try {
                s.getOutputStream().write(raw.getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
            } catch (IOException cut) {
                // the server may close while the request is still going out; what it answered is read below
            }
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(512);
            return head.length == 0 ? "closed" : new String(head, StandardCharsets.UTF_8);
        } catch (java.net.SocketException reset) {
            return "closed";
        }
    }
}
