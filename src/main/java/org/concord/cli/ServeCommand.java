package org.concord.cli;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.concord.InputException;
import org.concord.store.Database;
import org.concord.store.DbLocation;
import org.concord.web.ServedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the translators' page and its JSON API: term lookup, concordance, fuzzy matches and the latest check report.",
        "Listens on 127.0.0.1 only unless --bind says otherwise; stops on Ctrl+C.",
        "Once the database has users (concord user add), every page and API call needs a sign-in and the page edits the termbase."})
final class ServeCommand implements Callable<Integer> {

    /** Memories searching in parallel: one per core, at least two, since each answers one query at a time. */
    private static final int MEMORIES = Math.max(2, Runtime.getRuntime().availableProcessors());
    /**
     * Memories at most on PostgreSQL, whose connections come from a pool of 16 per process: the server holds five
     * more (termbase, accounts, sign-ins, history, the memory it corrects), and a lookup waiting for a pooled
     * connection would wait for good.
     */
    private static final int POOLED_MEMORIES = 8;

    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
        description = "Address to listen on (default: ${DEFAULT-VALUE}). Other addresses expose the API to the network.")
    String bind;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Concord database with the termbase and the memory." + DbOption.FORMS)
    DbLocation db;

    @Option(names = "--reports", paramLabel = "DIR",
        description = "Folder of check reports; the newest *.json is shown (default: 'out' beside the database, where concord build writes them).")
    Path reports;

    @Option(names = "--trusted-proxy", paramLabel = "ADDR",
        description = "Address of a reverse proxy whose X-Forwarded-Proto: https marks session cookies Secure (repeatable).")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "16", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new InputException("--port " + port + ": must be between 0 and 65535");
        if (threads < 1 || threads > 512) throw new InputException("--threads " + threads + ": must be between 1 and 512");
        if (db.isFile() && !Files.isRegularFile(db.file())) {
            throw new InputException(db + ": no such database (create it with 'concord term import' or 'concord tm import')");
        }
        InetAddress address = address(bind);
        Path reportFolder = reports != null ? reports : db.outputFolder();
        // On PostgreSQL every connection comes from one pool per process: leave room in it for the server's others.
        int memories = db.isFile() ? MEMORIES : Math.min(MEMORIES, POOLED_MEMORIES);
        ServedDatabase.Options options = new ServedDatabase.Options(reportFolder, memories,
            trustedProxies.stream().map(ServeCommand::address).map(InetAddress::getHostAddress).collect(Collectors.toSet()),
            Clock.systemUTC());
        try (ServedDatabase served = new ServedDatabase(() -> Database.open(db), options)) {
            if (!served.team() && !address.isLoopbackAddress()) {
                throw new InputException("--bind " + bind + ": the database has no users, so the page would be open to anyone on the"
                    + " network; add one first with 'concord user add NAME --role admin --db " + db + "'");
            }
            try {
                served.start(new InetSocketAddress(address, port), threads);
            } catch (UncheckedIOException e) {
                throw new InputException(e.getMessage(), e);
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> { served.close(); stopped.countDown(); }, "concord-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            var out = spec.commandLine().getOut();
            out.printf("Serving %s (termbase: %d concepts, memory: %d units, reports: %s)%n", served.uri(), served.concepts(),
                served.units(), reportFolder.toAbsolutePath().normalize());
            out.println(served.team() ? "Team server: sign-in required (" + served.users() + " users)"
                : "No users: single-user page on loopback (add users with 'concord user add' to share it)");
            out.println("Press Ctrl+C to stop.");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // Stopped by its caller (tests, embedding) rather than Ctrl+C: a normal end.
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already exiting through the hook: nothing to remove
                }
            }
        }
        return 0;
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new InputException(bind + ": not an address");
        }
    }
}
