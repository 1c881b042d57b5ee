package org.concord.cli;

import org.concord.store.DbLocation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.InputException;
import org.concord.store.Database;
import org.concord.tm.ExportOptions;
import org.concord.tm.TranslationMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the memory as TMX 1.4b: multilingual units in a stable order, document symbol and origin as props.")
final class TmExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.tmx", description = "TMX file to write.")
    Path output;

    @Option(names = "--langs", split = ",", paramLabel = "L,L,...", description = "Only these languages; the first is the source language.")
    List<String> langs = List.of();

    @Option(names = "--doc", paramLabel = "SYMBOL", description = "Only units from this document (e.g. S/PV.9000).")
    String doc;

    @Option(names = "--since", paramLabel = "DATE", description = "Only units changed on or after DATE (2026-01-31 or 2026-01-31T12:00:00Z).")
    String since;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Database." + DbOption.FORMS)
    DbLocation db;

    @Override
    public Integer call() {
        ExportOptions options = new ExportOptions(langs, doc, since == null ? null : instant(since));
        try (Database database = Database.open(db)) {
            long n = TranslationMemory.open(database).exportTmx(output, options, spec.root().version()[0].replaceFirst("^concord ", ""));
            spec.commandLine().getOut().printf("%s: %d units written%n", output, n);
            return 0;
        }
    }

    private static Instant instant(String s) {
        try {
            return s.contains("T") ? Instant.parse(s) : LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InputException("--since: '" + s + "' is not a date (2026-01-31 or 2026-01-31T12:00:00Z)");
        }
    }
}
