package org.concord.dictionary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.align.*;

/** Scratch: weights on Text+Berg dev. */
public final class DictionaryTuning {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/corpora/textberg-dev");
        List<String> de = Files.readAllLines(dir.resolve("dev.de")), fr = Files.readAllLines(dir.resolve("dev.fr"));
        List<Bead> gold = BeadFormat.parse(Files.readAllLines(dir.resolve("dev.defr")), "dev.defr");
        BilingualDictionary d = DictionaryReader.read(Path.of(args[0]), "de", "fr");
        System.out.println(d.entries().size() + " entries; " + d.entries().subList(0, 10));
        for (String w : args[1].split(",")) {
            double weight = Double.parseDouble(w);
            Aligner a = Aligner.forLanguages("de", "fr").withDictionaries(weight == 0 ? List.of() : List.of(d))
                .withSettings(AlignerSettings.defaults().withWeight(FeatureClass.BILINGUAL_DICTIONARY, weight));
            long t0 = System.nanoTime();
            AlignmentScore s = AlignmentScore.of(gold, a.align(de, fr).beads());
            java.util.Set<String> g = new java.util.HashSet<>();
            gold.forEach(b -> g.add(BeadFormat.format(b)));
            java.util.Map<String, Integer> wrong = new java.util.TreeMap<>();
            for (Bead b : a.align(de, fr).beads()) if (!g.contains(BeadFormat.format(b))) wrong.merge(b.src().size() + "-" + b.tgt().size(), 1, Integer::sum);
            java.util.Map<String, Integer> gs = new java.util.TreeMap<>();
            for (Bead b : gold) gs.merge(b.src().size() + "-" + b.tgt().size(), 1, Integer::sum);
            System.out.println("wrong by shape " + wrong + " gold shapes " + gs);
            System.out.printf("w=%.2f strict %.3f lax %.3f  %d ms%n", weight, s.strict().f1(), s.lax().f1(), (System.nanoTime() - t0) / 1000000);
        }
    }
}
