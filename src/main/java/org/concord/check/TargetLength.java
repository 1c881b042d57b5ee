package org.concord.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.analysis.LanguageData;
import org.concord.term.TermOccurrence;

/**
 * Whether a target is evidently not a translation of its whole source: far shorter than the length ratio of the
 * language pair predicts ({@code length-ratios.txt}), even with the renderings of the source terms it lacks put back.
 * Putting them back is what keeps a target that only leaves out a term (which term-missing reports) from counting as a
 * fragment; what is left is a pair cut or misaligned, where a finding for every term of the cut part would hide the cause.
 */
final class TargetLength {
    /** Below this many source characters the ratio varies too much to tell a fragment from a terse translation. */
    static final int MIN_SOURCE_CHARS = 30;
    /**
     * How many spreads of the log ratio below the median a target must fall to be a fragment: on the even lines of
     * unpc-dev only misaligned or cut pairs fall that far; whole translations stop at about 3.8.
     */
    static final double FRAGMENT_SPREADS = 4.0;

    private static final Map<String, Ratio> RATIOS = load();

    private TargetLength() {}

    /** The median target/source length ratio of a language pair and the spread of its logarithm. */
    record Ratio(double median, double spread) {
        /** How many spreads the log ratio of these lengths lies from the median (negative: shorter). */
        double spreads(int sourceChars, int targetChars) {
            return (Math.log((double) Math.max(1, targetChars) / sourceChars) - Math.log(median)) / spread;
        }

        /** The target length the median ratio predicts. */
        int expected(int sourceChars) {
            return (int) Math.round(sourceChars * median);
        }
    }

    /**
     * A fragment: the source and target lengths in characters, the characters of the missing renderings put back, the
     * target length the language pair predicts, and the part of the source the fragment translates as far as anchors
     * show it ({@code from} to {@code to}; both -1 when the target has nothing of the source to place it by).
     */
    record Fragment(int sourceChars, int targetChars, int restoredChars, int expectedChars, int from, int to) {
        /**
         * Whether source term {@code o} lies in the part the fragment cuts off: outside what it translates. Where the
         * fragment cannot be placed, no term is: a term the target leaves out is then reported as usual.
         */
        boolean cuts(TermOccurrence o) {
            return from >= 0 && (o.end() <= from || o.start() >= to);
        }
    }

    /** The ratio of {@code srcLang} → {@code tgtLang}, or null when none was measured (then nothing is a fragment). */
    static Ratio ratio(String srcLang, String tgtLang) {
        return RATIOS.get(srcLang + "\t" + tgtLang);
    }

    /** Whether a target of {@code targetChars} is too short for the source by length alone (missing terms not put back). */
    private static boolean tooShort(AnalysedPair p) {
        Ratio r = ratio(p.pair().srcLang(), p.pair().tgtLang());
        int source = chars(p.source());
        return r != null && source >= MIN_SOURCE_CHARS && r.spreads(source, chars(p.target())) <= -FRAGMENT_SPREADS;
    }

    /**
     * The fragment {@code a}'s target is, or null: too short even with a rendering of every source term whose concept
     * the target does not have put back, as long as the ratio predicts from the term.
     */
    static Fragment of(TermAnalysis a) {
        AnalysedPair p = a.pair();
        if (p.target().isBlank() || !tooShort(p)) return null;
        Ratio r = ratio(a.srcLang(), a.tgtLang());
        int source = chars(p.source());
        int target = chars(p.target());
        int restored = 0;
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (TermOccurrence o : p.sourceTerms()) {
            List<String> approved = a.approved(o.concept());
            if (approved.isEmpty() || a.recognisedInTarget(o.concept()) || TermUses.notAUse(p.source(), o, a.srcLang()) != null) continue;
            // the rendering's length as the pair's ratio predicts it from the source term, as for the whole target
            if (counted.add(o.start() + ":" + o.end())) restored += r.expected(chars(p.source().substring(o.start(), o.end()))) + 1;
        }
        if (r.spreads(source, target + restored) > -FRAGMENT_SPREADS) return null;
        // Anchors: source terms the target renders, and numbers written in both. The fragment translates the stretch
        // from the first anchor to the last, widened on each side by as much of the source as its length still covers.
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (TermOccurrence o : p.sourceTerms()) {
            if (!a.recognisedInTarget(o.concept())) continue;
            first = Math.min(first, o.start());
            last = Math.max(last, o.end());
        }
        Matcher m = NUMBER.matcher(p.source());
        while (m.find()) {
            if (!containsNumber(p.target(), m.group())) continue;
            first = Math.min(first, m.start());
            last = Math.max(last, m.end());
        }
        if (last < 0) return new Fragment(source, target, restored, r.expected(source), -1, -1);
        int slack = Math.max(0, (int) Math.ceil(target / r.median()) - (last - first));
        return new Fragment(source, target, restored, r.expected(source), Math.max(0, first - slack),
            Math.min(p.source().length(), last + slack));
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static boolean containsNumber(String text, String number) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) if (m.group().equals(number)) return true;
        return false;
    }

    static int chars(String s) {
        String t = s.strip();
        return t.codePointCount(0, t.length());
    }

    private static Map<String, Ratio> load() {
        Map<String, Ratio> out = new HashMap<>();
        for (LanguageData.Row row : LanguageData.rows(TargetLength.class, "length-ratios.txt", 4)) {
            String[] f = row.fields();
            try {
                double median = Double.parseDouble(f[2].strip());
                double spread = Double.parseDouble(f[3].strip());
                if (median <= 0 || spread <= 0) throw row.error("the ratio and its spread must be positive");
                out.put(f[0].strip() + "\t" + f[1].strip(), new Ratio(median, spread));
            } catch (NumberFormatException e) {
                throw row.error("not a number: " + e.getMessage());
            }
        }
        return Map.copyOf(out);
    }
}
