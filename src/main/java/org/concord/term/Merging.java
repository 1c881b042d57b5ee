package org.concord.term;

import java.util.ArrayList;
import java.util.List;

/** Union of a stored concept entry and an incoming one: nothing stored is lost, what is new is added. */
final class Merging {
    private Merging() {}

    static Entry merge(Entry stored, Entry incoming, String today) {
        List<Section> sections = new ArrayList<>();
        for (Section s : stored.sections()) {
            Section in = incoming.sections().stream().filter(x -> x.lang().equals(s.lang())).findFirst().orElse(null);
            sections.add(in == null ? s : merge(s, in, today));
        }
        for (Section in : incoming.sections()) {
            if (stored.sections().stream().noneMatch(x -> x.lang().equals(in.lang()))) sections.add(in);
        }
        return new Entry(stored.id(), min(stored.created(), incoming.created()), today, union(stored.info(), incoming.info()), sections);
    }

    private static Section merge(Section stored, Section incoming, String today) {
        List<TermEntry> terms = new ArrayList<>();
        for (TermEntry t : stored.terms()) {
            TermEntry in = incoming.terms().stream().filter(x -> x.text().equals(t.text())).findFirst().orElse(null);
            terms.add(in == null ? t : new TermEntry(t.id() != null ? t.id() : in.id(), t.text(),
                t.status() != null ? t.status() : in.status(),
                t.partOfSpeech() != null ? t.partOfSpeech() : in.partOfSpeech(),
                t.termType() != null ? t.termType() : in.termType(), t.created(), today, union(t.info(), in.info())));
        }
        for (TermEntry in : incoming.terms()) {
            if (stored.terms().stream().noneMatch(x -> x.text().equals(in.text()))) terms.add(in);
        }
        return new Section(stored.lang(), stored.created(), today, union(stored.info(), incoming.info()), terms);
    }

    private static List<Info> union(List<Info> a, List<Info> b) {
        List<Info> out = new ArrayList<>(a);
        for (Info i : b) if (!out.contains(i)) out.add(i);
        return out;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
