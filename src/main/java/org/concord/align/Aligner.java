package org.concord.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.concord.Languages;
import org.concord.segment.Sentence;

/**
 * Aligns the sentences of a document with those of its translation. Scores beads (0-1 up to 4-1, 3-3, 1-5) by length
 * agreement, Gale-Church style with the length ratio and variance estimated from the two texts, and by lexical anchors weighted
 * by their rarity in the document (numbers, symbols, punctuation, cognates, names, dictionary entries); paragraph
 * boundaries act as soft anchors. A second pass adds a word dictionary learned from the first pass's sure beads.
 *
 * <pre>{@code
 * Alignment a = Aligner.forLanguages("en", "fr").align(english, french);
 * }</pre>
 */
public final class Aligner {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /**
     * A label standing alone, cut off its paragraph by a segmenter: a paragraph or list number ("10.", "2.26", Arabic
     * "10 -"), a sub-paragraph letter ("(b)", "iv)"), a roman numeral or lettered heading ("III.", "B."), a Chinese
     * numeral ("三.", "十二、") or a footnote marker ("*"). It belongs with the text that follows it.
     */
    private static final String LABEL_CORE = "(?:\\p{N}{1,3}(?:\\.\\p{N}{1,3}){0,3}|[IVXLCivxlc]{1,7}|\\p{L}|[一二三四五六七八九十]{1,3})";
    /** A bare number or letter is not one (a page number, a stray character): it needs its bracket or its stop. */
    private static final Pattern LABEL = Pattern.compile(
        "[(（]" + LABEL_CORE + "[)）]\\s?[.:]?|" + LABEL_CORE + "\\s?[.)、．:\\-–]|[*†‡]{1,3}");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final double INITIAL_VARIANCE = 6.8;
    private static final double SURE = 0.9;
    /** The first pass's 1-1 beads under-represent pairs of disagreeing length; widen their variance by this much. */
    private static final double VARIANCE_TOLERANCE = 2.0;

    private final String srcLang;
    private final String tgtLang;
    private final Lexicon lexicon;
    private final AlignerSettings settings;
    /** General dictionaries' entries for this pair, indexed once and shared by every document aligned; null if none. */
    private final DictionaryAnchors dictionary;

    private Aligner(String srcLang, String tgtLang, Lexicon lexicon, AlignerSettings settings, DictionaryAnchors dictionary) {
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        this.lexicon = lexicon;
        this.settings = settings;
        this.dictionary = dictionary;
    }

    public static Aligner forLanguages(String srcLang, String tgtLang) {
        return new Aligner(Languages.require(srcLang), Languages.require(tgtLang), Lexicon.empty(), AlignerSettings.defaults(), null);
    }

    /** The same aligner using {@code lexicon} (e.g. a termbase) as a bilingual dictionary. */
    public Aligner withLexicon(Lexicon lexicon) {
        return new Aligner(srcLang, tgtLang, lexicon, settings, dictionary);
    }

    public Aligner withSettings(AlignerSettings settings) {
        return new Aligner(srcLang, tgtLang, lexicon, settings, dictionary);
    }

    /**
     * The same aligner anchoring on the words of general bilingual dictionaries (either direction); those for other
     * language pairs are left out.
     */
    public Aligner withDictionaries(List<BilingualDictionary> dictionaries) {
        List<Lexicon.Entry> entries = new ArrayList<>();
        for (BilingualDictionary d : dictionaries) entries.addAll(d.oriented(srcLang, tgtLang));
        DictionaryAnchors anchors = entries.isEmpty() ? null : new DictionaryAnchors(entries, srcLang, tgtLang);
        return new Aligner(srcLang, tgtLang, lexicon, settings, anchors == null || anchors.isEmpty() ? null : anchors);
    }

    /** Aligns two lists of sentences with no paragraph structure (e.g. one sentence per line). */
    public Alignment align(List<String> src, List<String> tgt) {
        return run(src, tgt, new int[src.size()], new int[tgt.size()]);
    }

    /** Aligns segmented documents; their paragraph boundaries serve as soft anchors. */
    public Alignment alignSentences(List<Sentence> src, List<Sentence> tgt) {
        return run(src.stream().map(Sentence::text).toList(), tgt.stream().map(Sentence::text).toList(),
            src.stream().mapToInt(Sentence::paragraph).toArray(), tgt.stream().mapToInt(Sentence::paragraph).toArray());
    }

