package org.concord.check;

import java.util.List;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * Candidate a of the leave-one-out harness, dropped: it recovers none of the 279 held-out acceptances (the 9 near
 * misses among them included), and below t 0.5 lets injected confusables through. A near miss whose differing word
 * translates the source word it stands for would be a synonym the termbase lacks, not a wrong word: of the English
 * words of the source sentence, the one the differing word translates best must be a word of the term, with t at least
 * the threshold, and no other word of the rendering may translate it too.
 */
final class TranslatedSynonymCandidate implements UsageRule {
    static final String ID = "translated-synonym";
    static final double THRESHOLD = 0.5;

    private final WordTranslations table;
    private final double threshold;

    TranslatedSynonymCandidate(WordTranslations table, double threshold) {
        this.table = table;
        this.threshold = threshold;
    }

    TranslatedSynonymCandidate() {
        this(null, THRESHOLD);
    }

    public String id() {
        return ID;
    }

    public String reason() {
        return "the word that differs from the rendering translates the source term's word it stands for (word-translations.txt): a synonym, not a wrong word";
    }

    @Override
    public boolean judgesNearMiss() {
        return true;
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        NearMiss.Found near = a.nearMiss();
        if (near == null || near.kind() != NearMiss.Kind.SUBSTITUTED) return false;
        WordTranslations t = table != null ? table : WordTranslations.shipped();
        String lang = a.tgtLang();
        String written = writtenKey(a, near);
        if (written == null) return false;
        // The source word the differing word translates best, of the whole sentence: it must lie in the term.
        List<Token> src = a.sourceWords();
        String[] srcKeys = WordTranslations.keys(src, a.source(), a.srcLang());
        String best = null;
        double bestP = 0;
        boolean bestInTerm = false;
        for (int i = 0; i < src.size(); i++) {
            if (srcKeys[i] == null) continue;
            double p = t.p(lang, srcKeys[i], written);
            boolean inTerm = src.get(i).start() >= o.start() && src.get(i).end() <= o.end();
            if (p > bestP || p == bestP && p > 0 && inTerm && !bestInTerm) {
                best = srcKeys[i];
                bestP = p;
                bestInTerm = inTerm;
            }
        }
        if (best == null || !bestInTerm || bestP < threshold) return false;
        // ... and the rendering has no other word for it: else the differing word repeats a word of the rendering's.
        List<Token> words = TextAnalyzer.forLanguage(lang).tokens(near.rendering());
        String[] keys = WordTranslations.keys(words, near.rendering(), lang);
        for (int i = 0; i < words.size(); i++) {
            if (keys[i] == null) continue;
            if (near.rendering().substring(words.get(i).start(), words.get(i).end()).equals(near.expected())) continue;
            if (t.p(lang, best, keys[i]) >= threshold) return false;
        }
        return true;
    }

    /** The differing word's key, as the table keys words; null when it is no content word of the target. */
    private static String writtenKey(TermAnalysis a, NearMiss.Found near) {
        List<Token> tokens = a.target().tokens();
        String[] keys = WordTranslations.keys(tokens, a.pair().target(), a.tgtLang());
        for (int j = 0; j < tokens.size(); j++) if (tokens.get(j).start() == near.span().start()) return keys[j];
        return null;
    }
}
