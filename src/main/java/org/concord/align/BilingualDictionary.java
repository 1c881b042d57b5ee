package org.concord.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A general bilingual dictionary of word or phrase pairs (hunalign, FreeDict or CC-CEDICT, read by
 * {@code org.concord.dictionary}), for text outside the UN domain where lengths, numbers and cognates anchor too little.
 * Unlike a termbase {@link Lexicon}, it is large and ambiguous, so the aligner anchors each source headword on its own
 * (see {@link DictionaryAnchors}) rather than grouping senses.
 *
 * @param srcLang the language of {@link Lexicon.Entry#source()}
 * @param tgtLang the language of {@link Lexicon.Entry#target()}
 * @param name where it came from (a file name), for messages
 */
public record BilingualDictionary(String srcLang, String tgtLang, String name, List<Lexicon.Entry> entries) {

    public BilingualDictionary {
        entries = List.copyOf(entries);
    }

    /** True when it translates between {@code a} and {@code b}, in either direction. */
    public boolean covers(String a, String b) {
        return (srcLang.equals(a) && tgtLang.equals(b)) || (srcLang.equals(b) && tgtLang.equals(a));
    }

    /** Its entries with {@code src} on the source side: reversed when it was made the other way round. */
    public List<Lexicon.Entry> oriented(String src, String tgt) {
        if (srcLang.equals(src) && tgtLang.equals(tgt)) return entries;
        if (!covers(src, tgt)) return List.of();
        List<Lexicon.Entry> out = new ArrayList<>(entries.size());
        for (Lexicon.Entry e : entries) out.add(new Lexicon.Entry(e.target(), e.source()));
        return out;
    }
}