    private Alignment run(List<String> src, List<String> tgt, int[] srcPara, int[] tgtPara) {
        List<String> warnings = new ArrayList<>();
        if (src.isEmpty() || tgt.isEmpty()) {
            if (src.isEmpty() && !tgt.isEmpty()) warnings.add("the source side is empty: every target sentence is left unaligned");
            if (tgt.isEmpty() && !src.isEmpty()) warnings.add("the target side is empty: every source sentence is left unaligned");
            List<Bead> beads = new ArrayList<>();
            for (int i = 0; i < src.size(); i++) beads.add(new Bead(List.of(i), List.of(), 1.0, false));
            for (int j = 0; j < tgt.size(); j++) beads.add(new Bead(List.of(), List.of(j), 1.0, false));
            return new Alignment(beads, warnings);
        }
        int[] srcKept = content(src);
        int[] tgtKept = content(tgt);
        if (srcKept.length == 0) warnings.add("the source side has no sentence with words in it: nothing is aligned");
        if (tgtKept.length == 0) warnings.add("the target side has no sentence with words in it: nothing is aligned");
        List<BeadSearch.Step> steps = srcKept.length == 0 || tgtKept.length == 0
            ? List.of()
            : alignContent(pick(src, srcKept), pick(tgt, tgtKept), pickInts(srcPara, srcKept), pickInts(tgtPara, tgtKept), warnings);
        List<Bead> beads = restore(steps, srcKept, tgtKept, srcPara, tgtPara, src, tgt, paragraphTrust(srcPara, tgtPara) > 0);
        warn(beads, src.size(), tgt.size(), warnings);
        return new Alignment(beads, warnings);
    }

