package org.concord.align;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups dictionary pairs that share a source or a target phrase (the connected parts of the bipartite graph of
 * phrases): "ISIL"/"EIIL", "ISIL"/"Daech" and "Da'esh"/"EIIL" all name one thing. The aligner anchors on the group, not
 * the pair: with one anchor per pair, a concept named by synonyms in two neighbouring sentences on each side yields
 * pairs that only a bead merging both sentences can match (source synonym of the first with target synonym of the
 * second), and that bead collects evidence its split, correct alternative cannot.
 */
final class SenseGroups {

    private SenseGroups() {}

    /** For each pair (source, target), the number of its group: equal numbers for pairs that share a phrase. */
    static int[] of(List<String[]> pairs) {
        Map<String, Integer> node = new HashMap<>();
        int[] srcNode = new int[pairs.size()], tgtNode = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            srcNode[p] = node.computeIfAbsent("s" + norm(pairs.get(p)[0]), k -> node.size());
            tgtNode[p] = node.computeIfAbsent("t" + norm(pairs.get(p)[1]), k -> node.size());
        }
        int[] parent = new int[node.size()];
        for (int k = 0; k < parent.length; k++) parent[k] = k;
        for (int p = 0; p < pairs.size(); p++) parent[root(parent, srcNode[p])] = root(parent, tgtNode[p]);
        int[] group = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) group[p] = root(parent, srcNode[p]);
        return group;
    }

    private static int root(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static String norm(String phrase) {
        return FeatureExtractor.stripAccents(FeatureExtractor.normalize(phrase).toLowerCase(Locale.ROOT).strip());
    }
}
