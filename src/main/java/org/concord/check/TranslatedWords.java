package org.concord.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * The target renders a source term of two or more content words in other words that translate it word for word: each content word of the term
 * has a strong translation in official UN text ({@link WordTranslations}, t ≥ {@link #THRESHOLD}) among the target's
 * words, one of its own each, close together, outside other concepts' renderings. A paraphrase, not a term left out.
 * A confusable or another concept's word is no translation of the word it replaces, so a wrong rendering is still
 * reported.
 */
final class TranslatedWords implements UsageRule {
    static final String ID = "translated-words";
    /** Only translations the tuning lines make near certain: lower ones excuse injected errors (LeaveOneOutBenchmark). */
    static final double THRESHOLD = 0.5;
    /** Words besides the term's own that may stand between its translations. */
    private static final int SLACK = 2;

    private final WordTranslations table;

    TranslatedWords(WordTranslations table) {
        this.table = table;
    }

    TranslatedWords() {
        this(null);
    }

    public String id() {
        return ID;
    }

    public String reason() {
        return "each content word of the source term has a translation of its own close together in the target (word-translations.txt): a paraphrase";
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        WordTranslations t = table != null ? table : WordTranslations.shipped();
        Set<String> english = new LinkedHashSet<>();
        List<Token> src = a.sourceWords();
        String[] srcKeys = WordTranslations.keys(src, a.source(), a.srcLang());
        for (int i = 0; i < src.size(); i++) {
            if (srcKeys[i] != null && src.get(i).start() >= o.start() && src.get(i).end() <= o.end()) english.add(srcKeys[i]);
        }
        // A one-word term translated by one word is its head alone ("المكتب" for UNODC, "ADM" for WMD): the short-form
        // rules judge that, by what the source and document say, not this table.
        if (english.size() < 2) return false;
        List<Token> tokens = a.target().tokens();
        String[] tgtKeys = WordTranslations.keys(tokens, a.pair().target(), a.tgtLang());
        BitSet taken = new BitSet();
        for (TermOccurrence other : a.pair().targetTerms()) {
            if (other.concept().id().equals(o.concept().id())) continue;
            for (int j = 0; j < tokens.size(); j++) if (tokens.get(j).start() >= other.start() && tokens.get(j).end() <= other.end()) taken.set(j);
        }
        List<BitSet> at = new ArrayList<>(english.size());
        BitSet any = new BitSet();
        for (String e : english) {
            BitSet b = new BitSet();
            for (int j = 0; j < tokens.size(); j++) {
                if (tgtKeys[j] != null && !taken.get(j) && t.p(a.tgtLang(), e, tgtKeys[j]) >= THRESHOLD) b.set(j);
            }
            if (b.isEmpty()) return false;
            at.add(b);
            any.or(b);
        }
        int window = english.size() + SLACK;
        for (int i = any.nextSetBit(0); i >= 0; i = any.nextSetBit(i + 1)) {
            if (ownWords(at, 0, Math.max(0, i - window), i + window, new BitSet())) return true;
        }
        return false;
    }

    /** Whether the English words from the {@code k}th on each have a target word of their own in [from, to]. */
    static boolean ownWords(List<BitSet> at, int k, int from, int to, BitSet used) {
        if (k == at.size()) return true;
        BitSet b = at.get(k);
        for (int j = b.nextSetBit(from); j >= 0 && j <= to; j = b.nextSetBit(j + 1)) {
            if (used.get(j)) continue;
            used.set(j);
            boolean ok = ownWords(at, k + 1, from, to, used);
            used.clear(j);
            if (ok) return true;
        }
        return false;
    }
}
