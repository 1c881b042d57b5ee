package org.concord.cli;

import org.concord.store.DbLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.check.Checker;
import org.concord.check.Explanations;
import org.concord.check.HtmlReport;
import org.concord.check.Inputs;
import org.concord.check.JsonReport;
import org.concord.check.Report;
import org.concord.check.SegmentPair;
import org.concord.check.Severity;
import org.concord.check.TermExplanation;
import org.concord.check.TextReport;
import org.concord.store.Database;
import org.concord.term.TermRecognizer;
import org.concord.term.Termbase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check translations: terminology (missing, deprecated and inconsistent renderings), numbers, dates, "
        + "UN symbols, repeated segments, untranslated or empty targets – in a TMX or XLIFF file, two parallel texts or "
        + "a document of the memory.",
        "Exit status: 0 clean, 1 findings at or above --fail-on, 2 bad input."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "FILE", arity = "1", description = "A TMX file or an XLIFF 1.2 / 2.x file.")
        Path file;

        @ArgGroup(exclusive = false)
        Parallel parallel;

        @Option(names = "--doc", paramLabel = "SYMBOL", description = "A document's aligned pairs in the memory (--db), e.g. S/PV.7837.")
        String doc;
    }

    static final class Parallel {
        @Option(names = "--src", required = true, paramLabel = "FILE", description = "Source text (UTF-8).")
        Path src;

        @Option(names = "--tgt", required = true, paramLabel = "FILE", description = "Its translation (UTF-8).")
        Path tgt;

        @Option(names = "--lines", description = "Line N of --src is translated by line N of --tgt (default: segment and align).")
        boolean lines;
    }

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Database for --doc." + DbOption.FORMS)
    DbLocation db;

    @Option(names = "--src-lang", paramLabel = "LANG", description = "Source language (required with --src; overrides a TMX header).")
    String srcLang;

    @Option(names = "--tgt-lang", paramLabel = "LANG", description = "Check this target language only (default: all in the file).")
    String tgtLang;

    @Option(names = "--termbase", paramLabel = "TBX|DB",
        description = "Termbase: a TBX or CSV file, or a Concord database. Without it the terminology checks find nothing.")
    Path termbase;

    @Option(names = "--checks", split = ",", paramLabel = "ID", description = "Run only these checks (default: all).")
    List<String> only;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", defaultValue = "warning", paramLabel = "SEVERITY",
        description = "Exit 1 when a finding is at least this severe: info, warning or error (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--explain", description = "After the report, how each source term was decided: for a finding, the rules "
        + "tried and what each needed; for an accepted rendering, the rule that accepted it (text or json).")
    boolean explain;

    @Option(names = "--no-color", description = "No colour even on a terminal (NO_COLOR is also honoured).")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
        Severity threshold = Severity.parse(failOn);
        String src = srcLang == null ? null : Languages.require(srcLang);
        String tgt = tgtLang == null ? null : Languages.require(tgtLang);
        if (explain && format == Format.html) throw new InputException("--explain: the decisions are shown in text or json, not html");
        List<SegmentPair> pairs = readPairs(src, tgt);
        Report report;
        List<TermExplanation> explanations = List.of();
        if (termbase == null) {
            spec.commandLine().getErr().println("concord: no --termbase: terminology checks skipped");
            report = checker((text, lang) -> List.of()).check(pairs);
        } else {
            try (Termbase tb = Termbase.load(termbase)) {
                Checker checker = checker(tb.recognizer());
                report = checker.check(pairs);
                if (explain) explanations = checker.explain(pairs);
            }
        }
        write(report, explanations);
        return report.failsAt(threshold) ? 1 : 0;
    }

    private Checker checker(TermRecognizer recognizer) {
        Checker checker = Checker.standard(recognizer);
        return only == null ? checker : checker.only(only);
    }

    private List<SegmentPair> readPairs(String src, String tgt) {
        if (input.file != null) return Inputs.bilingualFile(input.file, src, tgt);
        if (input.doc != null) {
            DbOption.requireExisting(db, "no such database (give --db)");
            try (Database database = Database.open(db)) {
                return Inputs.fromMemory(database, input.doc, src, tgt);
            }
        }
        Parallel p = input.parallel;
        if (src == null || tgt == null) throw new InputException("--src and --tgt need --src-lang and --tgt-lang");
        if (p.lines) return Inputs.linesOf(p.src, p.tgt, src, tgt);
        return Inputs.aligned(p.src, p.tgt, src, tgt, w -> spec.commandLine().getErr().println("concord: warning: " + w));
    }

    private void write(Report report, List<TermExplanation> explanations) throws IOException {
        if (format == Format.html) {
            if (output != null) HtmlReport.write(report, output);
            else spec.commandLine().getOut().print(HtmlReport.render(report));
            spec.commandLine().getOut().flush();
            return;
        }
        StringWriter buffer = new StringWriter();
        PrintWriter out = output != null ? new PrintWriter(buffer) : spec.commandLine().getOut();
        if (format == Format.json && explain) Explanations.writeJson(report, explanations, out);
        else if (format == Format.json) JsonReport.write(report, out);
        else {
            new TextReport(colour()).write(report, out);
            if (explain) {
                out.println();
                Explanations.writeText(explanations, out);
            }
        }
        if (output != null) {
            out.flush();
            Files.writeString(output, buffer.toString(), StandardCharsets.UTF_8);
        }
    }

    private boolean colour() {
        return !noColor && output == null && System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
