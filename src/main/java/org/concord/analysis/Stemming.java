package org.concord.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Arabic: Lucene's normaliser and light stemmer, with what a light stemmer misses on UN terms –
     * <ul>
     * <li>a stem keeps at least {@value #MIN_STEM} letters: "الأمين" (the Secretary-) is "امين", not "ام", the stem of
     *     "أم" (or) and of words from other roots; a word whose stem would be shorter keeps its ending, except that
     *     a ta marbuta and the sound feminine plural both leave the ta marbuta ("جهة", "الجهات" → "جهه");</li>
     * <li>an attached pronoun after a feminine noun ("جلستها", its meeting → "جلسة"; "هيئاتهم", their bodies) or after a
     *     broken plural ("نوابهم") is taken off, from {@code arabic-pronouns.txt};</li>
     * <li>broken plurals of termbase nouns are read as their singular ("أسلحة" → "سلاح"), from
     *     {@code arabic-broken-plurals.txt};</li>
     * <li>besides the word itself, readings without a one-letter proclitic ("بأسلحة", "وبأسلحة") and, for a word ending
     *     in the alif of the indefinite accusative, without it ("دولة عضوا" → "عضو").</li>
     * </ul>
     */
    final class Arabic implements Stemming {
        private static final String PROCLITICS = "بكلفو";
        private static final int MIN_STEM = 3;
        /** ة as the normaliser writes it (ه); the sound feminine plural ending ات; ت; ا. */
        private static final char TA_MARBUTA = '\u0647';
        private static final String FEMININE_PLURAL = "\u0627\u062A";
        private static final char TA = '\u062A';
        private static final char ALIF = '\u0627';
        private static final String ALIF_HAMZA = "\u0627\u0621";
        private static final String ALIF_HAMZA_ON_YA = "\u0627\u0626";
        private static final String ALIF_HAMZA_ON_WAW = "\u0627\u0624";
        private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
        private static final ArabicStemmer STEMMER = new ArabicStemmer();
        private static final List<String> PRONOUNS = LanguageData.lines("arabic-pronouns.txt").stream()
            .map(Arabic::normalised).toList();
        /** Stem of a broken plural → stem of its singular. */
        private static final Map<String, String> SINGULARS = singulars();

        @Override
        public String normalise(String lower) {
            return normalised(lower);
        }

        private static String normalised(String lower) {
            char[] c = lower.toCharArray();
            return Folding.stripMarks(new String(c, 0, NORMALIZER.normalize(c, c.length)));
        }

        @Override
        public List<String> stems(String lower) {
            String norm = normalise(lower);
            List<String> out = new ArrayList<>(3);
            out.add(stem(norm));
            // Up to two one-letter proclitics: "بأسلحة" (with weapons), "وبأسلحة" (and with weapons).
            for (int k = 1; k <= 2 && norm.length() - k >= MIN_STEM && PROCLITICS.indexOf(norm.charAt(k - 1)) >= 0; k++) {
                String s = stem(norm.substring(k));
                if (!out.contains(s)) out.add(s);
            }
            // The indefinite accusative writes an alif after the word ("131 دولة عضوا"); not after a doubled alif, nor
            // in the pronoun "ها".
            int n = norm.length();
            if (n - 1 >= MIN_STEM && norm.charAt(n - 1) == ALIF && norm.charAt(n - 2) != ALIF && norm.charAt(n - 2) != TA_MARBUTA) {
                String s = stem(norm.substring(0, n - 1));
                if (!out.contains(s)) out.add(s);
            }
            // A word ending in alif and hamza writes the hamza on a seat before a suffix: "الجزاءات" (sanctions) but
            // "الجزائية" (relating to sanctions), "أعضاء" but "أعضائها", "أعضاؤه". Read the seat as the bare hamza too.
            String bare = hamzaUnseated(lower);
            if (bare != null) {
                for (String s : stems(bare)) if (!out.contains(s)) out.add(s);
            }
            return out;
        }

        /** {@code lower} with a hamza seated after an alif (ائ, اؤ) written bare (اء), or null if it has none. */
        private static String hamzaUnseated(String lower) {
            String bare = lower.replace(ALIF_HAMZA_ON_YA, ALIF_HAMZA).replace(ALIF_HAMZA_ON_WAW, ALIF_HAMZA);
            return bare.equals(lower) ? null : bare;
        }

        private static String stem(String norm) {
            String light = lightStem(norm, SINGULARS);
            return SINGULARS.getOrDefault(light, light);
        }

        /**
         * The article off (Lucene), then an attached pronoun, then the suffixes (Lucene, kept ≥ 3 letters). Lucene also
         * takes off a bare "و", which begins many words ("ولاية", "وسائل", "وكالة"); that reading is left to the
         * proclitic readings of {@link #stems}, so that "ولايتها" and "الولاية" keep their "و" alike.
         */
        private static String lightStem(String norm, Map<String, String> singulars) {
            char[] c = norm.toCharArray();
            int len = STEMMER.stemPrefix(c, c.length);
            String word = c.length - len == 1 ? norm : new String(c, 0, len);
            return suffixesOff(withoutPronoun(word, singulars));
        }

        private static String withoutPronoun(String word, Map<String, String> singulars) {
            for (String pronoun : PRONOUNS) {
                if (!word.endsWith(pronoun)) continue;
                String base = word.substring(0, word.length() - pronoun.length());
                if (base.length() >= FEMININE_PLURAL.length() + 2 && base.endsWith(FEMININE_PLURAL)) return base;
                if (pronoun.length() == 1) return word; // "ه" is read as a pronoun only after "ات"
                // ta marbuta is written ت before a pronoun: "جلستها" → "جلسة"; "بيتها" (3-letter root) stays
                if (base.length() > MIN_STEM && base.charAt(base.length() - 1) == TA) {
                    return base.substring(0, base.length() - 1) + TA_MARBUTA;
                }
                return singulars.containsKey(base) ? base : word;
            }
            return word;
        }

        private static String suffixesOff(String word) {
            char[] c = word.toCharArray();
            int len = STEMMER.stemSuffix(c, c.length);
            if (len >= MIN_STEM || len == word.length()) return new String(c, 0, len);
            // Too short: only the feminine ending comes off ("هيئات", "هيئة" → "هيي"), and where that too would leave
            // fewer than three letters the ta marbuta stays ("جهات", "جهة" → "جهه"); other words keep their ending
            // ("امين").
            String rest = null;
            if (word.endsWith(FEMININE_PLURAL)) rest = word.substring(0, word.length() - FEMININE_PLURAL.length());
            else if (word.charAt(word.length() - 1) == TA_MARBUTA) rest = word.substring(0, word.length() - 1);
            if (rest == null) return word;
            return rest.length() >= MIN_STEM ? rest : rest + TA_MARBUTA;
        }

        private static Map<String, String> singulars() {
            Map<String, String> out = new HashMap<>();
            for (String line : LanguageData.lines("arabic-broken-plurals.txt")) {
                String[] f = line.split("\t");
                if (f.length != 2) throw new IllegalStateException("arabic-broken-plurals.txt: not plural<TAB>singular: " + line);
                String plural = lightStem(normalised(f[0].strip()), Map.of());
                String singular = lightStem(normalised(f[1].strip()), Map.of());
                if (!plural.equals(singular)) out.put(plural, singular);
            }
            return Map.copyOf(out);
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
