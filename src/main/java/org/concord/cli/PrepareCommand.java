package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.prepare.PrepareJob;
import org.concord.prepare.PrepareOptions;
import org.concord.prepare.XliffVersion;
import org.concord.store.Database;
import org.concord.term.Termbase;
import org.concord.tm.TranslationMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "prepare", mixinStandardHelpOptions = true,
    description = {"Pre-translate documents for a CAT tool: one XLIFF per document and target language, with exact",
        "matches filled in, fuzzy matches and termbase terms beside each segment."})
final class PrepareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to prepare (any format 'segment' reads).")
    List<Path> files;

    @Option(names = "--to", required = true, split = ",", paramLabel = "L[,L...]", description = "Target languages.")
    List<String> targets;

    @Option(names = "--from", defaultValue = "en", paramLabel = "L", description = "Language of the documents (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Database with the memory and termbase." + DbOption.FORMS)
    DbLocation db;

    @Option(names = "--xliff", defaultValue = "2.0", paramLabel = "2.0|1.2", description = "XLIFF version to write (default: ${DEFAULT-VALUE}).")
    String xliff;

    @Option(names = "--min", defaultValue = "70", paramLabel = "PERCENT", description = "Lowest fuzzy match offered (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--doc", paramLabel = "SYMBOL", description = "Document symbol (default: the document's front matter, else its file name).")
    String doc;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
        description = "The XLIFF file for one document and one language; otherwise a folder of NAME.LANG.xlf (default: the current folder).")
    Path output;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrepareOptions options = new PrepareOptions(from, targets, XliffVersion.parse(xliff), min, 5, doc,
            "Concord " + new VersionProvider().getVersion()[0].replaceFirst("^concord ", ""));
        List<PrepareJob.Written> written;
        // Bad options are reported before the database is opened (and created).
        targets.forEach(org.concord.Languages::require);
        org.concord.Languages.require(from);
        for (Path f : files) {
            if (!java.nio.file.Files.exists(f)) throw new org.concord.InputException(f + ": no such file");
        }
        // One connection per core: each looks up its share of the sentences.
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<Database> databases = new ArrayList<>();
        try {
            List<TranslationMemory> memories = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                databases.add(Database.open(db));
                memories.add(TranslationMemory.open(databases.get(i)));
            }
            PrepareJob job = new PrepareJob(memories, Termbase.open(databases.get(0)).recognizer(), options);
            written = job.run(files, output, ProgressBar.on(spec.commandLine().getErr()));
        } finally {
            for (Database d : databases) d.close();
        }
        var out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PrepareJob.Written w : written) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", w.file().toString());
                m.put("document", w.document());
                m.put("lang", w.lang());
                m.put("segments", w.segments());
                m.put("exact", w.exact());
                m.put("inContext", w.inContext());
                m.put("fuzzy", w.fuzzy());
                m.put("withTerms", w.withTerms());
                rows.add(m);
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            TextTable table = new TextTable(Arrays.asList("document", "lang", "segments", "exact", "in context", "fuzzy", "with terms"));
            for (PrepareJob.Written w : written) {
                table.row(List.of(w.document(), w.lang(), w.segments(), w.exact(), w.inContext(), w.fuzzy(), w.withTerms()));
            }
            table.print(out);
            for (PrepareJob.Written w : written) out.println("Wrote " + w.file());
        }
        out.flush();
        return 0;
    }
}
