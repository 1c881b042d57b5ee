package org.concord.align;

import java.util.ArrayList;
import java.util.List;
import org.concord.term.Concept;
import org.concord.term.Term;

/**
 * A bilingual dictionary of word or phrase pairs the aligner treats as lexical anchors: a sentence pair in which
 * both sides of an entry occur is more likely to be a translation. Built from a termbase or learned from a first
 * alignment pass.
 */
public interface Lexicon {

    /** One pair: a source phrase and one of its renderings. */
    record Entry(String source, String target) {}

    List<Entry> entries();

    static Lexicon of(List<Entry> entries) {
        List<Entry> copy = List.copyOf(entries);
        return () -> copy;
    }

    static Lexicon empty() {
        return List::of;
    }

    /**
     * Every approved source term of each concept paired with every approved target term of the same concept; deprecated
     * and superseded terms are left out, since a translation should not be using them.
     */
    static Lexicon fromConcepts(List<Concept> concepts, String srcLang, String tgtLang) {
        List<Entry> entries = new ArrayList<>();
        for (Concept c : concepts) {
            for (Term s : c.terms(srcLang)) {
                if (!s.status().approved()) continue;
                for (Term t : c.terms(tgtLang)) {
                    if (t.status().approved()) entries.add(new Entry(s.text(), t.text()));
                }
            }
        }
        return of(entries);
    }
}
