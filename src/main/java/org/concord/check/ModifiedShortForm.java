package org.concord.check;

import java.util.List;
import org.concord.term.Concept;
import org.concord.term.TermOccurrence;

/**
 * A short form the termbase admits, recognised as the term, where the target has made it into another name; without
 * this the wrong name passes. Arabic: the short form ("الأمانة" for the Secretariat, beside "الأمانة العامة") followed by
 * a relative adjective with the article ("الأمانة الوطنية", the national secretariat) where the full rendering has
 * another word ("العامة"). Relative adjectives (nisba, ending in ي, ية, يين, يات) with the article after a definite
 * noun modify it; a definite noun there is an object ("أبلغت الأمانة اللجنة", the Secretariat informed the Committee)
 * and is left alone. Chinese: the short form at the end of the full name with a word of its first part changed
 * ("防扩散核武器条约不结盟缔约国集团").
 */
final class ModifiedShortForm {
    private static final List<String> NISBA_ENDINGS = List.of("\u064a", "\u064a\u0629", "\u064a\u064a\u0646", "\u064a\u0627\u062a");
    private static final String ARTICLE = "\u0627\u0644";

    /** For --explain: the recognised short form was not accepted because of this. */
    static final String ID = "short-form-made-another-name";

    private ModifiedShortForm() {}

    /**
     * The near miss when every target occurrence of {@code c} is a short form followed by another relative adjective
     * than the full rendering's next word; null otherwise (or when the target writes the term in any other way).
     */
    static NearMiss.Found find(TermAnalysis a, TermOccurrence source, List<String> approved) {
        AnalysedPair p = a.pair();
        String lang = p.pair().tgtLang();
        // A longer English name ("Provisional Technical Secretariat") has its own Arabic adjective; a Chinese full name
        // with a changed word is wrong whatever the English around it.
        if (!lang.equals("zh") && (!lang.equals("ar") || inLongerName(p.source(), source))) return null;
        Concept c = source.concept();
        NearMiss.Found first = null;
        for (TermOccurrence o : p.targetTerms()) {
            if (!o.concept().id().equals(c.id())) continue;
            NearMiss.Found f = lang.equals("zh") ? hanPrefixChanged(p.pair().target(), o, approved) : modified(a, o, approved);
            if (f == null) return null; // the concept is rendered here as the termbase has it
            if (first == null) first = f;
        }
        return first;
    }

    /**
     * Chinese: the short form ("条约不结盟缔约国集团") right after characters that are most, but not all, of what the full
     * rendering puts before it ("防扩散核武器" for "不扩散核武器"): the full name with a word changed, the short form
     * inside it recognised. Characters that share less than half of that part are another phrase, and the short form
     * stands alone.
     */
    private static NearMiss.Found hanPrefixChanged(String text, TermOccurrence o, List<String> approved) {
        String shortForm = o.term().text();
        for (String full : approved) {
            if (full.length() <= shortForm.length() || !full.endsWith(shortForm)) continue;
            String before = full.substring(0, full.length() - shortForm.length());
            int from = o.start() - before.length();
            if (from < 0) continue;
            String written = text.substring(from, o.start());
            if (!written.codePoints().allMatch(HanNearMiss::han)) continue;
            int first = -1;
            int last = -1;
            int same = 0;
            for (int k = 0; k < before.length(); k++) {
                if (written.charAt(k) == before.charAt(k)) {
                    same++;
                } else {
                    if (first < 0) first = k;
                    last = k;
                }
            }
            if (first < 0 || 2 * same < before.length()) continue;
            return new NearMiss.Found(new Span(from + first, from + last + 1), written.substring(first, last + 1),
                before.substring(first, last + 1), full, NearMiss.Kind.SUBSTITUTED).within(new Span(from, o.end()));
        }
        return null;
    }

    /** Arabic: the short form followed by another relative adjective than the full rendering's next word. */
    private static NearMiss.Found modified(TermAnalysis a, TermOccurrence o, List<String> approved) {
        AnalysedPair p = a.pair();
        String shortForm = o.term().text();
        String text = p.target();
        for (String full : approved) {
            if (!full.startsWith(shortForm + " ")) continue;
            String expected = full.substring(shortForm.length() + 1).split(" ", 2)[0];
            int start = o.end();
            while (start < text.length() && text.charAt(start) == ' ') start++;
            if (start == o.end()) return null; // no word after the short form, or joined to it
            int end = start;
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            String written = text.substring(start, end);
            if (!written.startsWith(ARTICLE) || written.length() < 5 || NISBA_ENDINGS.stream().noneMatch(written::endsWith)) return null;
            int at = wordAt(a.target(), start);
            if (at < 0 || LooseRendering.matches(a.target(), at, LooseRendering.rendering(expected, "ar").words().get(0))) return null;
            return new NearMiss.Found(new Span(start, end), written, expected, full, NearMiss.Kind.SUBSTITUTED).within(new Span(o.start(), end));
        }
        return null;
    }

    /**
     * Whether the source term is part of a longer name in title case ("Provisional Technical Secretariat", "Secretariat
     * Building"): the target's adjective then renders the rest of that name ("الأمانة الفنية المؤقتة").
     */
    private static boolean inLongerName(String text, TermOccurrence o) {
        if (TermUses.insideName(text, o.start())) return true;
        int i = o.end();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i > o.end() && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static int wordAt(LooseRendering.Target target, int start) {
        for (int i = 0; i < target.size(); i++) if (target.tokens().get(i).start() == start) return i;
        return -1;
    }
}
