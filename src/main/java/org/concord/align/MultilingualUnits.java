package org.concord.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds multilingual units from the alignments of one source document with each of its translations. Source
 * sentences that any language joins into one bead stay together, so every unit is a whole bead in every language.
 */
public final class MultilingualUnits {

    private MultilingualUnits() {}

    /**
     * @param sourceSentences number of sentences in the source document
     * @param alignments per target language (in output order), its alignment with the source
     */
    public static List<MultilingualUnit> build(int sourceSentences, Map<String, Alignment> alignments) {
        boolean[] joinedToNext = new boolean[Math.max(0, sourceSentences)];
        for (Alignment a : alignments.values()) {
            for (Bead b : a.beads()) {
                if (b.src().isEmpty()) continue;
                int first = b.src().stream().min(Integer::compare).orElseThrow();
                int last = b.src().stream().max(Integer::compare).orElseThrow();
                for (int i = first; i < last; i++) joinedToNext[i] = true;
            }
        }
        int[] unitOf = new int[sourceSentences];
        List<List<Integer>> srcOfUnit = new ArrayList<>();
        for (int i = 0; i < sourceSentences; i++) {
            if (i == 0 || !joinedToNext[i - 1]) srcOfUnit.add(new ArrayList<>());
            unitOf[i] = srcOfUnit.size() - 1;
            srcOfUnit.get(unitOf[i]).add(i);
        }
        int units = srcOfUnit.size();
        List<Map<String, TreeSet<Integer>>> targets = new ArrayList<>();
        double[] confidence = new double[units];
        boolean[] flagged = new boolean[units];
        for (int u = 0; u < units; u++) {
            targets.add(new LinkedHashMap<>());
            confidence[u] = 1.0;
        }
        for (Map.Entry<String, Alignment> e : alignments.entrySet()) {
            for (Bead b : e.getValue().beads()) {
                if (b.src().isEmpty() || b.tgt().isEmpty()) continue;
                int u = unitOf[b.src().get(0)];
                targets.get(u).computeIfAbsent(e.getKey(), k -> new TreeSet<>()).addAll(b.tgt());
                confidence[u] = Math.min(confidence[u], b.confidence());
                flagged[u] |= b.flagged();
            }
        }
        List<MultilingualUnit> out = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            Map<String, List<Integer>> t = new LinkedHashMap<>();
            targets.get(u).forEach((lang, idx) -> t.put(lang, List.copyOf(idx)));
            out.add(new MultilingualUnit(srcOfUnit.get(u), t, confidence[u], flagged[u]));
        }
        return out;
    }
}
