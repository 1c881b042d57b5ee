package org.concord.term;

import java.util.List;

/** A recogniser over a list of concepts held in memory, for harnesses that vary a termbase without writing one. */
public final class Recognizers {
    private Recognizers() {}

    public static TermRecognizer of(List<Concept> concepts) {
        return new TermIndex(concepts);
    }
}
