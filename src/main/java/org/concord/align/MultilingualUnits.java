package org.concord.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds multilingual units from the alignments of one source document with each of its translations, as fine as the
 * languages allow. Source sentences that some language joins into one bead form a group; inside a group, the languages
 * that cut the source the same way share units, one per bead. So when French joins two English sentences that the
 * other languages translate one by one, the memory holds the two sentences with French, and each sentence alone with
 * the other languages: a translator looking up one of those sentences into Spanish gets a whole match. Every target
 * sentence is in exactly one unit; source sentences may be in several.
 */
public final class MultilingualUnits {

    private MultilingualUnits() {}

    /**
     * @param sourceSentences number of sentences in the source document
     * @param alignments per target language (in output order), its alignment with the source
     * @return units in source order; within a group, the coarsest cut first
     */
    public static List<MultilingualUnit> build(int sourceSentences, Map<String, Alignment> alignments) {
        boolean[] joinedToNext = new boolean[Math.max(0, sourceSentences)];
        for (Alignment a : alignments.values()) {
            for (Bead b : a.beads()) {
                if (b.src().isEmpty()) continue;
                for (int i = first(b); i < last(b); i++) joinedToNext[i] = true;
            }
        }
        int[] groupOf = new int[sourceSentences];
        int groups = 0;
        for (int i = 0; i < sourceSentences; i++) {
            if (i > 0 && !joinedToNext[i - 1]) groups++;
            groupOf[i] = groups;
        }
        if (sourceSentences > 0) groups++;
        // Per group, per language: the language's beads that fall in it (a bead never straddles two groups).
        List<Map<String, List<Bead>>> beadsOf = new ArrayList<>();
        for (int g = 0; g < groups; g++) beadsOf.add(new LinkedHashMap<>());
        for (Map.Entry<String, Alignment> e : alignments.entrySet()) {
            for (Bead b : e.getValue().beads()) {
                if (b.src().isEmpty()) continue; // a target sentence with no source: nothing to file it under
                beadsOf.get(groupOf[b.src().get(0)]).computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(b);
            }
        }
        List<MultilingualUnit> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            // Languages that cut the group's source sentences the same way, keyed by that cut.
            Map<List<List<Integer>>, List<String>> byCut = new LinkedHashMap<>();
            beadsOf.get(g).forEach((lang, beads) ->
                byCut.computeIfAbsent(beads.stream().map(Bead::src).toList(), k -> new ArrayList<>()).add(lang));
            List<List<List<Integer>>> cuts = new ArrayList<>(byCut.keySet());
            cuts.sort(java.util.Comparator.comparingInt(List::size));
            for (List<List<Integer>> cut : cuts) {
                List<String> langs = byCut.get(cut);
                for (int part = 0; part < cut.size(); part++) {
                    Map<String, List<Integer>> targets = new LinkedHashMap<>();
                    double confidence = 1.0;
                    boolean flagged = false;
                    for (String lang : langs) {
                        Bead b = beadsOf.get(g).get(lang).get(part);
                        if (!b.tgt().isEmpty()) targets.put(lang, b.tgt());
                        confidence = Math.min(confidence, b.confidence());
                        flagged |= b.flagged();
                    }
                    out.add(new MultilingualUnit(cut.get(part), targets, confidence, flagged));
                }
            }
        }
        return out;
    }

    private static int first(Bead b) {
        return b.src().stream().min(Integer::compare).orElseThrow();
    }

    private static int last(Bead b) {
        return b.src().stream().max(Integer::compare).orElseThrow();
    }
}
