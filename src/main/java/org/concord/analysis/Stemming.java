package org.concord.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/** Per-language reduction of a lower-cased word to its normalised form and stems. */
interface Stemming {

    /** The normalised form used for exact-but-insensitive matching. */
    String normalise(String lower);

    /** Stems of a lower-cased word, best first. */
    List<String> stems(String lower);

    static Stemming forLanguage(String lang) {
        return switch (lang) {
            case "en" -> new Snowball(EnglishStemmer::new);
            case "fr" -> new Snowball(FrenchStemmer::new);
            case "es" -> new Snowball(SpanishStemmer::new);
            case "de" -> new Snowball(German2Stemmer::new);
            case "ru" -> new Russian();
            case "ar" -> new Arabic();
            default -> new Identity(); // zh: one token per character, nothing to stem
        };
    }

    /** Snowball stems the accented word (its rules know the accents), then the marks are folded away. */
    final class Snowball implements Stemming {
        private final ThreadLocal<SnowballStemmer> stemmer;

        Snowball(Supplier<SnowballStemmer> factory) {
            this.stemmer = ThreadLocal.withInitial(factory);
        }

        @Override
        public String normalise(String lower) {
            return Folding.stripMarks(lower);
        }

        @Override
        public List<String> stems(String lower) {
            SnowballStemmer s = stemmer.get();
            s.setCurrent(lower);
            s.stem();
            return List.of(Folding.stripMarks(s.getCurrent()));
        }
    }

    /**
     * Russian: ё is written as е in most texts; and a Latin letter that looks Cyrillic typed into a Cyrillic word
     * ("cекретариат" with a Latin c, as the official corpus has) is read as the Cyrillic one. Both are folded before
     * the stemmer sees the word.
     */
    final class Russian implements Stemming {
        private static final String LATIN = "aceopxyk";
        private static final String CYRILLIC = "асеорхук";
        private final Snowball snowball = new Snowball(RussianStemmer::new);

        @Override
        public String normalise(String lower) {
            return snowball.normalise(fold(lower));
        }

        /**
         * Snowball leaves the "е" of a stem in "-ея" ("ассамблея", "ассамблеей" → "ассамбле") but takes it with the
         * endings "-еи", "-ее", "-ею" ("ассамблеи" → "ассамбл"): one word, two stems. The stem is taken without
         * that final "е", so every case of "Ассамблея" has one.
         */
        @Override
        public List<String> stems(String lower) {
            String stem = snowball.stems(fold(lower)).get(0);
            if (stem.length() > 4 && stem.endsWith("е")) stem = stem.substring(0, stem.length() - 1);
            return List.of(stem);
        }

        static String fold(String lower) {
            String s = lower.replace('ё', 'е');
            if (s.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) return s;
            StringBuilder b = new StringBuilder(s);
            for (int i = 0; i < b.length(); i++) {
                int k = LATIN.indexOf(b.charAt(i));
                if (k >= 0) b.setCharAt(i, CYRILLIC.charAt(k));
            }
            return b.toString();
        }
    }

    /** Lucene's Arabic normaliser and light stemmer, plus a reading without a one-letter proclitic. */
    final class Arabic implements Stemming {
        private static final String PROCLITICS = "بكلفو";
        private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
        private static final ArabicStemmer STEMMER = new ArabicStemmer();

        @Override
        public String normalise(String lower) {
            char[] c = lower.toCharArray();
            return Folding.stripMarks(new String(c, 0, NORMALIZER.normalize(c, c.length)));
        }

        @Override
        public List<String> stems(String lower) {
            String norm = normalise(lower);
            List<String> out = new ArrayList<>(3);
            out.add(stem(norm));
            // Up to two one-letter proclitics: "بأسلحة" (with weapons), "وبأسلحة" (and with weapons).
            for (int k = 1; k <= 2 && norm.length() - k >= 3 && PROCLITICS.indexOf(norm.charAt(k - 1)) >= 0; k++) {
                String s = stem(norm.substring(k));
                if (!out.contains(s)) out.add(s);
            }
            return out;
        }

        private static String stem(String norm) {
            char[] c = norm.toCharArray();
            return new String(c, 0, STEMMER.stem(c, c.length));
        }
    }

    final class Identity implements Stemming {
        @Override
        public String normalise(String lower) {
            return Folding.stripMarks(lower);
        }

        @Override
        public List<String> stems(String lower) {
            return List.of(normalise(lower));
        }
    }
}
