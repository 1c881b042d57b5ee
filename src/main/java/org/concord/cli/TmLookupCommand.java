package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.store.Database;
import org.concord.tm.Lookup;
import org.concord.tm.TranslationMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lookup", mixinStandardHelpOptions = true,
    description = {"Fuzzy matches for a sentence, best first, with the numbers and tags that differ marked.",
        "Exit 0 when something matched, 1 when nothing did."})
final class TmLookupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "The sentence to translate.")
    String text;

    @Option(names = "--src", required = true, paramLabel = "L", description = "Language of TEXT.")
    String src;

    @Option(names = "--tgt", required = true, paramLabel = "L", description = "Language of the translations wanted.")
    String tgt;

    @Option(names = "--min", defaultValue = "70", paramLabel = "PERCENT", description = "Lowest similarity shown (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--max", defaultValue = "5", paramLabel = "N", description = "Most matches shown (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Database." + DbOption.FORMS)
    DbLocation db;

    @Override
    public Integer call() throws Exception {
        List<Lookup> found;
        try (Database database = Database.open(db)) {
            found = TranslationMemory.open(database).lookup(text, src, tgt, min, max);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Lookup l : found) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("unitId", l.match().unitId());
                m.put("percent", l.match().percent());
                m.put("source", l.match().source());
                m.put("target", l.match().target());
                m.put("docSymbol", l.match().docSymbol());
                m.put("variants", l.match().variants());
                m.put("numbersOnlyInQuery", l.numbersOnlyInQuery());
                m.put("numbersOnlyInMatch", l.numbersOnlyInMatch());
                m.put("tagsOnlyInQuery", l.tagsOnlyInQuery());
                m.put("tagsOnlyInMatch", l.tagsOnlyInMatch());
                rows.add(m);
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else if (found.isEmpty()) {
            out.printf("no match of %d%% or more%n", min);
        } else {
            for (Lookup l : found) {
                var m = l.match();
                out.printf("%3d%%  unit %d%s%n", m.percent(), m.unitId(), m.docSymbol() != null ? "  " + m.docSymbol() : "");
                out.printf("      %s  %s%n", src, TmSearchCommand.mark(m.source(), l.numberSpans()));
                out.printf("      %s  %s%n", tgt, m.target());
                List<String> diffs = new ArrayList<>();
                if (!l.numbersOnlyInQuery().isEmpty() || !l.numbersOnlyInMatch().isEmpty()) {
                    diffs.add("numbers " + String.join(" ", l.numbersOnlyInMatch()) + " (query: " + String.join(" ", l.numbersOnlyInQuery()) + ")");
                }
                if (!l.tagsOnlyInQuery().isEmpty() || !l.tagsOnlyInMatch().isEmpty()) {
                    diffs.add("tags " + String.join(" ", l.tagsOnlyInMatch()) + " (query: " + String.join(" ", l.tagsOnlyInQuery()) + ")");
                }
                if (!diffs.isEmpty()) out.printf("      differs: %s%n", String.join("; ", diffs));
            }
        }
        out.flush();
        return found.isEmpty() ? 1 : 0; // like term lookup: 1 tells a script nothing was found
    }

}