    /**
     * Indices of sentences with at least two letters or three digits (a year heading) that are not a label on their own;
     * the rest (page numbers, list numbers, headings' numerals, rules, OCR debris) are set aside during the search.
     */
    private static int[] content(List<String> sentences) {
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            String s = sentences.get(k);
            if (isLabel(s)) continue;
            if (LETTER.matcher(s).results().limit(2).count() >= 2 || DIGIT.matcher(s).results().limit(3).count() >= 3) kept.add(k);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> pick(List<String> all, int[] idx) {
        return Arrays.stream(idx).mapToObj(all::get).toList();
    }

    private static int[] pickInts(int[] all, int[] idx) {
        return Arrays.stream(idx).map(k -> all[k]).toArray();
    }

    private List<BeadSearch.Step> alignContent(List<String> src, List<String> tgt, int[] srcPara, int[] tgtPara, List<String> warnings) {
        FeatureExtractor srcFx = new FeatureExtractor(srcLang, tgtLang);
        FeatureExtractor tgtFx = new FeatureExtractor(tgtLang, srcLang);
        List<List<String>> srcKeys = src.stream().map(srcFx::keys).map(ArrayList::new).map(l -> (List<String>) l).toList();
        List<List<String>> tgtKeys = tgt.stream().map(tgtFx::keys).map(ArrayList::new).map(l -> (List<String>) l).toList();
        addDictionary(srcKeys, tgtKeys, src, tgt, lexicon.entries(), "D");
        if (dictionary != null) dictionary.tag(src, tgt, srcKeys, tgtKeys, "B");

        int[] srcLen = src.stream().mapToInt(Aligner::length).toArray();
        int[] tgtLen = tgt.stream().mapToInt(Aligner::length).toArray();
        AnchorIndex index = new AnchorIndex(srcKeys, tgtKeys, settings);
        double ratio = index.lengthRatio(srcLen, tgtLen);
        boolean[] srcEnd = paragraphEnds(srcPara);
        boolean[] tgtEnd = paragraphEnds(tgtPara);
        double paraScale = paragraphTrust(srcPara, tgtPara);

        double variance = INITIAL_VARIANCE * Math.max(ratio, 1 / ratio);
        BeadSearch search = new BeadSearch(srcLen, tgtLen, srcEnd, tgtEnd, settings.paragraphCross() * paraScale,
            settings.paragraphMismatch() * paraScale, index, ratio, variance);
        List<BeadSearch.Step> steps = singleDeletions(search.search(index.guide(), settings.bandWidth()));
        ratio = estimateRatio(steps, srcLen, tgtLen, ratio);
        variance = estimateVariance(steps, srcLen, tgtLen, ratio, variance);
        if (settings.learnLexicon()) {
            List<List<String>> srcWords = new ArrayList<>(), tgtWords = new ArrayList<>();
            for (BeadSearch.Step s : steps) {
                if (s.i1() - s.i0() == 1 && s.j1() - s.j0() == 1 && s.posterior() >= SURE) {
                    srcWords.add(srcFx.words(src.get(s.i0())));
                    tgtWords.add(tgtFx.words(tgt.get(s.j0())));
                }
            }
            List<String[]> learned = Model1.learn(srcWords, tgtWords);
            addLearned(srcKeys, tgtKeys, src, tgt, srcFx, tgtFx, learned);
            index = new AnchorIndex(srcKeys, tgtKeys, settings);
        }
        search = new BeadSearch(srcLen, tgtLen, srcEnd, tgtEnd, settings.paragraphCross() * paraScale,
            settings.paragraphMismatch() * paraScale, index, ratio, variance);
        List<BeadSearch.Step> result = singleDeletions(search.search(index.guide(), settings.bandWidth()));
        if (search.bandLimited()) {
            warnings.add("the alignment strays far from the diagonal and the search reached its size limit: check the flagged beads");
        }
        return result;
    }

    /** A run of untranslated sentences, searched as one bead, reported sentence by sentence. */
    private static List<BeadSearch.Step> singleDeletions(List<BeadSearch.Step> steps) {
        List<BeadSearch.Step> out = new ArrayList<>(steps.size());
        for (BeadSearch.Step s : steps) {
            if (s.i1() - s.i0() > 1 && s.j1() == s.j0()) {
                for (int i = s.i0(); i < s.i1(); i++) out.add(new BeadSearch.Step(i, i + 1, s.j0(), s.j0(), s.posterior()));
            } else if (s.j1() - s.j0() > 1 && s.i1() == s.i0()) {
                for (int j = s.j0(); j < s.j1(); j++) out.add(new BeadSearch.Step(s.i0(), s.i0(), j, j + 1, s.posterior()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Sentence length in characters, spaces not counted (Chinese has none). */
    private static int length(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) if (!Character.isWhitespace(s.charAt(k))) n++;
        return Math.max(1, n);
    }

    private static boolean[] paragraphEnds(int[] para) {
        boolean[] end = new boolean[para.length];
        for (int k = 0; k < para.length; k++) end[k] = k + 1 == para.length || para[k + 1] != para[k];
        return end;
    }

    /** 1 when both sides have matching paragraph structure, less as their paragraph counts diverge, 0 without any. */
    private static double paragraphTrust(int[] srcPara, int[] tgtPara) {
        long ps = Arrays.stream(srcPara).distinct().count(), pt = Arrays.stream(tgtPara).distinct().count();
        if (ps < 2 || pt < 2) return 0;
        double agreement = (double) Math.min(ps, pt) / Math.max(ps, pt);
        return agreement >= 0.9 ? 1 : agreement >= 0.7 ? 0.5 : 0.2;
    }

    /** Target characters per source character over the first pass's 1-1 beads (untranslated parts left out). */
    private static double estimateRatio(List<BeadSearch.Step> steps, int[] srcLen, int[] tgtLen, double fallback) {
        long s = 0, t = 0, count = 0;
        for (BeadSearch.Step step : steps) {
            if (step.i1() - step.i0() != 1 || step.j1() - step.j0() != 1) continue;
            s += srcLen[step.i0()];
            t += tgtLen[step.j0()];
            count++;
        }
        return count < 20 ? fallback : (double) t / s;
    }

    /**
     * Variance of the length difference per character, from the first pass's 1-1 beads (all of them, not only the sure
     * ones, which would favour pairs of agreeing length; the most extreme 2% are left out as likely errors).
     */
    private static double estimateVariance(List<BeadSearch.Step> steps, int[] srcLen, int[] tgtLen, double ratio, double fallback) {
        List<Double> z = new ArrayList<>();
        for (BeadSearch.Step s : steps) {
            if (s.i1() - s.i0() != 1 || s.j1() - s.j0() != 1) continue;
            double ls = srcLen[s.i0()], lt = tgtLen[s.j0()];
            double mean = (ls + lt / ratio) / 2;
            z.add((lt - ratio * ls) * (lt - ratio * ls) / mean);
        }
        if (z.size() < 20) return fallback;
        z.sort(null);
        int keep = (int) Math.ceil(z.size() * 0.98);
        double mean = z.subList(0, keep).stream().mapToDouble(Double::doubleValue).average().orElse(fallback);
        return Math.max(1.0, VARIANCE_TOLERANCE * mean);
    }

    private static void addDictionary(List<List<String>> srcKeys, List<List<String>> tgtKeys, List<String> src,
                                      List<String> tgt, List<Lexicon.Entry> entries, String prefix) {
        if (entries.isEmpty()) return;
        PhraseMatcher srcMatcher = new PhraseMatcher(entries.stream().map(Lexicon.Entry::source).toList());
        PhraseMatcher tgtMatcher = new PhraseMatcher(entries.stream().map(Lexicon.Entry::target).toList());
        int[] group = SenseGroups.of(entries.stream().map(e -> new String[] {e.source(), e.target()}).toList());
        for (int i = 0; i < src.size(); i++) for (int e : srcMatcher.find(src.get(i))) srcKeys.get(i).add(prefix + group[e]);
        for (int j = 0; j < tgt.size(); j++) for (int e : tgtMatcher.find(tgt.get(j))) tgtKeys.get(j).add(prefix + group[e]);
    }

    private static void addLearned(List<List<String>> srcKeys, List<List<String>> tgtKeys, List<String> src, List<String> tgt,
                                   FeatureExtractor srcFx, FeatureExtractor tgtFx, List<String[]> pairs) {
        int[] group = SenseGroups.of(pairs);
        Map<String, List<Integer>> bySrc = new HashMap<>(), byTgt = new HashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            bySrc.computeIfAbsent(pairs.get(p)[0], w -> new ArrayList<>()).add(group[p]);
            byTgt.computeIfAbsent(pairs.get(p)[1], w -> new ArrayList<>()).add(group[p]);
        }
        tagWords(srcKeys, src, srcFx, bySrc);
        tagWords(tgtKeys, tgt, tgtFx, byTgt);
    }

    /** Tags each sentence with the groups of the learned pairs its words belong to. */
    private static void tagWords(List<List<String>> keys, List<String> sentences, FeatureExtractor fx, Map<String, List<Integer>> ids) {
        for (int k = 0; k < sentences.size(); k++) {
            Set<Integer> seen = new HashSet<>();
            for (String w : fx.words(sentences.get(k))) {
                for (int p : ids.getOrDefault(w, List.of())) if (seen.add(p)) keys.get(k).add("L" + p);
            }
        }
    }

    /**
     * Beads over the original sentence numbers. A set-aside sentence joins the bead of its nearest neighbour in the
     * same paragraph (a list number cut off its item by the segmenter); without paragraphs a list number joins the next
     * sentence's bead and anything else goes back as 1-0 / 0-1.
     */
    private List<Bead> restore(List<BeadSearch.Step> steps, int[] srcKept, int[] tgtKept, int[] srcPara, int[] tgtPara,
                               List<String> srcText, List<String> tgtText, boolean useParagraphs) {
        int n = srcPara.length, m = tgtPara.length;
        List<List<Integer>> srcSides = new ArrayList<>(), tgtSides = new ArrayList<>();
        int[] srcBead = new int[n], tgtBead = new int[m];
        Arrays.fill(srcBead, -1);
        Arrays.fill(tgtBead, -1);
        for (BeadSearch.Step s : steps) {
            int b = srcSides.size();
            List<Integer> sIdx = new ArrayList<>(), tIdx = new ArrayList<>();
            for (int i = s.i0(); i < s.i1(); i++) {
                sIdx.add(srcKept[i]);
                srcBead[srcKept[i]] = b;
            }
            for (int j = s.j0(); j < s.j1(); j++) {
                tIdx.add(tgtKept[j]);
                tgtBead[tgtKept[j]] = b;
            }
            srcSides.add(sIdx);
            tgtSides.add(tIdx);
        }
        attach(srcBead, srcPara, srcText, srcSides, steps, useParagraphs);
        attach(tgtBead, tgtPara, tgtText, tgtSides, steps, useParagraphs);
        List<Bead> out = new ArrayList<>();
        int nextSrc = 0, nextTgt = 0;
        for (int b = 0; b < steps.size(); b++) {
            List<Integer> sIdx = srcSides.get(b), tIdx = tgtSides.get(b);
            sIdx.sort(null);
            tIdx.sort(null);
            int srcUpTo = sIdx.isEmpty() ? nextSrc : sIdx.get(0);
            int tgtUpTo = tIdx.isEmpty() ? nextTgt : tIdx.get(0);
            for (; nextSrc < srcUpTo; nextSrc++) if (srcBead[nextSrc] < 0) out.add(new Bead(List.of(nextSrc), List.of(), 1.0, false));
            for (; nextTgt < tgtUpTo; nextTgt++) if (tgtBead[nextTgt] < 0) out.add(new Bead(List.of(), List.of(nextTgt), 1.0, false));
            nextSrc = Math.max(nextSrc, sIdx.isEmpty() ? nextSrc : sIdx.get(sIdx.size() - 1) + 1);
            nextTgt = Math.max(nextTgt, tIdx.isEmpty() ? nextTgt : tIdx.get(tIdx.size() - 1) + 1);
            double p = steps.get(b).posterior();
            out.add(new Bead(sIdx, tIdx, p, p < settings.flagBelow()));
        }
        for (; nextSrc < n; nextSrc++) if (srcBead[nextSrc] < 0) out.add(new Bead(List.of(nextSrc), List.of(), 1.0, false));
        for (; nextTgt < m; nextTgt++) if (tgtBead[nextTgt] < 0) out.add(new Bead(List.of(), List.of(nextTgt), 1.0, false));
        return out;
    }

    private static void attach(int[] beadOf, int[] para, List<String> text, List<List<Integer>> sides, List<BeadSearch.Step> steps,
                               boolean useParagraphs) {
        int[] original = beadOf.clone();
        for (int k = 0; k < beadOf.length; k++) {
            if (original[k] >= 0) continue;
            int target = -1;
            if (useParagraphs) {
                for (int x = k + 1; x < beadOf.length && para[x] == para[k] && target < 0; x++) target = original[x];
                for (int x = k - 1; x >= 0 && para[x] == para[k] && target < 0; x--) target = original[x];
            }
            // A label alone in its paragraph, or in a text without paragraphs, labels what follows it.
            if (target < 0 && isLabel(text.get(k))) {
                for (int x = k + 1; x < beadOf.length && target < 0; x++) target = original[x];
            }
            if (target < 0) continue;
            BeadSearch.Step s = steps.get(target);
            if (s.i1() == s.i0() || s.j1() == s.j0()) continue; // only into beads that have both sides
            beadOf[k] = target;
            sides.get(target).add(k);
        }
    }

    /** True when {@code sentence} is nothing but a label (see {@link #LABEL}). */
    static boolean isLabel(String sentence) {
        return LABEL.matcher(sentence.strip()).matches();
    }

    private static void warn(List<Bead> beads, int n, int m, List<String> warnings) {
        double r = (double) Math.max(n, m) / Math.max(1, Math.min(n, m));
        if (r >= 1.5) {
            warnings.add(String.format(Locale.ROOT, "the two sides differ a lot in length (%d source and %d target sentences)", n, m));
        }
        int runStart = -1, runLen = 0, bestStart = -1, bestLen = 0;
        for (Bead b : beads) {
            if (b.tgt().isEmpty() && !b.src().isEmpty()) {
                if (runLen == 0) runStart = b.src().get(0);
                runLen++;
                if (runLen > bestLen) {
                    bestLen = runLen;
                    bestStart = runStart;
                }
            } else if (!b.tgt().isEmpty()) {
                runLen = 0;
            }
        }
        if (bestLen >= 10 && bestLen >= 0.2 * n) {
            warnings.add(String.format(Locale.ROOT, "source sentences %d-%d (%d of %d) have no translation: is the translation incomplete?",
                bestStart, bestStart + bestLen - 1, bestLen, n));
        }
        long flagged = beads.stream().filter(Bead::flagged).count();
        if (flagged > 0.3 * beads.size() && beads.size() >= 10) {
            warnings.add(String.format(Locale.ROOT, "%d of %d beads have low confidence: are these really translations of each other?", flagged, beads.size()));
        }
    }
}
