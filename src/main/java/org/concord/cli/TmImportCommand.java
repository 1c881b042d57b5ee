package org.concord.cli;

import org.concord.store.DbLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.concord.store.Database;
import org.concord.tm.ImportReport;
import org.concord.tm.OnDuplicate;
import org.concord.tm.TranslationMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import a TMX file (1.1 to 1.4b) into the memory, all or nothing.",
        "A translated XLIFF (1.2 or 2.x, e.g. from 'concord prepare') files its translated segments as confirmed units of its document."})
final class TmImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE.tmx|FILE.xlf", description = "TMX or XLIFF file to import.")
    Path file;

    @Option(names = "--on-duplicate", defaultValue = "skip", paramLabel = "skip|keep|replace",
        description = "A unit already in the memory (same tuid, or same source text): skip it, keep both, or replace the stored one. Default: ${DEFAULT-VALUE}.")
    String onDuplicate;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Database." + DbOption.FORMS)
    DbLocation db;

    @Option(names = "--user", paramLabel = "NAME", description = "Recorded as creator of units that name none (default: login name).")
    String user = System.getProperty("user.name");

    @Option(names = "--states", split = ",", paramLabel = "STATE[,STATE...]",
        description = "XLIFF: segment states to import (default: translated, reviewed, final, signed-off).")
    java.util.Set<String> states;

    @Option(names = "--doc", paramLabel = "SYMBOL", description = "XLIFF: the document to file the segments under (default: the one the file names).")
    String doc;

    @Override
    public Integer call() {
        if (org.concord.prepare.XliffImport.isXliff(file)) return importXliff();
        OnDuplicate mode = switch (onDuplicate) {
            case "skip" -> OnDuplicate.SKIP;
            case "keep" -> OnDuplicate.KEEP;
            case "replace" -> OnDuplicate.REPLACE;
            default -> throw new org.concord.InputException("--on-duplicate must be skip, keep or replace, not '" + onDuplicate + "'");
        };
        try (Database database = Database.open(db)) {
            var err = spec.commandLine().getErr();
            boolean terminal = System.console() != null;
            ImportReport r = TranslationMemory.open(database).importTmx(file, mode, user, read -> {
                if (terminal) {
                    err.printf("\rimporting %s: %,d units", file.getFileName(), read);
                    err.flush();
                }
            });
            if (terminal && r.read() >= 10_000) err.println();
            for (String w : r.warnings()) err.println("concord: warning: " + w);
            spec.commandLine().getOut().printf("%s: %d units read, %d added, %d replaced, %d skipped%n",
                file, r.read(), r.added(), r.replaced(), r.skipped());
            return r.warnings().isEmpty() ? 0 : 1;
        }
    }

    private int importXliff() {
        try (Database database = Database.open(db)) {
            ImportReport r = org.concord.prepare.XliffImport.importInto(TranslationMemory.open(database), file,
                states != null ? states : org.concord.prepare.XliffImport.DEFAULT_STATES, doc, user);
            spec.commandLine().getOut().printf("%s: %d segments read, %d added, %d replaced, %d unchanged, %d left out (untranslated or in another state)%n",
                file, r.read(), r.added(), r.replaced(), r.unchanged(), r.skipped());
            return 0;
        }
    }
}
