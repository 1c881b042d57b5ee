package org.concord.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.store.DbLocation;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "term", mixinStandardHelpOptions = true,
    description = "The termbase: import and export TBX or CSV, look terms up, find them in a text.",
    subcommands = {TermImportCommand.class, TermExportCommand.class, TermLookupCommand.class, TermFindCommand.class})
final class TermCommand implements Runnable {
    static final String DB_HELP = "Termbase: a Concord database; lookup, find and export also read a TBX or CSV file directly."
        + DbOption.FORMS;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The termbase a reading command uses; a missing file is bad input, not an empty termbase. */
    static Termbase read(DbLocation db) {
        if (db.isFile() && !Files.exists(db.file())) {
            throw new InputException(db + ": no termbase here; create one with 'concord term import FILE --db " + db + "'");
        }
        return db.isFile() ? Termbase.load(db.file()) : Termbase.load(db);
    }

    /** "--to fr,es" → [fr, es]; none → the six official languages. */
    static List<String> languages(List<String> to) {
        if (to == null || to.isEmpty()) return Languages.OFFICIAL;
        return to.stream().map(Languages::require).distinct().toList();
    }

    /** One language of a concept: "armas de destrucción en masa (preferred); armas de destrucción masiva (deprecated → …)". */
    static String render(Termbase tb, Concept c, String lang) {
        List<String> parts = new ArrayList<>();
        String preferred = c.preferred(lang).map(Term::text).orElse(null);
        for (Term t : c.terms(lang)) {
            StringBuilder sb = new StringBuilder(t.text()).append(" (").append(status(t));
            if (t.termType() != null && !t.termType().equals("fullForm")) sb.append(", ").append(t.termType());
            List<String> full = tb.fullForms(c, t);
            if (!full.isEmpty()) sb.append(" of ").append(String.join(" / ", full));
            if (!t.status().approved() && preferred != null) sb.append(" → use ").append(preferred);
            parts.add(sb.append(')').toString());
        }
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }

    static String status(Term t) {
        return t.status().name().toLowerCase(Locale.ROOT);
    }

    /** A concept's terms per language, for --json. */
    static Map<String, Object> json(Termbase tb, Concept c, List<String> langs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("subjectField", c.subjectField());
        m.put("definition", c.definition());
        Map<String, Object> byLang = new LinkedHashMap<>();
        for (String l : langs) {
            List<Map<String, Object>> terms = new ArrayList<>();
            for (Term t : c.terms(l)) terms.add(json(tb, c, t));
            byLang.put(l, terms);
        }
        m.put("languages", byLang);
        return m;
    }

    static Map<String, Object> json(Termbase tb, Concept c, Term t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", t.lang());
        m.put("text", t.text());
        m.put("status", status(t));
        if (t.partOfSpeech() != null) m.put("partOfSpeech", t.partOfSpeech());
        if (t.termType() != null) m.put("termType", t.termType());
        List<String> full = tb.fullForms(c, t);
        if (!full.isEmpty()) m.put("fullForms", full);
        if (!t.status().approved()) c.preferred(t.lang()).ifPresent(p -> m.put("use", p.text()));
        return m;
    }
}
