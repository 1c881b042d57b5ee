package org.concord.align;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One source bead with its translations in up to five languages: the source sentence indices, and per target language
 * the indices of its sentences aligned to them (a language is missing when it left the source untranslated or cut it
 * differently: it is then in another unit over the same sentences); the
 * lowest confidence of the beads it was built from, and whether any of them was flagged.
 */
public record MultilingualUnit(List<Integer> src, Map<String, List<Integer>> targets, double confidence, boolean flagged) {

    public MultilingualUnit {
        src = List.copyOf(src);
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
}
