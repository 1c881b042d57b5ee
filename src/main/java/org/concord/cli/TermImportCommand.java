package org.concord.cli;

import org.concord.store.DbLocation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.InputException;
import org.concord.review.ImportHistory;
import org.concord.store.Database;
import org.concord.term.ImportReport;
import org.concord.term.OnConflict;
import org.concord.term.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import TBX-Basic (v3 or 2008 martif), a multilingual CSV whose header names the languages, "
        + "or an OmegaT glossary (source<TAB>target<TAB>comment).",
        "One transaction: when anything is wrong nothing is written."})
final class TermImportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Termbase database." + DbOption.FORMS)
    DbLocation db;

    @Option(names = "--on-conflict", paramLabel = "skip|replace|merge", defaultValue = "skip",
        description = "What to do with concepts already present (same id): skip, replace or merge (default: ${DEFAULT-VALUE}).")
    String onConflict;

    @Option(names = "--user", paramLabel = "NAME",
        description = "Who imports, in a team server's concept history (default: the login name).")
    String user = System.getProperty("user.name");

    @Option(names = "--source-lang", paramLabel = "L", description = "Source language of an OmegaT glossary.")
    String sourceLang;

    @Option(names = "--target-lang", paramLabel = "L", description = "Target language of an OmegaT glossary.")
    String targetLang;

    @Override
    public Integer call() {
        OnConflict conflict = parse(onConflict);
        try (Database database = Database.open(db)) {
            Termbase tb = Termbase.open(database);
            var err = spec.commandLine().getErr();
            // A progress line only for a person watching a terminal, never in pipes or logs.
            boolean terminal = System.console() != null;
            ImportReport r = tb.importFile(file, conflict, sourceLang, targetLang, (done, total) -> {
                if (!terminal) return;
                err.printf("\rimporting %s: %,d / %,d concepts", file.getFileName(), done, total);
                if (done.equals(total)) err.println();
                err.flush();
            }, ImportHistory.forImport(tb, user));
            var out = spec.commandLine().getOut();
            out.printf("%s: %d concepts added, %d replaced, %d merged, %d skipped (already present), %d unchanged%n",
                file, r.added(), r.replaced(), r.merged(), r.skipped(), r.unchanged());
            out.printf("%s: %d concepts%n", db, tb.size());
            out.flush();
        }
        return 0;
    }

    private static OnConflict parse(String value) {
        try {
            return OnConflict.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("--on-conflict: expected skip, replace or merge, not '" + value + "'");
        }
    }
}
