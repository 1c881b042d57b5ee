package org.concord.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A document set aligned: each translation against the source, and the multilingual units built from those
 * alignments (see {@link MultilingualUnits}: languages that cut the source the same way share units).
 */
public record DocumentSetAlignment(DocumentSet documents, Map<String, Alignment> alignments, List<MultilingualUnit> units) {

    public DocumentSetAlignment {
        alignments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alignments));
        units = List.copyOf(units);
    }

    /**
     * Aligns every translation of {@code documents} with its source. {@code lexicon} gives the bilingual dictionary for
     * a (source, target) language pair; {@code onPair} is told each language as it starts, for progress reports.
     */
    public static DocumentSetAlignment of(DocumentSet documents, BiFunction<String, String, Lexicon> lexicon,
                                          java.util.function.Consumer<String> onPair) {
        return of(documents, lexicon, List.of(), onPair);
    }

    /** As {@link #of(DocumentSet, BiFunction, java.util.function.Consumer)}, also anchoring on general dictionaries. */
    public static DocumentSetAlignment of(DocumentSet documents, BiFunction<String, String, Lexicon> lexicon,
                                          List<BilingualDictionary> dictionaries, java.util.function.Consumer<String> onPair) {
        String src = DocumentSet.SOURCE_LANG;
        Map<String, Alignment> alignments = new LinkedHashMap<>();
        documents.translationsInOrder().forEach((lang, doc) -> {
            onPair.accept(lang);
            Aligner aligner = Aligner.forLanguages(src, lang).withLexicon(lexicon.apply(src, lang)).withDictionaries(dictionaries);
            alignments.put(lang, aligner.alignSentences(documents.source().sentences(), doc.sentences()));
        });
        return new DocumentSetAlignment(documents, alignments,
            MultilingualUnits.build(documents.source().sentences().size(), alignments));
    }

    /** A unit's text in every language it has, source first. */
    public Map<String, String> texts(MultilingualUnit unit) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(DocumentSet.SOURCE_LANG, documents.source().join(unit.src()));
        unit.targets().forEach((lang, idx) -> texts.put(lang, documents.translations().get(lang).join(idx)));
        return texts;
    }
}
