package org.concord.cli;

import org.concord.store.DbLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.Languages;
import org.concord.read.Document;
import org.concord.read.Documents;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;
import org.concord.term.TermRecognizer;
import org.concord.term.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "find", mixinStandardHelpOptions = true,
    description = {"List, sentence by sentence, the termbase terms a text contains (inflected forms too) with their "
        + "standard renderings.", "Exit 0 when terms are found, 1 when none are."})
final class TermFindCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The text (UTF-8); '-' reads standard input.")
    String file;

    @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the text.")
    String lang;

    @Option(names = "--to", paramLabel = "L", split = ",", description = "Languages to show renderings in (default: the other five).")
    List<String> to;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Option(names = "--db", paramLabel = DbOption.LABEL, defaultValue = DbOption.DEFAULT, converter = DbOption.Converter.class,
        description = TermCommand.DB_HELP)
    DbLocation db;

    @Override
    public Integer call() throws IOException {
        String source = Languages.require(lang);
        List<String> targets = to == null ? Languages.OFFICIAL.stream().filter(l -> !l.equals(source)).toList()
            : TermCommand.languages(to);
        Document doc = file.equals("-") ? Documents.readStdin(System.in, source) : Documents.read(Path.of(file), source);
        doc.warnings().forEach(w -> spec.commandLine().getErr().println("concord: warning: " + w));
        PrintWriter out = spec.commandLine().getOut();
        int found = 0;
        try (Termbase tb = TermCommand.read(db)) {
            TermRecognizer recognizer = tb.recognizer();
            List<Map<String, Object>> rows = new ArrayList<>();
            int number = 0;
            for (Sentence s : Segmenter.forLanguage(source).segment(doc)) {
                number++;
                List<TermOccurrence> occ = recognizer.find(s.text(), source);
                if (occ.isEmpty()) continue;
                found += occ.size();
                if (json) rows.add(json(tb, number, s, occ, targets));
                else print(tb, number, s, occ, targets, out);
            }
            if (json) out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            else if (found == 0) out.println("no termbase terms found");
        }
        out.flush();
        return found > 0 ? 0 : 1;
    }

    private void print(Termbase tb, int number, Sentence s, List<TermOccurrence> occ, List<String> targets, PrintWriter out) {
        out.printf("%d  %s%n", number, s.text());
        for (TermOccurrence o : occ) {
            Term t = o.term();
            String seen = s.text().substring(o.start(), o.end());
            StringBuilder line = new StringBuilder("   · ").append(seen);
            if (!seen.equals(t.text())) line.append(" [").append(t.text()).append(']');
            if (!t.status().approved()) {
                line.append("  ").append(TermCommand.status(t).toUpperCase(java.util.Locale.ROOT));
                o.concept().preferred(t.lang()).ifPresent(p -> line.append(" → use ").append(p.text()));
            }
            out.println(line);
            for (String l : targets) {
                String r = o.concept().preferred(l).map(Term::text).orElse("—");
                out.printf("       %-3s %s%n", l, r);
            }
        }
        out.println();
    }

    private Map<String, Object> json(Termbase tb, int number, Sentence s, List<TermOccurrence> occ, List<String> targets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentence", number);
        m.put("paragraph", s.paragraph());
        m.put("text", s.text());
        List<Map<String, Object>> terms = new ArrayList<>();
        for (TermOccurrence o : occ) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("start", o.start());
            t.put("end", o.end());
            t.put("found", s.text().substring(o.start(), o.end()));
            t.put("term", TermCommand.json(tb, o.concept(), o.term()));
            Map<String, Object> renderings = new LinkedHashMap<>();
            for (String l : targets) renderings.put(l, o.concept().preferred(l).map(Term::text).orElse(null));
            t.put("concept", o.concept().id());
            t.put("renderings", renderings);
            terms.add(t);
        }
        m.put("terms", terms);
        return m;
    }
}
