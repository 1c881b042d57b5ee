package org.concord.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concord.analysis.TextAnalyzer;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;
import org.concord.term.TermStatus;

/**
 * A termbase term is in the source but none of the concept's approved renderings is in the target – neither as
 * recognised, nor spread out by other words or inflected beyond the stemmer (see {@link LooseRendering}). When the target has a
 * deprecated rendering instead, {@link DeprecatedTermCheck} reports that and this check stays silent. Source matches
 * that are not uses of the term (see {@link #isTermUse}) are not checked.
 */
final class MissingTermCheck extends PairCheck {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A hyphen between two letters. */
    private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

    @Override
    public String id() {
        return "term-missing";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A termbase term is in the source, but the target has none of its approved renderings.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        List<Finding> out = new ArrayList<>();
        for (Unrendered u : unrendered(p)) {
            if (u.nearMiss() != null) continue; // WrongWordCheck says what differs
            TermOccurrence o = u.term();
            String surface = p.source().substring(o.start(), o.end());
            out.add(finding(p, List.of(AnalysedPair.span(o)), List.of(),
                "'" + surface + "' is not rendered: the target has no approved equivalent (" + String.join(", ", u.approved()) + ").",
                u.approved()));
        }
        return out;
    }

    /**
     * A source term the target does not render: the term, its concept's approved renderings, and a near miss of one
     * of them in the target (null when there is none: the rendering is missing).
     */
    record Unrendered(TermOccurrence term, List<String> approved, NearMiss.Found nearMiss) {}

    /** The source terms of {@code p} that the target does not render, in source order, one per term (worked out once). */
    static List<Unrendered> unrendered(AnalysedPair p) {
        return p.verdicts().unrendered(p);
    }

    static List<Unrendered> findUnrendered(AnalysedPair p) {
        if (p.target().isBlank()) return List.of(); // the empty-target check says it once
        List<Unrendered> out = new ArrayList<>();
        String srcLang = p.pair().srcLang();
        String tgtLang = p.pair().tgtLang();
        Set<String> reported = new LinkedHashSet<>();
        LooseRendering.Target[] target = {null};
        List<TermOccurrence> terms = p.sourceTerms();
        for (int i = 0; i < terms.size(); ) {
            // The senses of one source term: occurrences with the same span, one per concept that has the term.
            int j = i + 1;
            while (j < terms.size() && terms.get(j).start() == terms.get(i).start() && terms.get(j).end() == terms.get(i).end()) j++;
            List<TermOccurrence> senses = new ArrayList<>(j - i);
            for (TermOccurrence o : terms.subList(i, j)) {
                if (hasApproved(o.concept(), tgtLang) && isTermUse(p.source(), o, srcLang)) senses.add(o);
            }
            i = j;
            boolean first = false;
            for (TermOccurrence o : senses) first |= reported.add(o.concept().id());
            if (!first) continue;
            List<String> approved = senses.stream().flatMap(o -> approvedRenderings(o.concept(), tgtLang).stream()).distinct().toList();
            if (senses.stream().anyMatch(o -> renderedAsTerm(p, o.concept()))) {
                // ... unless the short form the target has is made another name ("الأمانة الوطنية")
                NearMiss.Found modified = null;
                for (TermOccurrence o : senses) {
                    if (modified == null && renderedAsTerm(p, o.concept())) modified = ModifiedShortForm.find(p, o, approved, target);
                }
                if (modified != null) out.add(new Unrendered(senses.get(0), approved, modified));
                continue;
            }
            if (target[0] == null) target[0] = analysedTarget(p);
            // A rendering with one word wrong is reported as such before any other tolerance ("le Conseil") can excuse it.
            NearMiss.Found near = null;
            for (String r : approved) {
                near = NearMiss.find(target[0], r, tgtLang, p.targetTerms(), senses.stream().anyMatch(o -> isName(o.concept(), srcLang)));
                if (near != null) break;
            }
            // ... but a short name in the source may have the rendering's head alone in the target ("the Charter", "la
            // Charte") beside another name ("l'Organisation des Nations Unies").
            if (near != null && senses.stream().anyMatch(o -> shorterName(o.term(), o.concept(), srcLang))
                && renderedByHead(without(p.target(), near.window(), tgtLang), approved, tgtLang)) continue;
            if (near == null && renderedAsAny(p, senses, target)) continue;
            out.add(new Unrendered(senses.get(0), approved, near));
        }
        return out;
    }

