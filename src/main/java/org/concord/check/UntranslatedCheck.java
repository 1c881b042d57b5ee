package org.concord.check;

import java.util.List;
import java.util.Set;

/**
 * The target is the source copied over, or – for a target language with its own script – mostly in Latin letters.
 * Segments of fewer than two words (names, symbols, numbers) are often legitimately identical and are left alone.
 */
final class UntranslatedCheck extends PairCheck {

    private static final Set<String> NON_LATIN = Set.of("ru", "zh", "ar");

    @Override
    public String id() {
        return "target-untranslated";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The target looks untranslated: it repeats the source or is not in the target language's script.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        String src = SegmentConsistencyCheck.normalise(p.source());
        String tgt = SegmentConsistencyCheck.normalise(p.target());
        String lang = p.pair().tgtLang();
        boolean copied = src.equals(tgt);
        boolean foreignScript = !copied && NON_LATIN.contains(lang) && !NON_LATIN.contains(p.pair().srcLang());
        if (tgt.isEmpty() || !(copied || foreignScript)) return List.of();
        if (!copied && latinShare(tgt) <= 0.8) return List.of(); // the usual case, settled before counting words
        if (words(src) < 2) return List.of();
        Span all = new Span(0, p.target().length());
        if (copied) {
            return List.of(finding(p, List.of(new Span(0, p.source().length())), List.of(all),
                "The target is identical to the source.", List.of()));
        }
        if (latinShare(tgt) > 0.8 && words(tgt) >= 2) {
            return List.of(finding(p, List.of(), List.of(all),
                "The target is mostly in Latin letters, not in the script of '" + lang + "'.", List.of()));
        }
        return List.of();
    }

    /** Runs of letters longer than one character. */
    private static long words(String s) {
        long n = 0;
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int len = Character.charCount(c);
            if (Character.isLetter(c)) {
                run += len;
            } else {
                if (run > 1) n++;
                run = 0;
            }
            i += len;
        }
        return run > 1 ? n + 1 : n;
    }

    private static double latinShare(String s) {
        long letters = 0;
        long latin = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
            }
            i += Character.charCount(c);
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }
}
