package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.Languages;
import org.concord.term.LookupHit;
import org.concord.term.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lookup", mixinStandardHelpOptions = true,
    description = {"Find concepts by any of their terms: exact, then ignoring case, accents and hyphens, then by stem, "
        + "by prefix, and with typos.", "Exit 0 when something is found, 1 when nothing is."})
final class TermLookupCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The term to look up (several words are one query).")
    List<String> query;

    @Option(names = "--lang", paramLabel = "L", description = "Look only among terms of this language.")
    String lang;

    @Option(names = "--to", paramLabel = "L", split = ",", description = "Languages to show (default: all six).")
    List<String> to;

    @Option(names = "--limit", defaultValue = "10", description = "Most concepts to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = TermCommand.DB_HELP)
    DbLocation db;

    @Override
    public Integer call() throws JsonProcessingException {
        String q = String.join(" ", query);
        String from = lang == null ? null : Languages.require(lang);
        List<String> langs = TermCommand.languages(to);
        var out = spec.commandLine().getOut();
        try (Termbase tb = TermCommand.read(db)) {
            List<LookupHit> hits = tb.lookup().lookup(q, from, limit);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (LookupHit h : hits) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("match", h.kind().name().toLowerCase(Locale.ROOT));
                    m.put("score", Math.round(h.score() * 1000) / 1000.0);
                    m.put("matched", TermCommand.json(tb, h.concept(), h.matched()));
                    m.put("concept", TermCommand.json(tb, h.concept(), langs));
                    rows.add(m);
                }
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            } else if (hits.isEmpty()) {
                out.println("no concept found for \"" + q + "\"");
            } else {
                for (LookupHit h : hits) table(tb, h, langs, out);
            }
            out.flush();
            return hits.isEmpty() ? 1 : 0;
        }
    }

    private static void table(Termbase tb, LookupHit h, List<String> langs, java.io.PrintWriter out) {
        var c = h.concept();
        out.printf("%s  %s match on \"%s\" (%s, %s)%s%n", c.id(), h.kind().name().toLowerCase(Locale.ROOT),
            h.matched().text(), h.matched().lang(), TermCommand.status(h.matched()),
            c.subjectField() == null ? "" : "  · " + c.subjectField());
        for (String l : langs) out.printf("  %-3s %s%n", l, TermCommand.render(tb, c, l));
        if (c.definition() != null) out.printf("  def %s%n", c.definition());
        out.println();
    }
}