    /** The target's words of {@code p}, for the loose comparisons. */
    static LooseRendering.Target analysedTarget(AnalysedPair p) {
        return LooseRendering.target(p.target(), TextAnalyzer.forLanguage(p.pair().tgtLang()).tokens(p.target()), p.pair().tgtLang());
    }

    /** The target with the words of {@code window} blanked out. */
    private static LooseRendering.Target without(String text, Span window, String lang) {
        String masked = text.substring(0, window.start()) + " ".repeat(window.end() - window.start()) + text.substring(window.end());
        return LooseRendering.target(masked, TextAnalyzer.forLanguage(lang).tokens(masked), lang);
    }

    private static boolean renderedAsAny(AnalysedPair p, List<TermOccurrence> senses, LooseRendering.Target[] target) {
        for (TermOccurrence o : senses) if (rendered(p, o, target)) return true;
        return false;
    }

    /** Whether the target renders source term {@code o} as its concept: recognised, loosely, by its head or a pronoun. */
    private static boolean rendered(AnalysedPair p, TermOccurrence o, LooseRendering.Target[] target) {
        Concept c = o.concept();
        String tgtLang = p.pair().tgtLang();
        if (renderedAsTerm(p, c)) return true;
        List<String> approved = approvedRenderings(c, tgtLang);
        if (target[0] == null) target[0] = LooseRendering.target(p.target(), TextAnalyzer.forLanguage(tgtLang).tokens(p.target()), tgtLang);
        if (renderedLoosely(target[0], approved, tgtLang)) return true;
        if (shorterName(o.term(), c, p.pair().srcLang()) && renderedByHead(target[0], approved, tgtLang)) return true;
        if (headsAccountFor(p, c, target[0], approved)) return true;
        if (Anaphora.demonstrativeAndHead(p, o.start(), target[0], approved)) return true;
        if (Anaphora.pronounForHead(p, target[0], approved)) return true;
        if (Anaphora.organInOwnVoice(p, c.id(), o.start())) return true;
        return isName(c, p.pair().srcLang()) && SubjectPronouns.standsFor(p.source(), o.start(), p.target(), tgtLang);
    }

    /**
     * Whether text matched as a term really is the term: an inflection of it, not a derivation the stemmer conflated
     * ("Assistant" for "assistance"), and not a capitalised name written in lower case – UN style capitalises its
     * organs and "Member States", so "the secretariat of the Forum" and "member States of the LCBC" are other things.
     */
    static boolean isTermUse(String text, TermOccurrence o, String lang) {
        String surface = text.substring(o.start(), o.end());
        return !prefixed(text, o.start()) && isTermUse(surface, o.term(), lang)
            && !(Character.isLowerCase(o.term().text().charAt(0)) && Character.isUpperCase(surface.charAt(0))
                && insideName(text, o.start()))
            && !OtherSenses.of(lang).covers(o.concept().id(), text, o.start(), o.end());
    }

