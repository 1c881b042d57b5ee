package org.concord.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Repeated segments translated differently. One class, two checks: the same source with different targets, and the
 * same target with different sources. Texts are compared with white space collapsed; the most frequent partner is
 * taken as the reference and every other one is reported.
 */
final class SegmentConsistencyCheck implements Check {

    private final String id;
    private final Severity severity;
    private final String description;
    private final Function<SegmentPair, String> key;
    private final Function<SegmentPair, String> partner;
    private final String partnerName;

    private SegmentConsistencyCheck(String id, Severity severity, String description, Function<SegmentPair, String> key,
                                    Function<SegmentPair, String> partner, String partnerName) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.key = key;
        this.partner = partner;
        this.partnerName = partnerName;
    }

    static SegmentConsistencyCheck sameSource() {
        return new SegmentConsistencyCheck("segment-inconsistent-target", Severity.WARNING,
            "The same source sentence is translated in different ways.", SegmentPair::source, SegmentPair::target, "translated");
    }

    static SegmentConsistencyCheck sameTarget() {
        return new SegmentConsistencyCheck("segment-inconsistent-source", Severity.INFO,
            "The same translation is given for different source sentences.", SegmentPair::target, SegmentPair::source,
            "the translation of");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Finding> check(List<AnalysedPair> pairs) {
        Map<String, Map<String, List<AnalysedPair>>> groups = new LinkedHashMap<>();
        // Texts normalised and keyed in parallel (null: the pair is not compared), grouped in order.
        List<String[]> texts = pairs.parallelStream().map(p -> {
            String k = normalise(key.apply(p.pair()));
            String other = normalise(partner.apply(p.pair()));
            if (!hasLetters(k) || other.isEmpty()) return null;
            return new String[] {p.pair().srcLang() + "\t" + p.pair().tgtLang() + "\t" + k, other};
        }).toList();
        for (int i = 0; i < pairs.size(); i++) {
            String[] t = texts.get(i);
            if (t == null) continue;
            groups.computeIfAbsent(t[0], x -> new LinkedHashMap<>()).computeIfAbsent(t[1], x -> new ArrayList<>()).add(pairs.get(i));
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<AnalysedPair>> variants : groups.values()) {
            if (variants.size() < 2) continue;
            String reference = variants.entrySet().stream().max((a, b) -> a.getValue().size() - b.getValue().size())
                .orElseThrow().getKey();
            String refText = partner.apply(variants.get(reference).get(0).pair());
            String refId = variants.get(reference).get(0).pair().id();
            for (var e : variants.entrySet()) {
                if (e.getKey().equals(reference)) continue;
                for (AnalysedPair p : e.getValue()) {
                    out.add(finding(p, List.of(), List.of(),
                        "Elsewhere (" + refId + ") this is " + partnerName + ": \u201c" + refText + "\u201d", List.of(refText)));
                }
            }
        }
        return out;
    }

    static String normalise(String s) {
        if (normalised(s)) return s; // most texts: nothing to change, no copy
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code s} has single spaces only, none at either end, and no other white space. */
    private static boolean normalised(String s) {
        char previous = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? previous == ' ' : c == '\u00A0' || c <= ' ' || c > '\u007f' && Character.isWhitespace(c)) return false;
            previous = c;
        }
        return previous != ' ' || s.isEmpty();
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
