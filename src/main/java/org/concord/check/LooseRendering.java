package org.concord.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;

/**
 * Whether a target renders a term in a way the recogniser cannot see as one term, as official translations often do:
 * split by other words ("Point 2 de l'ordre du jour" for "point de l'ordre du jour"), with an article added ("la paix
 * et la sécurité internationales"), or inflected so that the stemmer gives another stem ("Генеральной Ассамблеи").
 * Words are compared by stem or long common beginning; function words (Lucene's stop lists) are ignored.
 *
 * <p>The head word alone ("la Charte") counts only when the source used a shorter name too ("the Charter"): accepting
 * it always ("le Conseil" for "the Security Council") removed a third of the false alarms on unpc-dev but let 7 % of
 * deleted renderings through.
 */
final class LooseRendering {
    /** How many words beyond the rendering's own length may come between its words. */
    private static final int SLACK = 4;
    /** Language → rendering → its analysis. */
    private static final Map<String, Map<String, Rendering>> RENDERINGS = new ConcurrentHashMap<>();
    /** The Arabic article and proclitics, longest first (normalised spelling, as TextAnalyzer gives it). */
    private static final List<String> ARABIC_PREFIXES = List.of("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف");
    /** The article, alone or after a proclitic ("لل" is "ل" + "ال"). */
    private static final List<String> ARABIC_ARTICLES = List.of("وال", "بال", "فال", "كال", "لل", "ال");

    private LooseRendering() {}

    /**
     * A target's words with their stems and normalised forms, computed once per pair. The words as written and which
     * of them are function words are worked out on first use: only the near-miss search needs them, and it never does
     * for Chinese (compared by characters).
     */
    static final class Target {
        private final String text;
        private final List<Token> tokens;
        private final List<List<String>> forms;
        /** Per word, its stems, its forms and the first {@link #PREFIX} letters of its long forms, as arrays: compared often. */
        private final String[][] stemArrays;
        private final String[][] formArrays;
        private final long[][] prefixes;
        private final String lang;
        private boolean[] function;
        private String[] lower;
        private String[] written;

        private Target(String text, List<Token> tokens, List<List<String>> forms, String lang) {
            this.text = text;
            this.tokens = tokens;
            this.forms = forms;
            this.lang = lang;
            int n = tokens.size();
            stemArrays = new String[n][];
            formArrays = new String[n][];
            prefixes = new long[n][];
            for (int i = 0; i < n; i++) {
                stemArrays[i] = tokens.get(i).stems().toArray(String[]::new);
                formArrays[i] = forms.get(i).toArray(String[]::new);
                prefixes[i] = prefixes(forms.get(i));
            }
        }

        String text() {
            return text;
        }

        List<Token> tokens() {
            return tokens;
        }

        List<List<String>> forms() {
            return forms;
        }

        int size() {
            return tokens.size();
        }

        /** Per word, whether it is a function word (see {@link LooseRendering#functionWord}). */
        boolean[] function() {
            if (function == null) {
                boolean[] f = new boolean[tokens.size()];
                for (int i = 0; i < f.length; i++) {
                    Token t = tokens.get(i);
                    f[i] = functionWord(written(i), t.norm(), lang);
                }
                function = f;
            }
            return function;
        }

        /** Word {@code i} as written (cut once for all words, on first use: the near-miss search asks for each many times). */
        String written(int i) {
            if (written == null) {
                String[] w = new String[tokens.size()];
                for (int k = 0; k < w.length; k++) {
                    Token t = tokens.get(k);
                    w[k] = text.substring(t.start(), t.end());
                }
                written = w;
            }
            return written[i];
        }

        /** Word {@code i} as written, in lower case (worked out once for all words, on first use). */
        String lower(int i) {
            if (lower == null) {
                String[] l = new String[tokens.size()];
                for (int k = 0; k < l.length; k++) {
                    Token t = tokens.get(k);
                    l[k] = written(k).toLowerCase(Locale.ROOT);
                }
                lower = l;
            }
            return lower[i];
        }

