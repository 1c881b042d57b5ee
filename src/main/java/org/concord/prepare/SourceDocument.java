package org.concord.prepare;

import java.util.List;

/** A document read and segmented for preparation: its file name, its symbol, its language and its sentences. */
public record SourceDocument(String name, String docSymbol, String lang, List<String> sentences) {
    public SourceDocument {
        sentences = List.copyOf(sentences);
    }
}
