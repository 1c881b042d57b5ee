package org.concord.check;

import java.util.BitSet;
import java.util.List;
import org.concord.term.TermOccurrence;

/**
 * Where a target holds an approved rendering with one content word wrong: "Consejo General" for "Consejo de
 * Seguridad", "Tratado de Prohibición Parcial de los Ensayos Nucleares" for "… Completa …", "Consejo de Securidad",
 * "Совет по безопасности" for "Совет Безопасности". Nothing here knows which words are confusable: any content word in
 * the place of one of the rendering's, the others all there in order, is a near miss.
 *
 * <p>The search goes in three steps, one class each: {@link WordAlignment} aligns the rendering's words with a run of
 * target words, each content word matched through its inflections (as {@link LooseRendering} matches them) or replaced
 * by one other content word, function words free to differ (an article, "de"/"del") and, beside a capitalised
 * replacement ("Consejo General") or none, to be added or left out; {@link DifferingWord} reads the cheapest alignment
 * back to the one content word that differs and decides whether it is a wrong rendering or another phrase. A
 * replacement must be written as the word it replaces is (capitalised or not; in Arabic with the article or without):
 * "le Conseil adopte" is the Council's short name and a verb, not a wrong name. A rendering word the termbase
 * capitalises, written in lower case next to an added word ("Совет по безопасности"), differs too. One-word renderings
 * can only be misspelt ({@link Misspellings}); Chinese, written without spaces, is compared by characters ({@link
 * HanNearMiss}).
 */
final class NearMiss {
    /** What differs. */
    enum Kind {
        /** Another word in the place of the rendering's. */
        SUBSTITUTED,
        /** The rendering's word with a letter or two wrong. */
        MISSPELT,
        /** The rendering's capitalised word in lower case, with a word added: another name. */
        LOWERCASED
    }

    /** A near miss: the target span of the differing word, the word written there and the rendering's word it stands for. */
    record Found(Span span, String written, String expected, String rendering, Kind kind, Span window) {
        Found(Span span, String written, String expected, String rendering, Kind kind) {
            this(span, written, expected, rendering, kind, span);
        }

        Found within(Span w) {
            return new Found(span, written, expected, rendering, kind, w);
        }

        String describe() {
            return switch (kind) {
                case SUBSTITUTED -> "'" + written + "' where the termbase has '" + expected + "'";
                case MISSPELT -> "'" + written + "' is misspelt: the termbase has '" + expected + "'";
                case LOWERCASED -> "'" + written + "' where the termbase has '" + expected + "' (another name)";
            };
        }
    }

    /** Marks an alignment that found the rendering itself, its words in order. */
    static final Found EXACT = new Found(new Span(0, 0), "", "", "", Kind.SUBSTITUTED);

    private NearMiss() {}

    /** The first near miss of {@code rendering} in the target, or null; spans of {@code targetTerms} are not looked into. */
    static Found find(LooseRendering.Target target, String rendering, String lang, List<TermOccurrence> targetTerms) {
        return find(target, rendering, lang, targetTerms, false);
    }

    /**
     * As {@link #find(LooseRendering.Target, String, String, List)}; {@code name} says the source term is a name
     * ("General Assembly"), which in a script without capitals (Arabic) stands in for the capitals that mark one.
     */
    static Found find(LooseRendering.Target target, String rendering, String lang, List<TermOccurrence> targetTerms, boolean name) {
        if (lang.equals("zh")) return HanNearMiss.find(target.text(), rendering, targetTerms);
        LooseRendering.Rendering r = LooseRendering.rendering(rendering, lang);
        List<LooseRendering.Slot> slots = r.slots();
        if (r.words().size() == 1) return Misspellings.misspeltWord(target, rendering, slots, lang, targetTerms);
        if (r.words().size() < 2) return null;
        int n = slots.size();
        int m = target.size();
        // Where each content word of the rendering is: a near miss has at least one of them (most renderings have none
        // in a given sentence, and the alignment is then not needed).
        BitSet[] at = new BitSet[n];
        BitSet any = new BitSet(m);
        for (int i = 0; i < n; i++) {
            if (!slots.get(i).content()) continue;
            BitSet c = target.candidates(slots.get(i).word());
            for (int j = c.nextSetBit(0); j >= 0; j = c.nextSetBit(j + 1)) if (!LooseRendering.matches(target, j, slots.get(i).word())) c.clear(j);
            at[i] = c;
            any.or(c);
        }
        if (any.isEmpty()) return null;
        WordAlignment alignment = new WordAlignment(slots, at, target, rendering, lang, name, targetTerms);
        // Align only around the words found: a band of the rendering's length either side of each (merged).
        Found first = null;
        int p = any.nextSetBit(0);
        while (p >= 0) {
            int from = Math.max(0, p - n - 1);
            int to = Math.min(m, p + n + 2);
            int q = any.nextSetBit(p + 1);
            while (q >= 0 && q - n - 1 <= to) {
                to = Math.min(m, q + n + 2);
                q = any.nextSetBit(q + 1);
            }
            Found f = alignment.nearMiss(from, to);
            if (f == EXACT) return null;
            if (first == null) first = f;
            p = q;
        }
        return first;
    }

    /**
     * Whether {@code span} lies within a longer recognised target term: the words render another concept ("Consejo de
     * Derechos Humanos" beside "Consejo de Seguridad"). A term that is the differing word alone ("Consejo de Desarme")
     * is a wrong word like any other.
     */
    static boolean insideTerm(Span span, List<TermOccurrence> targetTerms) {
        for (TermOccurrence o : targetTerms) {
            if (o.start() <= span.start() && span.end() <= o.end() && (o.start() < span.start() || span.end() < o.end())) return true;
        }
        return false;
    }
}