        /**
         * The positions where {@code w} may match: a superset of those where {@link #matches} holds (a stem in common, or
         * a form beginning with the same {@link #PREFIX} letters). Scanned, not indexed: a target is asked this a few
         * times, and building maps of its words cost more than the scans.
         */
        BitSet candidates(Word w) {
            BitSet out = new BitSet(size());
            for (int i = 0; i < stemArrays.length; i++) {
                if (shareStem(stemArrays[i], w.stemArray()) || sharePrefix(prefixes[i], w.prefixes())) out.set(i);
            }
            return out;
        }

        /** Whether word {@code i} and {@code w} have a stem in common, or forms that are {@link #sameWord}. */
        boolean matches(int i, Word w) {
            if (shareStem(stemArrays[i], w.stemArray())) return !relativeAdjectiveOf(formArrays[i], w.formArray());
            // sameWord needs PREFIX identical first letters: compare those first, as one number.
            if (!sharePrefix(prefixes[i], w.prefixes())) return false;
            for (String a : formArrays[i]) {
                for (String b : w.formArray()) if (sameWord(a, b)) return true;
            }
            return false;
        }

        /**
         * Arabic: the light stemmer takes the relative ending off, so "الدولية" (international) and "الدول" (the States),
         * "العضوية" (membership) and "عضو" (member) share a stem. A target word with the ending (ية, يين, يات, يون) is
         * another word than a rendering's word without one (or without the masculine ي: "الدولي" and "الدولية" agree).
         */
        private static boolean relativeAdjectiveOf(String[] target, String[] rendering) {
            if (target.length == 0 || rendering.length == 0 || !arabic(target[0])) return false;
            return relative(target[0]) && !relative(rendering[0]) && !rendering[0].endsWith("\u064a");
        }

        private static boolean relative(String norm) {
            for (String ending : RELATIVE_ENDINGS) if (norm.endsWith(ending) && norm.length() > ending.length() + 2) return true;
            return false;
        }

        /** ية (with ة as the normaliser writes it, ه), يين, يات, يون. */
        private static final List<String> RELATIVE_ENDINGS = List.of("\u064a\u0647", "\u064a\u064a\u0646", "\u064a\u0627\u062a",
            "\u064a\u0648\u0646");

        private static boolean shareStem(String[] a, String[] b) {
            for (String x : a) {
                for (String y : b) if (x.equals(y)) return true;
            }
            return false;
        }

        private static boolean sharePrefix(long[] a, long[] b) {
            for (long x : a) {
                for (long y : b) if (x == y) return true;
            }
            return false;
        }
    }

