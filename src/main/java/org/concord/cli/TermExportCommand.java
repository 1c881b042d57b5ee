package org.concord.cli;

import org.concord.store.DbLocation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.InputException;
import org.concord.term.ExportFormat;
import org.concord.term.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the termbase as TBX-Basic v3, TBX 2008 (martif, read by OmegaT) or multilingual CSV.")
final class TermExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "tbx|tbx2008|csv", description = "Output format.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
    Path output;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = TermCommand.DB_HELP)
    DbLocation db;

    @Override
    public Integer call() {
        ExportFormat f;
        try {
            f = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("--format: expected tbx, tbx2008 or csv, not '" + format + "'");
        }
        try (Termbase tb = TermCommand.read(db)) {
            tb.export(output, f);
            spec.commandLine().getOut().printf("%s: %d concepts written as %s%n", output, tb.size(), format.toLowerCase(Locale.ROOT));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
