package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.store.Database;
import org.concord.tm.ConcordanceHit;
import org.concord.tm.TranslationMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Concordance: units whose text contains a word or phrase, matches marked, with their other languages.",
        "Exit 0 when something was found, 1 when nothing was."})
final class TmSearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "A word or phrase (its words in a row; case and punctuation ignored).")
    String text;

    @Option(names = "--lang", required = true, paramLabel = "L", description = "Language to search in.")
    String lang;

    @Option(names = "--max", defaultValue = "20", paramLabel = "N", description = "Most units shown (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = "Database." + DbOption.FORMS)
    DbLocation db;

    @Override
    public Integer call() throws Exception {
        List<ConcordanceHit> hits;
        try (Database database = Database.open(db)) {
            hits = TranslationMemory.open(database).concordance(text, lang, max);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(hits));
        } else if (hits.isEmpty()) {
            out.println("no unit contains \"" + text + "\"");
        } else {
            for (ConcordanceHit h : hits) {
                out.printf("unit %d%s%n", h.unitId(), h.docSymbol() != null ? "  " + h.docSymbol() : "");
                out.printf("  %s  %s%n", h.lang(), mark(h.text(), h.spans()));
                h.variants().forEach((l, t) -> {
                    if (!l.equals(h.lang())) out.printf("  %s  %s%n", l, t);
                });
            }
        }
        out.flush();
        return hits.isEmpty() ? 1 : 0; // like term lookup: 1 tells a script nothing was found
    }

    /** The text with each span between [ and ]: the highlighted matches. */
    static String mark(String text, List<ConcordanceHit.Span> spans) {
        StringBuilder b = new StringBuilder(text.length() + spans.size() * 2);
        int at = 0;
        for (ConcordanceHit.Span s : spans) {
            b.append(text, at, s.start()).append('[').append(text, s.start(), s.end()).append(']');
            at = s.end();
        }
        return b.append(text.substring(at)).toString();
    }
}
