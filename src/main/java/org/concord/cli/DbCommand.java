package org.concord.cli;

import java.util.concurrent.Callable;
import org.concord.build.Progress;
import org.concord.Schemas;
import org.concord.store.DatabaseCopy;
import org.concord.store.DbLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "db", mixinStandardHelpOptions = true, description = "The database as a whole.",
    subcommands = {DbCommand.Copy.class})
final class DbCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy a whole database (termbase, memory, accounts, sessions, review history, dictionaries) into a new or empty one:",
            "SQLite to PostgreSQL, PostgreSQL to SQLite, or either to its own kind. A DB is a file path (SQLite) or",
            "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME (the password may come from PGPASSWORD or ~/.pgpass).",
            "The source is read as one snapshot, so a server may keep writing to it; the copy appears only when complete."})
    static final class Copy implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = DbOption.LABEL, converter = DbOption.Converter.class,
            description = "The database to copy.")
        DbLocation from;

        @Option(names = "--to", required = true, paramLabel = DbOption.LABEL, converter = DbOption.Converter.class,
            description = "A new or empty database to write: a file that does not exist yet, or an empty PostgreSQL database.")
        DbLocation to;

        @Override
        public Integer call() {
            Progress bar = ProgressBar.on(spec.commandLine().getErr());
            DatabaseCopy.Copied c = DatabaseCopy.copy(from, to, Schemas::make,
                (done, total) -> bar.update("rows copied", (int) Math.min(done, Integer.MAX_VALUE), (int) Math.min(total, Integer.MAX_VALUE)));
            spec.commandLine().getOut().printf("%s: %,d tables, %,d rows copied from %s%n", to, c.tables(), c.rows(), from);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
