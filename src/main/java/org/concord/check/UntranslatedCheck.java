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
        if (tgt.isEmpty() || !(copied || foreignScript) || words(src) < 2) return List.of();
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

    private static long words(String s) {
        return java.util.Arrays.stream(s.split("[^\\p{L}]+")).filter(w -> w.length() > 1).count();
    }

    private static double latinShare(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long latin = s.codePoints().filter(c -> Character.isLetter(c)
            && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return letters == 0 ? 0 : (double) latin / letters;
    }
}
