package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.concord.build.BuildOptions;
import org.concord.build.BuildPipeline;
import org.concord.build.BuildSummary;
import org.concord.build.LanguageSummary;
import org.concord.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"The main job: segment, align, store, check and export a document and its translations.",
        "Loads the termbase, segments a document and its translations, aligns each with the source, files the "
            + "multilingual units in the memory, checks terminology, and writes a six-language TMX and the check report. "
            + "Running it again on the same input changes nothing."})
final class BuildCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1",
        description = "A folder holding segments/ and termbase/, or a folder of documents (en.* beside fr.*, es.*, "
            + "ru.*, zh.*, ar.*). Default: the Concord checkout's own segments/ and termbase/.")
    Path path;

    @Option(names = "--termbase", paramLabel = "DIR",
        description = "Folder of termbase files (*.tbx, *.csv) to load first (default: termbase/ beside the documents).")
    Path termbase;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Database for the termbase and memory." + DbOption.FORMS)
    DbLocation db;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the TMX and the reports go (default: 'out' beside the database).")
    Path out;

    @Option(names = "--doc", paramLabel = "SYMBOL",
        description = "Document symbol for the memory's units (default: from the front matter, else the folder name).")
    String doc;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty("concord.home", "."));
        Path root = path != null ? path : home;
        Path documents = Files.isDirectory(root.resolve("segments")) ? root.resolve("segments") : root;
        Path terms = termbase != null ? termbase
            : Files.isDirectory(documents.resolveSibling("termbase")) ? documents.resolveSibling("termbase") : null;
        Path outDir = out != null ? out : db.outputFolder();
        BuildOptions options = new BuildOptions(documents, terms, db, outDir, doc, System.getProperty("user.name", "concord"));
        BuildSummary summary = new BuildPipeline(options, ProgressBar.on(spec.commandLine().getErr())).run();
        PrintWriter o = spec.commandLine().getOut();
        summary.warnings().forEach(w -> spec.commandLine().getErr().println("concord: warning: " + w));
        if (json) {
            o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
        } else {
            print(summary, o);
        }
        o.flush();
        return 0;
    }

    private static void print(BuildSummary s, PrintWriter o) {
        o.printf("Document %s: %d English sentences, %d multilingual units in the memory (%d added, %d changed, %d removed this run)%n",
            s.docSymbol(), s.sourceSentences(), s.units(), s.unitsAdded(), s.unitsChanged(), s.unitsRemoved());
        o.printf("Termbase: %d concepts (%d added or replaced this run)%n%n", s.concepts(), s.conceptsChanged());

        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> checks = new TreeSet<>();
        s.languages().forEach(l -> {
            types.addAll(l.beadsByType().keySet());
            checks.addAll(l.findingsByCheck().keySet());
        });
        List<String> header = new ArrayList<>(List.of("lang", "sentences"));
        types.forEach(t -> header.add(t));
        header.addAll(List.of("flagged", "findings"));
        TextTable beads = new TextTable(header);
        for (LanguageSummary l : s.languages()) {
            List<Object> row = new ArrayList<>(List.of(l.lang(), l.sentences()));
            types.forEach(t -> row.add(l.beadsByType().getOrDefault(t, 0)));
            row.add(l.flagged());
            row.add(l.findings());
            beads.row(row);
        }
        o.println("Alignment with the English (beads by type: English sentences-translated sentences)");
        beads.print(o);

        if (!checks.isEmpty()) {
            List<String> h = new ArrayList<>(List.of("check"));
            s.languages().forEach(l -> h.add(l.lang()));
            TextTable findings = new TextTable(h);
            for (String check : checks) {
                List<Object> row = new ArrayList<>(List.of(check));
                s.languages().forEach(l -> row.add(l.findingsByCheck().getOrDefault(check, 0L)));
                findings.row(row);
            }
            o.println();
            o.println("Findings by check");
            findings.print(o);
        }
        o.println();
        o.println("Wrote " + s.tmx());
        s.pairTmx().values().forEach(p -> o.println("Wrote " + p + "   (for CAT tools: one language pair)"));
        o.println("Wrote " + s.htmlReport());
        o.println("Wrote " + s.jsonReport());
    }
}
