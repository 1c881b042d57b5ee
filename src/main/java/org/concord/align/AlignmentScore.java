package org.concord.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted beads against gold beads. Strict: a bead counts when it equals a gold bead.
 * Lax: it counts when it shares a source and a target sentence with a gold bead (and a gold bead is found when it
 * shares both with a predicted one). Beads with an empty side are left out of both.
 */
public record AlignmentScore(Prf strict, Prf lax, int goldBeads, int predictedBeads) {

    public record Prf(double precision, double recall, double f1) {
        static Prf of(int correctPredicted, int predicted, int foundGold, int gold) {
            double p = predicted == 0 ? 0 : (double) correctPredicted / predicted;
            double r = gold == 0 ? 0 : (double) foundGold / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    public static AlignmentScore of(List<Bead> gold, List<Bead> predicted) {
        List<Bead> g = gold.stream().filter(Bead::isMatch).toList();
        List<Bead> p = predicted.stream().filter(Bead::isMatch).toList();
        Set<List<List<Integer>>> goldKeys = new HashSet<>();
        for (Bead b : g) goldKeys.add(key(b));
        int exact = 0;
        for (Bead b : p) if (goldKeys.contains(key(b))) exact++;
        int laxPredicted = (int) p.stream().filter(b -> g.stream().anyMatch(x -> overlaps(b, x))).count();
        int laxGold = (int) g.stream().filter(b -> p.stream().anyMatch(x -> overlaps(b, x))).count();
        return new AlignmentScore(Prf.of(exact, p.size(), exact, g.size()), Prf.of(laxPredicted, p.size(), laxGold, g.size()),
            g.size(), p.size());
    }

    private static List<List<Integer>> key(Bead b) {
        return List.of(b.src().stream().sorted().toList(), b.tgt().stream().sorted().toList());
    }

    private static boolean overlaps(Bead a, Bead b) {
        return a.src().stream().anyMatch(b.src()::contains) && a.tgt().stream().anyMatch(b.tgt()::contains);
    }
}
