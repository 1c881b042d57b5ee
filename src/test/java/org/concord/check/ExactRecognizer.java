package org.concord.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;
import org.concord.term.TermRecognizer;

/**
 * Test double: finds terms by case-insensitive literal match (longest first, no overlaps). The checks' own logic is
 * tested with it; inflected forms are tested with the termbase engine's recognizer.
 */
final class ExactRecognizer implements TermRecognizer {
    private final List<Concept> concepts;

    ExactRecognizer(List<Concept> concepts) {
        this.concepts = concepts;
    }

    @Override
    public List<TermOccurrence> find(String text, String lang) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<TermOccurrence> all = new ArrayList<>();
        for (Concept c : concepts) {
            for (Term t : c.terms(lang)) {
                String needle = t.text().toLowerCase(Locale.ROOT);
                for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
                    all.add(new TermOccurrence(c, t, i, i + needle.length()));
                }
            }
        }
        all.sort(Comparator.comparingInt((TermOccurrence o) -> o.end() - o.start()).reversed());
        List<TermOccurrence> kept = new ArrayList<>();
        for (TermOccurrence o : all) {
            if (kept.stream().noneMatch(k -> k.start() < o.end() && o.start() < k.end())) kept.add(o);
        }
        kept.sort(Comparator.comparingInt(TermOccurrence::start));
        return kept;
    }
}
