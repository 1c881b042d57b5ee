package org.concord.cli;

import org.concord.store.DbLocation;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.concord.InputException;
import org.concord.account.Accounts;
import org.concord.account.SqlAccountStore;
import org.concord.review.SqlReviewStore;
import org.concord.review.TermEditing;
import org.concord.term.ConceptEditor;
import org.concord.store.Database;
import org.concord.term.Termbase;
import org.concord.tm.TranslationMemory;
import org.concord.web.LatestReport;
import org.concord.web.MemoryPool;
import org.concord.web.Team;
import org.concord.web.WebServer;
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
        // The termbase and each pooled memory get their own connection: the server searches from several threads.
        List<Database> opened = new ArrayList<>();
        try {
            Database termDb = open(opened);
            Termbase termbase = Termbase.open(termDb);
            List<TranslationMemory> memories = new ArrayList<>();
            for (int i = 0; i < MEMORIES; i++) memories.add(TranslationMemory.open(open(opened)));
            int concepts = termbase.size();
            long units = memories.get(0).size();
            Accounts accounts = new Accounts(new SqlAccountStore(open(opened)));
            boolean teamServer = accounts.any();
            if (!teamServer && !address.isLoopbackAddress()) {
                throw new InputException("--bind " + bind + ": the database has no users, so the page would be open to anyone on the"
                    + " network; add one first with 'concord user add NAME --role admin --db " + db + "'");
            }
            Team team = teamServer ? new Team(accounts,
                new TermEditing(new ConceptEditor(termbase), new SqlReviewStore(termDb)), TranslationMemory.open(open(opened)),
                trustedProxies.stream().map(ServeCommand::address).map(InetAddress::getHostAddress).collect(Collectors.toSet())) : null;
            WebServer server = new WebServer((q, lang, limit) -> termbase.lookup().lookup(q, lang, limit),
                new MemoryPool(memories), new LatestReport(reportFolder), team);
            try {
                server.start(new InetSocketAddress(address, port), threads);
            } catch (UncheckedIOException e) {
                throw new InputException(e.getMessage(), e);
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> { server.close(); stopped.countDown(); }, "concord-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            var out = spec.commandLine().getOut();
            out.printf("Serving %s (termbase: %d concepts, memory: %d units, reports: %s)%n", server.uri(), concepts, units,
                reportFolder.toAbsolutePath().normalize());
            out.println(teamServer ? "Team server: sign-in required (" + accounts.list().size() + " users)"
                : "No users: single-user page on loopback (add users with 'concord user add' to share it)");
            out.println("Press Ctrl+C to stop.");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // Stopped by its caller (tests, embedding) rather than Ctrl+C: a normal end.
                Thread.currentThread().interrupt();
            } finally {
                server.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already exiting through the hook: nothing to remove
                }
            }
        } finally {
            opened.forEach(Database::close);
        }
        return 0;
    }

    private Database open(List<Database> opened) {
        Database d = Database.open(db);
        opened.add(d);
        return d;
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new InputException(bind + ": not an address");
        }
    }
}