    /** The first {@link #PREFIX} letters of each form that has as many, each packed in one number. */
    private static long[] prefixes(List<String> forms) {
        long[] out = new long[forms.size()];
        int n = 0;
        for (String f : forms) {
            if (f.length() < PREFIX) continue;
            long key = 0;
            for (int k = 0; k < PREFIX; k++) key = key << 16 | f.charAt(k);
            out[n++] = key;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** {@link #sameWord} needs this many identical first letters. */
    private static final int PREFIX = 4;

    /** The target {@code text}, whose words ({@code TextAnalyzer.forLanguage(lang).tokens(text)}) are already cut. */
    static Target target(String text, List<Token> tokens, String lang) {
        boolean han = lang.equals("zh");
        List<List<String>> forms = new ArrayList<>(tokens.size());
        for (Token t : tokens) forms.add(han ? List.<String>of() : forms(t.norm()));
        return new Target(text, tokens, forms, lang);
    }

    /** True when every content word of {@code rendering} is in {@code target}, close together. */
    static boolean spread(Target target, String rendering, String lang) {
        return spread(target, rendering, lang, 0, new BitSet());
    }

    /**
     * As {@link #spread(Target, String, String)}, the window after the head widened by {@code complement} words: the length of an "of"
     * phrase after the source term, which languages that put modifiers after the noun place between the rendering's
     * words ("Review Conference of the Parties to the Treaty" → "مؤتمر الأطراف في المعاهدة لاستعراض …", "Conférence des
     * Parties … chargée de l'examen"). {@code taken}: the target's words that render other terms.
     */
    static boolean spread(Target target, String rendering, String lang, int complement, BitSet taken) {
        Rendering r = rendering(rendering, lang);
        List<Word> words = r.words();
        if (words.isEmpty()) return false;
        if (lang.equals("zh")) return HanClause.inOrder(target, words);
        int window = r.length() + SLACK;
        boolean ordered = lang.equals("ar"); // Arabic puts a noun's modifiers after it: see inOrder
        BitSet first = target.candidates(words.get(0));
        for (int i = first.nextSetBit(0); i >= 0; i = first.nextSetBit(i + 1)) {
            if (!matches(target, i, words.get(0))) continue;
            int from = ordered ? i : Math.max(0, i - window);
            if (ordered ? inOrder(target, i, Math.min(target.size(), i + window + 1), words)
                : allIn(target, from, Math.min(target.size(), i + window + 1), words)) return true;
            // Further on, after the complement, a word of another term the target has ("العام" of "الأمين العام") is not free
            if (complement > 0 && allFreeIn(target, from, Math.min(target.size(), i + window + complement + 1), words, taken)) return true;
        }
        return false;
    }

    private static boolean allFreeIn(Target target, int from, int to, List<Word> words, BitSet taken) {
        for (Word w : words) {
            boolean found = false;
            for (int j = from; j < to && !found; j++) found = !taken.get(j) && matches(target, j, w);
            if (!found) return false;
        }
        return true;
    }

    /**
     * True when the target names the concept by the head of {@code rendering} alone: its first content word ("la
     * Charte" for "la Charte des Nations Unies"), or in Chinese its last two characters ("《宪章》" for "联合国宪章").
     * Only right when the source, too, used a shorter name ("the Charter").
     */
    static boolean head(Target target, String rendering, String lang) {
        if (lang.equals("zh")) {
            String r = rendering.strip();
            return r.length() > 2 && target.text().contains(r.substring(r.length() - 2));
        }
        List<Word> words = rendering(rendering, lang).words();
        return words.size() > 1 && anyIn(target, 0, target.size(), words.get(0));
    }

    /**
     * True when a word of {@code determiners} is followed, at most {@code gap} words on, by the head of {@code
     * rendering} (its first content word; renderings of one word have no head apart from themselves): "ces États".
     */
    static boolean headAfter(Target target, String rendering, String lang, java.util.Set<String> determiners, int gap) {
        List<Word> words = rendering(rendering, lang).words();
        if (words.size() < 2 || lang.equals("zh")) return false;
        for (int i = 0; i < target.size(); i++) {
            if (!isOneOf(target, i, determiners)) continue;
            for (int j = i + 1; j <= i + gap && j < target.size(); j++) if (matches(target, j, words.get(0))) return true;
        }
        return false;
    }

    /**
     * True when a word of {@code pronouns} stands for the head of {@code rendering} and the rendering's other content
     * words follow it within {@code gap} words plus the rendering's length: "ceux qui sont dotés de l'arme nucléaire"
     * for "États dotés d'armes nucléaires".
     */
    static boolean tailAfter(Target target, String rendering, String lang, java.util.Set<String> pronouns, int gap) {
        Rendering r = rendering(rendering, lang);
        List<Word> words = r.words();
        if (words.size() < 2 || lang.equals("zh")) return false;
        List<Word> tail = words.subList(1, words.size());
        for (int i = 0; i < target.size(); i++) {
            if (!isOneOf(target, i, pronouns)) continue;
            int to = Math.min(target.size(), i + 1 + gap + r.length());
            if (matches(target, i + 1 < target.size() ? i + 1 : i, words.get(0))) continue; // the head itself follows
            if (allIn(target, i + 1, to, tail)) return true;
        }
        return false;
    }

    /**
     * True when the head of {@code rendering} stands in the target without the article and with one of {@code suffixes}
     * (attached possessive pronouns, longest first does not matter: any that ends the word), and the rendering's other
     * content words all come before it: the Arabic construct with its genitive said by a pronoun ("نوابهم" after
     * "رؤساء" for "نائب الرئيس").
     */
    static boolean headWithSuffixAfterTail(Target target, String rendering, String lang, java.util.Set<String> suffixes) {
        List<Word> words = rendering(rendering, lang).words();
        if (words.size() < 2) return false;
        Word head = words.get(0);
        List<Word> tail = words.subList(1, words.size());
        for (int i = 1; i < target.size(); i++) {
            String norm = target.tokens().get(i).norm();
            if (ARABIC_ARTICLES.stream().anyMatch(norm::startsWith) || !endsWithOneOf(norm, suffixes, head)) continue;
            if (matches(target, i, head) && allIn(target, 0, i, tail)) return true;
        }
        return false;
    }

    /** Whether {@code norm} ends with one of {@code suffixes} that the head's own forms do not end with ("جلسة" ends in ه). */
    private static boolean endsWithOneOf(String norm, java.util.Set<String> suffixes, Word head) {
        for (String s : suffixes) {
            if (norm.length() > s.length() + 2 && norm.endsWith(s) && head.forms().stream().noneMatch(f -> f.endsWith(s))) return true;
        }
        return false;
    }

    /** Whether the target's word {@code i}, in lower case as written, is one of {@code words}. */
    private static boolean isOneOf(Target target, int i, java.util.Set<String> words) {
        return words.contains(target.lower(i));
    }

    /**
     * How often the target has the head of {@code rendering} (its first content word: "Conseil" of "Conseil de
     * sécurité", "مكتب" of the Arabic UNODC) written as the rendering writes it: a capitalised head must be capitalised
     * ("le Conseil", not "conseil"). Zero for one-word renderings and for heads without a capital, as in Arabic and
     * Chinese, which cannot tell the Council ("المجلس") from any council.
     */
    static int headCount(Target target, String rendering, String lang) {
        Rendering r = rendering(rendering, lang);
        if (r.words().size() < 2 || !Character.isUpperCase(rendering.charAt(r.headStart()))) return 0;
        Word head = r.words().get(0);
        int n = 0;
        for (int i = 0; i < target.size(); i++) {
            Token t = target.tokens().get(i);
            if (!Character.isUpperCase(target.text().charAt(t.start()))) continue;
            if (matches(target, i, head)) n++;
        }
        return n;
    }

    /** How often an Arabic target has the head of {@code rendering} with the article ("المكتب", "للوكالة"). */
    static int definiteHeadCount(Target target, String rendering) {
        Rendering r = rendering(rendering, "ar");
        if (r.words().size() < 2) return 0;
        Word head = r.words().get(0);
        int n = 0;
        for (int i = 0; i < target.size(); i++) {
            String norm = target.tokens().get(i).norm();
            if (ARABIC_ARTICLES.stream().anyMatch(norm::startsWith) && matches(target, i, head)) n++;
        }
        return n;
    }

    /**
     * Arabic: the rendering's other words after its first, in their order, before {@code to}. Arabic puts a noun's
     * adjectives and genitives after it, so "العامة" of "الأمانة العامة" before a later "الجمعية" is no "الجمعية العامة".
     */
    private static boolean inOrder(Target target, int at, int to, List<Word> words) {
        int j = at + 1;
        for (int k = 1; k < words.size(); k++) {
            while (j < to && !matches(target, j, words.get(k))) j++;
            if (j >= to) return false;
            j++;
        }
        return true;
    }

    private static boolean allIn(Target target, int from, int to, List<Word> words) {
        for (Word w : words) if (!anyIn(target, from, to, w)) return false;
        return true;
    }

    private static boolean anyIn(Target target, int from, int to, Word w) {
        for (int j = from; j < to; j++) if (matches(target, j, w)) return true;
        return false;
    }

    static boolean matches(Target target, int i, Word w) {
        return target.matches(i, w);
    }

    /**
     * Where the stemmer gives two inflected forms different stems (Russian "ассамблея"/"ассамблеи", Arabic
     * "الولاية"/"ولايتها"), a long common beginning still shows they are one word: at least four letters, and all but
     * two letters of the shorter one.
     */
    static boolean sameWord(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int common = 0;
        while (common < n && a.charAt(common) == b.charAt(common)) common++;
        return common - sharedArticle(a, b) >= 4 && common >= n - 2;
    }

    /**
     * The length of an Arabic article both words begin with ("ال", "وال", "لل"…): it is no part of the word, and
     * counting it made "الأمين" (the Secretary-) and "الأمانة" (the Secretariat), or "الأمم" (the Nations), one word.
     */
    private static int sharedArticle(String a, String b) {
        if (!arabic(a)) return 0;
        for (String article : ARABIC_ARTICLES) {
            if (a.startsWith(article) && b.startsWith(article)) return article.length();
        }
        return 0;
    }

    /** A normalised word and, for Arabic, the word without the article or a one-letter proclitic before it. */
    /** Whether {@code word} begins with a letter of the Arabic block. */
    private static boolean arabic(String word) {
        return !word.isEmpty() && word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF';
    }

    private static List<String> forms(String norm) {
        if (!arabic(norm)) return List.of(norm); // no Arabic clitic
        List<String> out = new ArrayList<>(List.of(norm));
        for (String clitic : ARABIC_PREFIXES) {
            if (norm.startsWith(clitic) && norm.length() - clitic.length() >= 3) out.add(norm.substring(clitic.length()));
        }
        return out;
    }

    /** A content word of a rendering: its stems and its normalised forms (also as arrays, for {@link Target#matches}). */
    record Word(List<String> stems, List<String> forms, String[] stemArray, String[] formArray, long[] prefixes) {
        Word(List<String> stems, List<String> forms) {
            this(stems, forms, stems.toArray(String[]::new), forms.toArray(String[]::new), LooseRendering.prefixes(forms));
        }
    }

    /** A word of a rendering as written, with its analysis when it is a content word (null for a function word). */
    record Slot(String surface, Word word) {
        boolean content() {
            return word != null;
        }
    }

    /**
     * A rendering's content words, its length in words (function words included), where its head starts, and all its
     * words in order.
     */
    record Rendering(List<Word> words, int length, int headStart, List<Slot> slots) {}

    /** Whether {@code surface}, a word of a text in {@code lang}, is a function word (a stop word or one letter). */
    static boolean functionWord(String surface, String norm, String lang) {
        if (surface.length() == 1 && !lang.equals("zh")) return true;
        CharArraySet stop = stopWords(lang);
        return stop.contains(norm) || stop.contains(surface.toLowerCase(Locale.ROOT));
    }

    /** A rendering analysed, cached. */
    static Rendering rendering(String rendering, String lang) {
        Map<String, Rendering> ofLang = RENDERINGS.computeIfAbsent(lang, k -> new ConcurrentHashMap<>());
        Rendering cached = ofLang.get(rendering);
        if (cached != null) return cached;
        return ofLang.computeIfAbsent(rendering, k -> {
            List<Word> out = new ArrayList<>();
            List<Slot> slots = new ArrayList<>();
            int headStart = 0;
            List<Token> tokens = TextAnalyzer.forLanguage(lang).tokens(rendering);
            for (Token t : tokens) {
                String surface = rendering.substring(t.start(), t.end());
                if (functionWord(surface, t.norm(), lang)) {
                    slots.add(new Slot(surface, null));
                    continue;
                }
                if (out.isEmpty()) headStart = t.start();
                Word w = new Word(t.stems(), lang.equals("zh") ? List.of() : forms(t.norm()));
                out.add(w);
                slots.add(new Slot(surface, w));
            }
            return new Rendering(out, tokens.size(), headStart, List.copyOf(slots));
        });
    }

    private static CharArraySet stopWords(String lang) {
        return switch (lang) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
    }
}
