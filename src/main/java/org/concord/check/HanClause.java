package org.concord.check;

import java.util.List;
import org.concord.analysis.Token;

/**
 * A Chinese rendering's characters apart from each other in the target, within one clause: how {@link LooseRendering}
 * finds a rendering that Chinese word order has split ("秘书长关于X的报告" for "秘书长报告").
 */
final class HanClause {
    private HanClause() {}

    /** Chinese clause punctuation: a rendering's characters may be apart, but not in different clauses. */
    static final String ENDS = "，。；：！？,;:!?、";

    /**
     * Chinese puts every modifier before its head, so "report of the Secretary-General on X" is "秘书长关于X的报告": the
     * rendering's characters in their order within one clause. One character alone between two of them is a word
     * changed, not a phrase put between, unless it is a particle ("秘书长的报告"): "安保理事会" holds 安, 理 and 会 of
     * "安理会" in order, and is the wrong name, not the abbreviation spread out.
     */
    static boolean inOrder(LooseRendering.Target target, List<LooseRendering.Word> chars) {
        int[] depth = null;
        for (int i = 0; i < target.size(); i++) {
            if (!LooseRendering.matches(target, i, chars.get(0))) continue;
            if (depth == null) depth = quoteDepth(target.text());
            int k = 1;
            int last = i;
            boolean oneCharacterBetween = false;
            for (int j = i + 1; j < target.size() && k < chars.size(); j++) {
                int from = target.tokens().get(j - 1).end();
                int to = target.tokens().get(j).start();
                if (endsClause(target.text(), from, to, depth)) break;
                if (LooseRendering.matches(target, j, chars.get(k))) {
                    if (j == last + 2 && !particle(target, last + 1)) oneCharacterBetween = true;
                    k++;
                    last = j;
                }
            }
            if (k == chars.size() && !oneCharacterBetween) return true;
        }
        return false;
    }

    private static boolean particle(LooseRendering.Target target, int i) {
        Token t = target.tokens().get(i);
        return t.end() - t.start() == 1 && HanNearMiss.HAN_PARTICLES.indexOf(target.text().charAt(t.start())) >= 0;
    }

    /**
     * Whether clause punctuation stands in [from, to) outside quotation marks: a quoted title ("秘书长关于"…：…"的报告")
     * is one phrase of the clause around it, whatever punctuation it has.
     */
    private static boolean endsClause(String text, int from, int to, int[] depth) {
        for (int x = from; x < to; x++) if (ENDS.indexOf(text.charAt(x)) >= 0 && depth[x] == 0) return true;
        return false;
    }

    /** Per character of {@code text}, how many quotations ("…", “…”, 《…》, 「…」) it is inside. */
    private static int[] quoteDepth(String text) {
        int[] depth = new int[text.length()];
        int d = 0;
        boolean straight = false; // inside "…"
        for (int x = 0; x < text.length(); x++) {
            char c = text.charAt(x);
            if (c == '"') straight = !straight;
            else if (OPENING_QUOTES.indexOf(c) >= 0) d++;
            else if (CLOSING_QUOTES.indexOf(c) >= 0 && d > 0) d--;
            depth[x] = d + (straight ? 1 : 0);
        }
        return depth;
    }

    private static final String OPENING_QUOTES = "\u201c\u300a\u300c";
    private static final String CLOSING_QUOTES = "\u201d\u300b\u300d";
}
