package org.concord.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;
import org.concord.term.TermRecognizer;

/**
 * Makes a copy of a corpus with one known error in every pair where one can be made: the target rendering of a source
 * term replaced by the concept's deprecated rendering, the rendering deleted, or a number changed.
 */
final class Injector {

    enum Kind {
        DEPRECATED("deprecated"), DELETED("deleted"), NUMBER("number"),
        /** A content word of the rendering replaced by a near-synonym or confusable from confusables.txt. */
        CONFUSABLE("sub:confusable"),
        /** A content word of the rendering replaced by a content word of another concept's rendering. */
        OTHER_CONCEPT("sub:other-term"),
        /** A content word of the rendering with a one-letter typo (a letter changed, dropped, or two swapped). */
        TYPO("sub:typo");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One injected error: the pair, its kind, the source span that should be reported, and the changed target span. */
    record Error(String pairId, Kind kind, Span source, Span target, String what) {
        boolean detectedBy(List<Finding> findings) {
            return findings.stream().anyMatch(f -> f.pairId().equals(pairId) && switch (kind) {
                case DEPRECATED -> f.checkId().equals("term-deprecated") && f.targetSpans().stream().anyMatch(s -> s.start() == target.start());
                case DELETED -> (f.checkId().equals("term-missing") || f.checkId().equals("term-wrong-word")) && f.sourceSpans().contains(source)
                    || f.checkId().equals("target-empty");
                case NUMBER -> f.checkId().equals("number-mismatch");
                case CONFUSABLE, OTHER_CONCEPT, TYPO -> (f.checkId().equals("term-wrong-word") || f.checkId().equals("term-missing"))
                    && f.sourceSpans().contains(source);
            });
        }

        /** Found as a wrong word, with the word that differs pointed at. */
        boolean detectedAsWrongWord(List<Finding> findings) {
            return findings.stream().anyMatch(f -> f.pairId().equals(pairId) && f.checkId().equals("term-wrong-word")
                && f.sourceSpans().contains(source) && f.targetSpans().stream().anyMatch(s -> s.start() < target.end() && target.start() < s.end()));
        }

        boolean detectedByOkapi(List<OkapiTermCheck.OkapiIssue> issues) {
            return issues.stream().anyMatch(i -> i.pairId().equals(pairId)
                && i.sourceStart() < source.end() && source.start() < i.sourceEnd());
        }
    }

    record Result(List<SegmentPair> pairs, List<Error> errors) {}

    private final TermRecognizer recognizer;
    private final String lang;
    private final Substitutions substitutions;

    Injector(TermRecognizer recognizer, String lang, List<org.concord.term.Concept> concepts) {
        this.recognizer = recognizer;
        this.lang = lang;
        this.substitutions = new Substitutions(lang, concepts);
    }

    boolean substitution(Kind kind) {
        return kind == Kind.CONFUSABLE || kind == Kind.OTHER_CONCEPT || kind == Kind.TYPO;
    }

    Result inject(List<SegmentPair> official, Kind kind) {
        List<SegmentPair> pairs = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        for (SegmentPair p : official) {
            Injected i = kind == Kind.NUMBER ? number(p) : term(p, kind);
            if (i == null) {
                pairs.add(p);
            } else {
                pairs.add(new SegmentPair(p.id(), p.srcLang(), p.source(), p.tgtLang(), i.target(), p.document()));
                errors.add(i.error());
            }
        }
        return new Result(pairs, errors);
    }

    private record Injected(String target, Error error) {}

    /** The first source term whose concept occurs exactly once in the target with an approved rendering. */
    private Injected term(SegmentPair p, Kind kind) {
        List<TermOccurrence> src = recognizer.find(p.source(), p.srcLang());
        List<TermOccurrence> tgt = recognizer.find(p.target(), lang);
        for (TermOccurrence s : src) {
            if (!CheckBenchmark.isOccurrence(p.source(), s)) continue;
            List<TermOccurrence> rendered = tgt.stream().filter(t -> t.concept().id().equals(s.concept().id())).toList();
            if (rendered.size() != 1 || !rendered.get(0).term().status().approved()) continue;
            if (src.stream().filter(o -> o.concept().id().equals(s.concept().id())).count() != 1) continue;
            TermOccurrence t = rendered.get(0);
            Span srcSpan = new Span(s.start(), s.end());
            if (substitution(kind)) {
                Substitutions.Change c = substitutions.change(p.target(), t, s.concept(), kind, Integer.parseInt(p.id().substring(1)));
                if (c == null) continue;
                String target = p.target().substring(0, c.start()) + c.word() + p.target().substring(c.end());
                return new Injected(target, new Error(p.id(), kind, srcSpan, new Span(c.start(), c.start() + c.word().length()),
                    "'" + p.target().substring(c.start(), c.end()) + "' -> '" + c.word() + "' in '" + p.target().substring(t.start(), t.end()) + "'"));
            }
            if (kind == Kind.DELETED) {
                String target = p.target().substring(0, t.start()) + p.target().substring(t.end());
                return new Injected(target, new Error(p.id(), kind, srcSpan, new Span(t.start(), t.start()),
                    "deleted '" + p.target().substring(t.start(), t.end()) + "'"));
            }
            Term deprecated = s.concept().terms(lang).stream().filter(x -> !x.status().approved()).findFirst().orElse(null);
            if (deprecated == null) continue;
            String target = p.target().substring(0, t.start()) + deprecated.text() + p.target().substring(t.end());
            return new Injected(target, new Error(p.id(), kind, srcSpan, new Span(t.start(), t.start() + deprecated.text().length()),
                "'" + p.target().substring(t.start(), t.end()) + "' -> '" + deprecated.text() + "'"));
        }
        return null;
    }

    /** The first number written with digits on both sides, its last digit changed to one the source does not have. */
    private Injected number(SegmentPair p) {
        Map<String, List<Span>> src = NumberCheck.values(p.source(), p.srcLang());
        Map<String, List<Span>> tgt = NumberCheck.values(p.target(), lang);
        for (var e : tgt.entrySet()) {
            if (!src.containsKey(e.getKey())) continue;
            Span at = e.getValue().get(0);
            String written = p.target().substring(at.start(), at.end());
            int last = lastDigit(written);
            if (last < 0) continue;
            for (int d = 1; d <= 9; d++) {
                char old = written.charAt(last);
                int value = Character.digit(old, 10);
                char changed = (char) (old + ((value + d) % 10 - value));
                String number = written.substring(0, last) + changed + written.substring(last + 1);
                if (src.containsKey(NumberCheck.key(Digits.fold(number)))) continue;
                String target = p.target().substring(0, at.start()) + number + p.target().substring(at.end());
                return new Injected(target, new Error(p.id(), Kind.NUMBER, at, at, "'" + written + "' -> '" + number + "'"));
            }
        }
        return null;
    }

    private static int lastDigit(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if (Character.isDigit(s.charAt(i))) return i;
        return -1;
    }
}
