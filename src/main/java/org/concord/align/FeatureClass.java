package org.concord.align;

/** Kinds of lexical anchor, each with its own weight in {@link AlignerSettings}. */
public enum FeatureClass {
    NUMBER, SYMBOL, PUNCTUATION, COGNATE, NAME, DICTIONARY, LEARNED,
    /** A word and its translation in a general bilingual dictionary the user supplied. */
    BILINGUAL_DICTIONARY;

    static FeatureClass ofKey(String key) {
        return switch (key.charAt(0)) {
            case 'N' -> NUMBER;
            case 'S' -> SYMBOL;
            case 'P' -> PUNCTUATION;
            case 'C' -> COGNATE;
            case 'K' -> NAME;
            case 'L' -> LEARNED;
            case 'B' -> BILINGUAL_DICTIONARY;
            default -> DICTIONARY;
        };
    }
}
