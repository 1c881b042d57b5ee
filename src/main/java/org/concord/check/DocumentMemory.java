package org.concord.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.term.TermOccurrence;

/**
 * Where, in its document, a concept was first rendered in full: the pair of a document (pairs with the same {@link
 * SegmentPair#document}, in the order of the run) whose target first has a full rendering of it. Official translations
 * name a body in full once and then by its head ("el Consejo"): with this, a later pair's head alone is known to
 * follow the full name. A pair without a document is a document of its own.
 */
final class DocumentMemory {
    private final Map<String, Integer> firstFull;
    private final int index;
    private final boolean inOrder;

    private DocumentMemory(Map<String, Integer> firstFull, int index, boolean inOrder) {
        this.firstFull = firstFull;
        this.index = index;
        this.inOrder = inOrder;
    }

    /** A pair of a sample of lines (or one judged alone): what its document said before it is unknown. */
    static final DocumentMemory NONE = new DocumentMemory(Map.of(), 0, false);
    /** A pair that opens its document, or has none: nothing came before it. */
    private static final DocumentMemory OPENING = new DocumentMemory(Map.of(), 0, true);

    /** Whether a pair before this one in its document rendered concept {@code conceptId} in full. */
    boolean fullNameBefore(String conceptId) {
        Integer first = firstFull.get(conceptId);
        return first != null && first < index;
    }

    /**
     * Whether the run shows what this pair's document said before it: it holds the documents' text in order, so the
     * text before a pair is in the run, and the first pair of a document (or a pair without one) has none before it.
     * A sample of lines does not show it.
     */
    boolean showsEarlierText() {
        return inOrder;
    }

    /** Gives each pair of {@code pairs} (in run order) its document's memory. */
    static void remember(List<AnalysedPair> pairs) {
        Map<String, Map<String, Integer>> byDocument = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (AnalysedPair p : pairs) {
            String doc = p.pair().document();
            if (doc == null) {
                p.verdicts().memory(OPENING); // a document of its own
                continue;
            }
            Map<String, Integer> first = byDocument.computeIfAbsent(doc, k -> new HashMap<>());
            int index = counts.merge(doc, 1, Integer::sum) - 1;
            for (TermOccurrence t : p.targetTerms()) {
                if (full(t)) first.putIfAbsent(t.concept().id(), index);
            }
            p.verdicts().memory(new DocumentMemory(first, index, true));
        }
    }

    /** A full rendering: an approved term that is not an acronym, abbreviation or short form. */
    private static boolean full(TermOccurrence t) {
        String type = t.term().termType();
        return t.term().status().approved() && !"acronym".equals(type) && !"abbreviation".equals(type) && !"shortForm".equals(type);
    }
}
