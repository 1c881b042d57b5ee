package org.concord.check;

import org.concord.term.TermOccurrence;

/**
 * Candidate e of the leave-one-out harness, not kept: it recovers 1 of the 93 held-out admitted renderings (zh
 * "秘书长报告") for no injected error lost, but it was designed after reading that very case, so the figure is no
 * independent evidence. A Chinese near miss whose differing characters differ only by particles and conjunctions
 * ("秘书长报告" for "秘书长的报告") would be grammar, not another word: the near miss is then no finding, and the
 * rendering counts as there when its words are, in one clause ({@link LooseRendering#spread}).
 */
final class HanParticlesCandidate implements UsageRule {
    static final String ID = "han-particles";

    public String id() {
        return ID;
    }

    public String reason() {
        return "the Chinese rendering differs only by a particle or conjunction (\"及\" for \"与\", \"的\" left out): grammar, not another word";
    }

    @Override
    public boolean judgesNearMiss() {
        return true;
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        NearMiss.Found near = a.nearMiss();
        if (near == null || !a.tgtLang().equals("zh")) return false;
        return withoutParticles(near.written()).equals(withoutParticles(near.expected()))
            && LooseRendering.spread(a.target(), near.rendering(), "zh");
    }

    /** {@code run} without its particles and conjunctions. */
    static String withoutParticles(String run) {
        StringBuilder out = new StringBuilder(run.length());
        run.codePoints().filter(c -> HanNearMiss.HAN_PARTICLES.indexOf(c) < 0).forEach(out::appendCodePoint);
        return out.toString();
    }
}
