package org.concord.web;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.concord.account.Accounts;
import org.concord.account.SignInStore;
import org.concord.account.SqlAccountStore;
import org.concord.review.SqlReviewStore;
import org.concord.review.TermEditing;
import org.concord.store.Database;
import org.concord.term.ConceptEditor;
import org.concord.term.TermLookup;
import org.concord.term.Termbase;
import org.concord.tm.TranslationMemory;

/**
 * One database as {@code concord serve} serves it: the termbase, a pool of memories, and, once the database has users,
 * the team server's accounts, sign-ins, term editing and memory corrections, each on its own connection (the server
 * answers from several threads). Several servers may serve one PostgreSQL database at once: what one writes, the others
 * answer from the next request on (sessions, edits and history are read from the database; term lookups catch up).
 */
public final class ServedDatabase implements AutoCloseable {

    /**
     * How to serve: {@code reports} is the folder of check reports, {@code memories} how many memories search in parallel,
     * {@code trustedProxies} the addresses whose X-Forwarded-Proto is believed.
     */
    public record Options(Path reports, int memories, Set<String> trustedProxies, Clock clock) {
        public Options {
            if (memories < 1) throw new IllegalArgumentException("memories: at least one");
            trustedProxies = Set.copyOf(trustedProxies);
        }
    }

    private final List<Database> opened = new ArrayList<>();
    private final Termbase termbase;
    private final Accounts accounts;
    private final boolean team;
    private final int concepts;
    private final long units;
    private final WebServer server;

    /** Opens the stores; {@code connection} opens one more connection to the served database each time it is called. */
    public ServedDatabase(Supplier<Database> connection, Options options) {
        try {
            Database termDb = open(connection);
            termbase = Termbase.open(termDb);
            List<TranslationMemory> memories = new ArrayList<>();
            for (int i = 0; i < options.memories(); i++) memories.add(TranslationMemory.open(open(connection)));
            concepts = termbase.size();
            units = memories.get(0).size();
            Database accountDb = open(connection);
            accounts = new Accounts(new SqlAccountStore(accountDb));
            this.team = accounts.any();
            Team team = this.team ? new Team(accounts, new SignInStore(open(connection)),
                new TermEditing(new ConceptEditor(termbase), new SqlReviewStore(termDb), new SqlReviewStore(open(connection))),
                TranslationMemory.open(open(connection)),
                options.trustedProxies(), options.clock()) : null;
            server = new WebServer(lookup(termbase, team), new MemoryPool(memories), new LatestReport(options.reports()), team);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Term lookups; on a team server they first catch up with edits committed elsewhere. */
    private static TermLookup lookup(Termbase termbase, Team team) {
        if (team == null) return (q, lang, limit) -> termbase.lookup().lookup(q, lang, limit);
        return (q, lang, limit) -> {
            team.terms().catchUp();
            return termbase.lookup().lookup(q, lang, limit);
        };
    }

    private Database open(Supplier<Database> connection) {
        Database d = connection.get();
        opened.add(d);
        return d;
    }

    /** Whether the database has users: then every page and API call needs a sign-in. */
    public boolean team() {
        return team;
    }

    public int users() {
        return accounts.list().size();
    }

    public int concepts() {
        return concepts;
    }

    public long units() {
        return units;
    }

    public Termbase termbase() {
        return termbase;
    }

    /** Binds and starts serving; port 0 picks a free port. */
    public ServedDatabase start(InetSocketAddress address, int threads) {
        server.start(address, threads);
        return this;
    }

    public URI uri() {
        return server.uri();
    }

    @Override
    public synchronized void close() {
        try {
            if (server != null) server.close();
        } finally {
            opened.forEach(Database::close);
            opened.clear();
        }
    }
}
