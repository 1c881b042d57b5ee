package org.concord.check;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Candidate c of the leave-one-out harness, dropped: it recovers at most 1 of the 279 held-out acceptances and loses
 * injected errors. A rendering of two or more content words with one of them in a derived form of the same root (a
 * noun for a noun, an adjective for the noun): the others there, close together, and the derived word beginning with
 * the rendering word's first {@code root} letters and going on with an ending of two letters or more of its own; a
 * misspelling ({@link Misspellings}) is no derivation.
 */
final class DerivedWordCandidate implements UsageRule {
    static final String ID = "derived-word";
    /** Letters of a common beginning that show one root. */
    static final int ROOT = 5;
    /** Words beyond the rendering's length that may stand between its words, as {@link LooseRendering#spread} allows. */
    private static final int SLACK = 4;

    private final int root;

    DerivedWordCandidate(int root) {
        this.root = root;
    }

    DerivedWordCandidate() {
        this(ROOT);
    }

    public String id() {
        return ID;
    }

    public String reason() {
        return "every content word of a rendering is there, close together, one of them in a derived form of the same root (\"armamento\" for \"armas\")";
    }

    public boolean accepts(TermAnalysis a, org.concord.term.TermOccurrence o) {
        String lang = a.tgtLang();
        if (lang.equals("zh")) return false;
        LooseRendering.Target target = a.target();
        for (String r : a.approved(o.concept())) {
            LooseRendering.Rendering rr = LooseRendering.rendering(r, lang);
            List<LooseRendering.Slot> content = rr.slots().stream().filter(LooseRendering.Slot::content).toList();
            if (content.size() < 2) continue;
            int window = rr.length() + SLACK;
            for (int i = 0; i < target.size(); i++) {
                boolean anchor = false;
                for (LooseRendering.Slot s : content) anchor |= LooseRendering.matches(target, i, s.word());
                if (anchor && derivedAround(target, content, Math.max(0, i - window), Math.min(target.size(), i + window + 1), lang)) return true;
            }
        }
        return false;
    }

    /** Whether each content word is in [from, to), matched or (one of them only) derived, each at a word of its own. */
    private boolean derivedAround(LooseRendering.Target target, List<LooseRendering.Slot> content, int from, int to, String lang) {
        BitSet used = new BitSet();
        int derived = 0;
        for (LooseRendering.Slot s : content) {
            int at = -1;
            for (int j = from; j < to && at < 0; j++) if (!used.get(j) && LooseRendering.matches(target, j, s.word())) at = j;
            if (at < 0) {
                for (int j = from; j < to && at < 0; j++) if (!used.get(j) && !target.function()[j] && derived(s.surface(), target.written(j), lang)) at = j;
                if (at < 0) return false;
                derived++;
            }
            used.set(at);
        }
        return derived == 1;
    }

    /** Whether {@code written} is a derived form of the rendering's {@code word}: same root, an ending of its own, no slip. */
    boolean derived(String word, String written, String lang) {
        String a = bare(word.toLowerCase(Locale.ROOT), lang);
        String b = bare(written.toLowerCase(Locale.ROOT), lang);
        int n = Math.min(a.length(), b.length());
        int common = 0;
        while (common < n && a.charAt(common) == b.charAt(common)) common++;
        if (common < root || b.length() - common < 2) return false;
        return !Misspellings.typo(word, written) && !Misspellings.slip(word, written, lang);
    }

    /** An Arabic word without the article or a proclitic before it. */
    private static String bare(String w, String lang) {
        if (!lang.equals("ar")) return w;
        for (String p : List.of("وال", "بال", "فال", "كال", "لل", "ال")) if (w.startsWith(p) && w.length() - p.length() >= 3) return w.substring(p.length());
        return w;
    }
}
