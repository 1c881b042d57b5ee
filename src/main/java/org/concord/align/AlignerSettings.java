package org.concord.align;

import java.util.EnumMap;
import java.util.Map;

/**
 * The aligner's parameters. Bead priors stay close to Gale and Church's (they carry over between corpora); the lexical
 * weights were tuned on development data only (Text+Berg dev and the UN dev sentences).
 *
 * @param lexicalWeight cost units (nats) per unit of IDF-weighted anchor agreement, per kind of anchor
 * @param paragraphCross cost of a bead that runs across a paragraph boundary, per boundary
 * @param paragraphMismatch cost of a bead that ends a paragraph on one side only
 * @param bandWidth initial half-width of the search band around the anchor path, in sentences
 * @param flagBelow beads with a confidence under this are flagged for review
 * @param learnLexicon run a second pass with a word dictionary learned from the first pass's confident beads
 */
public record AlignerSettings(Map<FeatureClass, Double> lexicalWeight, double paragraphCross, double paragraphMismatch,
                              int bandWidth, double flagBelow, boolean learnLexicon) {

    public AlignerSettings {
        lexicalWeight = Map.copyOf(lexicalWeight);
    }

    public static AlignerSettings defaults() {
        Map<FeatureClass, Double> w = new EnumMap<>(FeatureClass.class);
        w.put(FeatureClass.NUMBER, 1.0);
        w.put(FeatureClass.SYMBOL, 1.0);
        w.put(FeatureClass.PUNCTUATION, 0.5);
        w.put(FeatureClass.COGNATE, 0.5);
        w.put(FeatureClass.NAME, 0.5);
        w.put(FeatureClass.DICTIONARY, 1.0);
        w.put(FeatureClass.LEARNED, 0.5);
        w.put(FeatureClass.BILINGUAL_DICTIONARY, 0.25);
        return new AlignerSettings(w, 3.0, 3.0, 40, 0.7, true);
    }

    double weight(FeatureClass c) {
        return lexicalWeight.getOrDefault(c, 0.0);
    }

    public AlignerSettings withWeight(FeatureClass c, double w) {
        Map<FeatureClass, Double> m = new EnumMap<>(lexicalWeight);
        m.put(c, w);
        return new AlignerSettings(m, paragraphCross, paragraphMismatch, bandWidth, flagBelow, learnLexicon);
    }

    public AlignerSettings withLearnLexicon(boolean on) {
        return new AlignerSettings(lexicalWeight, paragraphCross, paragraphMismatch, bandWidth, flagBelow, on);
    }


    public AlignerSettings withParagraphCosts(double cross, double mismatch) {
        return new AlignerSettings(lexicalWeight, cross, mismatch, bandWidth, flagBelow, learnLexicon);
    }
}