    /**
     * Whether a capitalised word at {@code start} continues a name in title case ("United Nations Assistance
     * Mission", "Nuclear Smuggling Outreach Initiative"): a word, not the start of the text, a sentence or a list
     * item, comes before it. The name has its own official rendering; the common noun's is not to be expected.
     */
    static boolean insideName(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i < 0) return false;
        char c = text.charAt(i);
        if (".:;!?(\"\u201c\u00ab\u2018'".indexOf(c) >= 0) return false;
        return Character.isLetter(c) && Character.isUpperCase(text.charAt(wordStart(text, i)));
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        return i;
    }

    /**
     * Whether the match is the end of a word joined to another by a hyphen before it: "Co-Chairs" are not Chairs,
     * "high-resolution" is no resolution, "non-nuclear-weapon States" are the opposite of nuclear-weapon States.
     * (A hyphen after the match, "Security Council-mandated", still uses the term.)
     */
    static boolean prefixed(String text, int start) {
        if (start < 2) return false;
        char h = text.charAt(start - 1);
        return (h == '-' || h == '\u2010' || h == '\u2011') && Character.isLetter(text.charAt(start - 2));
    }

    static boolean isTermUse(String surface, Term term, String lang) {
        if (!Inflections.of(lang).inflects(surface, term.text())) return false;
        char t = term.text().charAt(0);
        char s = surface.charAt(0);
        return !(Character.isUpperCase(t) && Character.isLowerCase(s));
    }

    /** "Charter" for "Charter of the United Nations": fewer words than the preferred name, and not an acronym. */
    private static boolean shorterName(Term used, Concept c, String lang) {
        if ("acronym".equals(used.termType()) || "abbreviation".equals(used.termType())) return false;
        return c.preferred(lang).map(p -> words(used.text()) < words(p.text())).orElse(false);
    }

    private static int words(String s) {
        return SPACES.split(s.strip()).length;
    }

    /**
     * Official translations name an organ once in full and then by its head ("le Conseil", "l'Assemblée", Arabic
     * "المكتب" for UNODC, "الوكالة" for the IAEA), often even where the English repeats the full name. The head alone
     * is accepted when the target has it at least as often as the source names things with the English head
     * ("Council") plus uses the concept without it (acronyms): every "Council" of the source then has its "Conseil".
     * A deleted rendering beside another council ("Conseil économique et social") leaves one "Conseil" short.
     */
    private static boolean headsAccountFor(AnalysedPair p, Concept c, LooseRendering.Target target, List<String> approved) {
        String srcLang = p.pair().srcLang();
        String tgtLang = p.pair().tgtLang();
        String head = c.preferred(srcLang).map(t -> englishHead(t.text())).orElse(null);
        // Only names of one body or instrument: a common noun's head ("practices") is everywhere, and a class named in
        // the plural ("Member States") has a head ("الدول", "États") that other words of the target share.
        if (head == null || !srcLang.equals("en") || plural(p, c)) return false;
        List<org.concord.analysis.Token> words = TextAnalyzer.forLanguage(srcLang).tokens(p.source());
        String headStem = org.concord.analysis.TextAnalyzer.forLanguage(srcLang).stemKey(head);
        boolean capital = Character.isUpperCase(head.charAt(0));
        long needed = words.stream().filter(w -> w.stem().equals(headStem)
            && (!capital || Character.isUpperCase(p.source().charAt(w.start())))).count();
        needed += p.sourceTerms().stream().filter(o -> o.concept().id().equals(c.id()))
            .filter(o -> words.stream().noneMatch(w -> w.start() >= o.start() && w.end() <= o.end() && w.stem().equals(headStem)))
            .count();
        if (needed == 0) return false;
        // Arabic has no capitals to tell the Office from any office; but where the English names a body only by its
        // acronym (UNODC, IAEA), the UN's Arabic, which has no such acronyms, writes the head with the article
        // ("المكتب", "الوكالة").
        boolean definite = tgtLang.equals("ar") && acronymsOnly(p, c);
        for (String r : approved) {
            int n = definite ? LooseRendering.definiteHeadCount(target, r) : LooseRendering.headCount(target, r, tgtLang);
            if (n >= needed) return true;
        }
        return false;
    }

    private static boolean acronymsOnly(AnalysedPair p, Concept c) {
        return p.sourceTerms().stream().filter(o -> o.concept().id().equals(c.id()))
            .allMatch(o -> "acronym".equals(o.term().termType()) || "abbreviation".equals(o.term().termType()));
    }

    /** A name of one thing: its source-language preferred term is capitalised ("Security Council", "UNODC"). */
    private static boolean isName(Concept c, String lang) {
        return c.preferred(lang).map(t -> Character.isUpperCase(t.text().charAt(0))).orElse(false);
    }

    private static boolean plural(AnalysedPair p, Concept c) {
        return p.sourceTerms().stream().filter(o -> o.concept().id().equals(c.id())).anyMatch(o -> pluralForm(p.source(), o));
    }

    /** Whether an English source match is the plural of its term: longer than the term and ending in s. */
    static boolean pluralForm(String text, TermOccurrence o) {
        String surface = text.substring(o.start(), o.end());
        return surface.length() > o.term().text().length() && Character.toLowerCase(surface.charAt(surface.length() - 1)) == 's';
    }

    /**
     * The head of an English name: the last word of its leading run of capitalised words ("Council" of "Security
     * Council", "Office" of "United Nations Office on Drugs and Crime", "Committee" of "Committee established pursuant
     * to…", "Council" of "Economic and Social Council"); null for a one-word name or one in lower case.
     */
    static String englishHead(String name) {
        String[] w = SPACES.split(name.strip());
        if (w.length < 2 || !Character.isUpperCase(w[0].charAt(0))) return null;
        int i = 0;
        while (i + 1 < w.length && Character.isUpperCase(w[i + 1].charAt(0))
            || i + 2 < w.length && w[i + 1].equals("and") && Character.isUpperCase(w[i + 2].charAt(0))) {
            i += w[i + 1].equals("and") ? 2 : 1;
        }
        return w[i];
    }

    private static boolean renderedByHead(LooseRendering.Target target, List<String> approved, String lang) {
        for (String r : approved) {
            if (LooseRendering.head(target, r, lang)) return true;
        }
        return false;
    }

    /**
     * Whether an approved rendering is in the target loosely (see {@link LooseRendering}), with its head shortened in
     * a compound ({@link CompoundHeads}), or a one-word rendering written without its hyphen ("nonprolifération" for
     * "non-prolifération"): a slip of spelling, not a term left out.
     */
    private static boolean renderedLoosely(LooseRendering.Target target, List<String> approved, String lang) {
        for (String r : approved) {
            if (LooseRendering.spread(target, r, lang)) return true;
        }
        for (String r : approved) {
            String compound = CompoundHeads.shortened(r, lang);
            if (compound != null && LooseRendering.spread(target, compound, lang)) return true;
        }
        for (String r : approved) {
            String joined = HYPHENS.matcher(r).replaceAll("");
            if (joined.length() < r.length() && !SPACES.matcher(joined).find() && writtenJoined(target.text(), joined)) return true;
        }
        return false;
    }

    /** Whether {@code text} has a word that is {@code joined} with at most an inflectional ending. */
    private static boolean writtenJoined(String text, String joined) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String word = joined.toLowerCase(java.util.Locale.ROOT);
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
            if (i > 0 && Character.isLetter(lower.charAt(i - 1))) continue;
            int end = i + word.length();
            int ending = 0;
            while (end + ending < lower.length() && Character.isLetter(lower.charAt(end + ending))) ending++;
            if (ending <= 3) return true;
        }
        return false;
    }

    private static boolean renderedAsTerm(AnalysedPair p, Concept c) {
        for (TermOccurrence t : p.targetTerms()) if (t.concept().id().equals(c.id())) return true;
        return false;
    }

    /** Whether {@code c} has an approved term in {@code lang}: whether {@link #approvedRenderings} is not empty. */
    private static boolean hasApproved(Concept c, String lang) {
        for (Term t : c.terms()) if (t.status().approved() && t.lang().equals(lang)) return true;
        return false;
    }

    /** Approved terms of {@code c} in {@code lang}, the preferred one first. */
    static List<String> approvedRenderings(Concept c, String lang) {
        // One pass over the terms: the preferred one (else the first approved one, as Concept.preferred picks it),
        // then every approved one.
        Term preferred = null;
        List<String> approved = new ArrayList<>(2);
        for (Term t : c.terms()) {
            if (!t.lang().equals(lang)) continue;
            if (t.status() == TermStatus.PREFERRED && (preferred == null || preferred.status() != TermStatus.PREFERRED)) preferred = t;
            if (t.status().approved()) {
                if (preferred == null) preferred = t;
                if (!approved.contains(t.text())) approved.add(t.text());
            }
        }
        if (preferred == null || !preferred.status().approved() || approved.isEmpty() || approved.get(0).equals(preferred.text())) {
            return List.copyOf(approved);
        }
        List<String> out = new ArrayList<>(approved.size());
        out.add(preferred.text());
        for (String a : approved) if (!a.equals(preferred.text())) out.add(a);
        return List.copyOf(out);
    }
}
