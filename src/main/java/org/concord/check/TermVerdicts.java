package org.concord.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.term.TermOccurrence;

/**
 * Walks a pair's source terms once and decides each: not a use of the term ({@link TermUses}), rendered as the
 * termbase has it ({@link UsageRules.Recognised}), an approved rendering with one word wrong ({@link NearMiss},
 * reported before any tolerance can excuse it), rendered the way official translations do ({@link
 * UsageRules#TOLERANCES}), or not rendered. The pair is analysed once ({@link TermAnalysis}) for all its terms.
 */
final class TermVerdicts {
    private TermVerdicts() {}

    /** Id and reason when a near miss is reported before the tolerances, for --explain. */
    static final String NEAR_MISS = "near-miss";
    static final String NEAR_MISS_REASON = "a rendering with one content word wrong is reported before the other rules can excuse it";
    static final String NO_RENDERING = "no-approved-rendering";
    static final String CHECKED_BEFORE = "checked-before";

    /**
     * The terms of {@code p} the target does not render, in source order, one per term; with {@code explain}, every
     * source term's verdict, with the rules tried.
     */
    static List<TermVerdict> of(AnalysedPair p, boolean explain) {
        if (p.target().isBlank()) return List.of(); // the empty-target check says it once
        List<TermVerdict> out = new ArrayList<>();
        TermAnalysis a = new TermAnalysis(p);
        String srcLang = a.srcLang();
        String tgtLang = a.tgtLang();
        Set<String> reported = new HashSet<>();
        List<TermOccurrence> terms = p.sourceTerms();
        for (int i = 0; i < terms.size(); ) {
            // The senses of one source term: occurrences with the same span, one per concept that has the term.
            int j = i + 1;
            while (j < terms.size() && terms.get(j).start() == terms.get(i).start() && terms.get(j).end() == terms.get(i).end()) j++;
            List<TermOccurrence> senses = new ArrayList<>(j - i);
            String notUse = null;
            String notUseReason = null;
            for (TermOccurrence o : terms.subList(i, j)) {
                if (a.approved(o.concept()).isEmpty()) {
                    if (notUse == null) {
                        notUse = NO_RENDERING;
                        notUseReason = "the termbase has no approved rendering in " + tgtLang;
                    }
                    continue;
                }
                TermUses.NotAUse why = TermUses.notAUse(p.source(), o, srcLang);
                if (why == null) senses.add(o);
                else if (notUse == null || notUse.equals(NO_RENDERING)) {
                    notUse = why.id();
                    notUseReason = why.reason();
                }
            }
            TermOccurrence first = terms.get(i);
            i = j;
            if (senses.isEmpty()) {
                if (explain) out.add(TermVerdict.acceptedBy(first, List.of(), notUse, notUseReason, null, List.of()));
                continue;
            }
            boolean fresh = false;
            for (TermOccurrence o : senses) fresh |= reported.add(o.concept().id());
            List<String> approved = approved(a, senses);
            if (!fresh) {
                if (explain) out.add(TermVerdict.acceptedBy(senses.get(0), approved, CHECKED_BEFORE,
                    "the pair's first use of the concept was judged; later ones are not judged again", null, List.of()));
                continue;
            }
            TermVerdict v = judge(a, senses, approved, explain);
            if (explain || !v.accepted()) out.add(v);
        }
        return out;
    }

    private static TermVerdict judge(TermAnalysis a, List<TermOccurrence> senses, List<String> approved, boolean explain) {
        List<String> declined = explain ? new ArrayList<>() : List.of();
        TermOccurrence term = senses.get(0);
        for (TermOccurrence o : senses) {
            if (!UsageRules.RECOGNISED.accepts(a, o)) continue;
            // ... unless the short form the target has is made another name ("الأمانة الوطنية")
            NearMiss.Found modified = null;
            for (TermOccurrence s : senses) {
                if (modified == null && UsageRules.RECOGNISED.accepts(a, s)) modified = ModifiedShortForm.find(a, s, approved);
            }
            if (modified != null) {
                if (explain) declined.add(ModifiedShortForm.ID);
                return TermVerdict.finding(term, approved, modified, declined);
            }
            TermOccurrence t = a.targetTerm(o.concept());
            // ... unless a word the recogniser took for an inflection is a slip of the termbase's ("Предварйтельная")
            NearMiss.Found slip = t == null ? null : RecognisedSlip.find(a.pair().target(), t, a.tgtLang());
            if (slip != null) {
                if (explain) declined.add(UsageRules.RECOGNISED.id());
                return TermVerdict.finding(term, approved, slip, declined);
            }
            return TermVerdict.acceptedBy(term, approved, UsageRules.RECOGNISED.id(), UsageRules.RECOGNISED.reason(),
                t == null ? null : AnalysedPair.span(t), declined);
        }
        if (explain) declined.add(UsageRules.RECOGNISED.id());
        // A rendering with one word wrong is reported as such before any other tolerance ("le Conseil") can excuse it.
        boolean name = false;
        for (TermOccurrence o : senses) name |= a.isName(o.concept());
        NearMiss.Found near = null;
        for (String r : approved) {
            near = NearMiss.find(a.target(), r, a.tgtLang(), a.pair().targetTerms(), name);
            if (near != null) break;
        }
        if (near != null) {
            // ... but a short name in the source may have the rendering's head alone in the target ("the Charter", "la
            // Charte") beside another name ("l'Organisation des Nations Unies").
            a.judging(near);
            try {
                for (TermOccurrence o : senses) {
                    if (UsageRules.SHORT_NAME_BESIDE.accepts(a, o)) {
                        return TermVerdict.acceptedBy(term, approved, UsageRules.SHORT_NAME_BESIDE.id(), UsageRules.SHORT_NAME_BESIDE.reason(),
                            null, declined);
                    }
                }
                if (explain) declined.add(UsageRules.SHORT_NAME_BESIDE.id());
                // ... or the differing word is shown to be no wrong word (a translation of the source word it stands for)
                for (UsageRule rule : a.pair().verdicts().concepts().tolerances()) {
                    if (!rule.judgesNearMiss()) continue;
                    for (TermOccurrence o : senses) {
                        if (rule.accepts(a, o)) return TermVerdict.acceptedBy(term, approved, rule.id(), rule.reason(), near.span(), declined);
                    }
                    if (explain) declined.add(rule.id());
                }
            } finally {
                a.judging(null);
            }
            return TermVerdict.finding(term, approved, near, declined);
        }
        for (UsageRule rule : a.pair().verdicts().concepts().tolerances()) {
            for (TermOccurrence o : senses) {
                if (rule.accepts(a, o)) return TermVerdict.acceptedBy(term, approved, rule.id(), rule.reason(), null, declined);
            }
            if (explain) declined.add(rule.id());
        }
        return TermVerdict.finding(term, approved, null, declined);
    }

    private static List<String> approved(TermAnalysis a, List<TermOccurrence> senses) {
        if (senses.size() == 1) return a.approved(senses.get(0).concept());
        List<String> out = new ArrayList<>();
        for (TermOccurrence o : senses) for (String r : a.approved(o.concept())) if (!out.contains(r)) out.add(r);
        return List.copyOf(out);
    }
}
