package org.concord.analysis;

import java.util.List;

/**
 * One word of a text: its span [start, end) in the original text, its normalised form (lower case, no diacritics,
 * Arabic letters unified) and its stems, best first. Arabic tokens may carry further stems read without a
 * one-letter proclitic (ب، ك، ل، ف، و), because a light stemmer cannot tell "بأسلحة" from a word beginning with ب, and
 * without the alif of an indefinite accusative ("عضوا").
 */
public record Token(int start, int end, String norm, List<String> stems) {

    public Token {
        stems = List.copyOf(stems);
    }

    public String stem() {
        return stems.get(0);
    }
}
