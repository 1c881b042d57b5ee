package org.concord.check;

import java.util.List;
import org.concord.term.TermOccurrence;

/**
 * {@link NearMiss} for Chinese, written without spaces and compared by characters: the rendering's characters with one
 * run of up to a third of them replaced by a run of about the same length ("杀伤性" for "毁灭性").
 */
final class HanNearMiss {
    /** Chinese particles and conjunctions: one of them in a rendering's place is grammar ("无核武器的…国"), not a word. */
    static final String HAN_PARTICLES = "的之和及与或";

    private HanNearMiss() {}

    /** The first near miss of {@code rendering} in {@code text}, or null; spans of {@code targetTerms} are not looked into. */
    static NearMiss.Found find(String text, String rendering, List<TermOccurrence> targetTerms) {
        String r = rendering.replace(" ", "");
        int n = r.length();
        if (n < 3) return null;
        int most = Math.max(1, n / 3);
        // Most of the rendering's characters must be in the text at all.
        int present = 0;
        for (int k = 0; k < n; k++) if (text.indexOf(r.charAt(k)) >= 0) present++;
        if (present < Math.max(2, n - most)) return null;
        for (int x = 0; x < text.length(); x++) {
            int prefix = 0;
            while (prefix < n && x + prefix < text.length() && text.charAt(x + prefix) == r.charAt(prefix)) prefix++;
            if (prefix == n) continue; // the rendering itself
            for (int a = Math.min(prefix, n - 1); a >= 0; a--) {
                for (int b = a + 1; b <= Math.min(n, a + most); b++) {
                    if (a + (n - b) < Math.max(2, n - most)) continue;
                    for (int len = Math.max(1, b - a - 1); len <= b - a + 1; len++) {
                        int from = x + a;
                        int to = from + len;
                        // compared in place: this runs for every character of the text, and a substring each time cost more than the rest
                        if (to + (n - b) > text.length() || !text.regionMatches(to, r, b, n - b)) continue;
                        String written = text.substring(from, to);
                        if (written.equals(r.substring(a, b)) || !written.codePoints().allMatch(HanNearMiss::han)) continue;
                        if ((a == 0 || b == n) && len != b - a) continue; // at an end, only a word of the same length
                        if (written.chars().allMatch(c -> HAN_PARTICLES.indexOf(c) >= 0)) continue;
                        Span at = new Span(from, to);
                        // The replaced characters in the same clause: a word put inside the rendering
                        // ("秘书长的第一次执行情况报告", "常驻纽约联合国代表"), not put in its place.
                        if (inClause(text, from, to, r.substring(a, b))) continue;
                        if (!NearMiss.insideTerm(at, targetTerms)) {
                            return new NearMiss.Found(at, written, r.substring(a, b), rendering, NearMiss.Kind.SUBSTITUTED,
                                new Span(x, to + (n - b)));
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Whether {@code run} stands in the clause around [from, to), outside it. */
    private static boolean inClause(String text, int from, int to, String run) {
        int start = from;
        while (start > 0 && HanClause.ENDS.indexOf(text.charAt(start - 1)) < 0) start--;
        int end = to;
        while (end < text.length() && HanClause.ENDS.indexOf(text.charAt(end)) < 0) end++;
        int before = text.substring(start, from).indexOf(run);
        return before >= 0 || text.substring(to, end).contains(run);
    }

    /** Whether {@code cp} is a Han character. */
    static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
