package org.concord.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.term.TermLookup;
import org.concord.tm.MemorySearch;

/**
 * Concord's local web page and its JSON API, on the JDK's HTTP server with a fixed pool of worker threads.
 *
 * <pre>
 *   GET /                      the page (static files under org/concord/web/static/)
 *   GET /api/terms?q=&amp;lang=&amp;limit=   term lookup; lang is optional (any language)
 *   GET /api/concordance?q=&amp;lang=&amp;max=
 *   GET /api/fuzzy?q=&amp;src=&amp;tgt=&amp;min=&amp;max=
 *   GET /api/reports/latest      the newest check report, parsed, with a link to its HTML twin
 *   GET /reports/latest.html     that HTML twin, sandboxed (no scripts run)
 *   GET /api/info                languages and their writing direction
 * </pre>
 *
 * The data comes from the {@link TermLookup} and {@link MemorySearch} given to the constructor, so tests pass small
 * implementations and the CLI passes the real termbase and memory.
 */
public final class WebServer implements AutoCloseable {

    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int READ_TIMEOUT_SECONDS = 10;
    static final int MAX_CONNECTIONS = 256;

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the client's
        // delayed ACK then holds every small answer back ~40 ms. Read once, when the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
        // Limits against slow and flooding clients, where the JDK server has knobs (read once, by the first server):
        // request line and headers 64 KB at most (the JDK's default is 380 KB) and 100 header fields; a client that
        // has not sent its whole request line and headers within 10 s (one byte a second: slowloris) is cut off,
        // freeing the worker thread it held; at most 256 connections open at once.
        limit("sun.net.httpserver.maxReqHeaderSize", MAX_HEADER_BYTES);
        limit("sun.net.httpserver.maxReqHeaders", 100);
        limit("sun.net.httpserver.maxReqTime", READ_TIMEOUT_SECONDS);
        limit("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
    }

    private static void limit(String property, int value) {
        if (System.getProperty(property) == null) System.setProperty(property, Integer.toString(value));
    }

    /** Worker threads unless told otherwise: lookups are short, so a few threads serve many clients. */
    public static final int DEFAULT_THREADS = 16;

    private final Api api;
    private final StaticFiles files = new StaticFiles();
    private final Team team;
    private HttpServer server;
    private ExecutorService workers;

    public WebServer(TermLookup terms, MemorySearch memory, LatestReport reports) {
        this(terms, memory, reports, null);
    }

    /**
     * The section's server: with {@code team} (accounts, term editing, memory confirmations) every page and API call
     * but the sign-in page, its files and /api/health needs a session; null gives the single-user read-only page.
     */
    public WebServer(TermLookup terms, MemorySearch memory, LatestReport reports, Team team) {
        this.api = new Api(Objects.requireNonNull(terms), Objects.requireNonNull(memory), Objects.requireNonNull(reports));
        this.team = team;
    }

    /** Binds and starts serving; port 0 picks a free port (see {@link #uri()}). */
    public WebServer start(InetSocketAddress address, int threads) {
        if (server != null) throw new IllegalStateException("already started");
        try {
            server = HttpServer.create(address, 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        workers = Executors.newFixedThreadPool(threads, new Named());
        Router router = new Router(api, files, HostGuard.forAddress(server.getAddress()),
            team == null ? null : new TeamApi(team));
        server.createContext("/", router);
        server.setExecutor(workers);
        server.start();
        return this;
    }

    public WebServer start(InetSocketAddress address) {
        return start(address, DEFAULT_THREADS);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Where a browser finds the page, e.g. http://127.0.0.1:8080/. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    @Override
    public void close() {
        if (server == null) return;
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "concord-web-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
