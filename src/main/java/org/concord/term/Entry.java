package org.concord.term;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A concept entry as stored and exchanged: everything TBX-Basic carries, in its three levels. */
record Entry(String id, String created, String modified, List<Info> info, List<Section> sections) {

    Entry {
        info = List.copyOf(info);
        sections = List.copyOf(sections);
    }

    String subjectField() {
        return first(info, "descrip", "subjectField");
    }

    /** The concept-level definition, else the English one, else the first language's. */
    String definition() {
        String d = first(info, "descrip", "definition");
        if (d != null) return d;
        for (Section s : sections) {
            if (s.lang().equals("en") && (d = first(s.info(), "descrip", "definition")) != null) return d;
        }
        for (Section s : sections) {
            if ((d = first(s.info(), "descrip", "definition")) != null) return d;
        }
        return null;
    }

    String note() {
        return joined(info.stream().filter(i -> i.is("note", null)).map(i -> i.head().value()).toList());
    }

    /** Sources of the concept and of its definitions (document symbols, references). */
    String source() {
        List<String> out = new ArrayList<>();
        for (Info i : info) {
            if (i.is("admin", "source")) out.add(i.head().value());
            if (i.isGroup()) {
                i.children().stream().filter(c -> c.element().equals("admin") && "source".equals(c.type()))
                    .forEach(c -> out.add(c.value()));
            }
        }
        return joined(out.stream().distinct().toList());
    }

    /** True when both carry the same data, whatever their creation and modification dates. */
    boolean sameContentAs(Entry other) {
        return info.equals(other.info) && undated(sections).equals(undated(other.sections));
    }

    private static List<Section> undated(List<Section> sections) {
        return sections.stream().map(s -> new Section(s.lang(), null, null, s.info(), s.terms().stream()
            .map(t -> new TermEntry(t.id(), t.text(), t.status(), t.partOfSpeech(), t.termType(), null, null, t.info()))
            .toList())).toList();
    }

    Concept toConcept() {
        List<Term> terms = new ArrayList<>();
        for (Section s : sections) {
            for (TermEntry t : s.terms()) terms.add(t.toTerm(s.lang()));
        }
        return new Concept(id, subjectField(), definition(), note(), source(), terms);
    }

    static String first(List<Info> info, String element, String type) {
        return info.stream().filter(i -> i.is(element, type)).map(i -> i.head().value()).findFirst().orElse(null);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining("; "));
    }
}
