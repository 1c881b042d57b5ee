package org.concord.check;

import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * Where a target holds an approved rendering with one content word wrong: "Consejo General" for "Consejo de
 * Seguridad", "Tratado de Prohibición Parcial de los Ensayos Nucleares" for "… Completa …", "Consejo de Securidad",
 * "Совет по безопасности" for "Совет Безопасности". Nothing here knows which words are confusable: any content word in
 * the place of one of the rendering's, the others all there in order, is a near miss.
 *
 * <p>The rendering's words are aligned with a run of target words, each content word matched through its inflections
 * (as {@link LooseRendering} matches them) or replaced by one other content word; function words may differ (an
 * article, "de"/"del") and, beside a capitalised replacement ("Consejo General") or none, be added or left out. Exactly
 * one content word may differ, and at least one must be right. A replacement must be written as the word it replaces is
 * (capitalised or not; in Arabic with the article or without): "le Conseil adopte" is the Council's short name and a
 * verb, not a wrong name. A rendering word the termbase capitalises, written in lower case next to an added word
 * ("Совет по безопасности"), differs too. Chinese, written without spaces, is compared by characters: one run of up to
 * a third of the rendering's characters replaced by a run of about the same length ("杀伤性" for "毁灭性").
 */
final class NearMiss {
    /** What differs. */
    enum Kind {
        /** Another word in the place of the rendering's. */
        SUBSTITUTED,
        /** The rendering's word with a letter or two wrong. */
        MISSPELT,
        /** The rendering's capitalised word in lower case, with a word added: another name. */
        LOWERCASED
    }

    /** A near miss: the target span of the differing word, the word written there and the rendering's word it stands for. */
    record Found(Span span, String written, String expected, String rendering, Kind kind, Span window) {
        Found(Span span, String written, String expected, String rendering, Kind kind) {
            this(span, written, expected, rendering, kind, span);
        }

        Found within(Span w) {
            return new Found(span, written, expected, rendering, kind, w);
        }

        String describe() {
            return switch (kind) {
                case SUBSTITUTED -> "'" + written + "' where the termbase has '" + expected + "'";
                case MISSPELT -> "'" + written + "' is misspelt: the termbase has '" + expected + "'";
                case LOWERCASED -> "'" + written + "' where the termbase has '" + expected + "' (another name)";
            };
        }
    }

    private static final LevenshteinDistance TYPO = new LevenshteinDistance(2);
    /** Costs of the alignment: a content word changed is 1; a function word added or left out costs this. */
    private static final double FUNCTION_EDIT = 0.3;
    private static final double NEVER = 1e9;
    /** How many words either side of a replacement the rendering's own word may stand for the pair to be no near miss. */
    private static final int NEARBY = 3;
    /** How many words on a name may give the rendering's word. */
    private static final int NAME_REACH = 8;
    /** Chinese particles and conjunctions: one of them in a rendering's place is grammar ("无核武器的…国"), not a word. */
    private static final String HAN_PARTICLES = "的之和及与或";

    private NearMiss() {}

    /** The first near miss of {@code rendering} in the target, or null; spans of {@code targetTerms} are not looked into. */
    static Found find(LooseRendering.Target target, String rendering, String lang, List<TermOccurrence> targetTerms) {
        return find(target, rendering, lang, targetTerms, false);
    }

    /**
     * As {@link #find(LooseRendering.Target, String, String, List)}; {@code name} says the source term is a name
     * ("General Assembly"), which in a script without capitals (Arabic) stands in for the capitals that mark one.
     */
    static Found find(LooseRendering.Target target, String rendering, String lang, List<TermOccurrence> targetTerms, boolean name) {
        if (lang.equals("zh")) return findHan(target.text(), rendering, targetTerms);
        LooseRendering.Rendering r = LooseRendering.rendering(rendering, lang);
        List<LooseRendering.Slot> slots = r.slots();
        if (r.words().size() == 1) return misspeltWord(target, rendering, slots, lang, targetTerms);
        if (r.words().size() < 2) return null;
        int n = slots.size();
        int m = target.size();
        // Where each content word of the rendering is: a near miss has at least one of them (most renderings have none
        // in a given sentence, and the alignment below is then not needed).
        java.util.BitSet[] at = new java.util.BitSet[n];
        java.util.BitSet any = new java.util.BitSet(m);
        for (int i = 0; i < n; i++) {
            if (!slots.get(i).content()) continue;
            java.util.BitSet c = target.candidates(slots.get(i).word());
            for (int j = c.nextSetBit(0); j >= 0; j = c.nextSetBit(j + 1)) if (!LooseRendering.matches(target, j, slots.get(i).word())) c.clear(j);
            at[i] = c;
            any.or(c);
        }
        if (any.isEmpty()) return null;
        boolean[] function = target.function();
        // Align only around the words found: a band of the rendering's length either side of each (merged).
        Found first = null;
        int p = any.nextSetBit(0);
        while (p >= 0) {
            int from = Math.max(0, p - n - 1);
            int to = Math.min(m, p + n + 2);
            int q = any.nextSetBit(p + 1);
            while (q >= 0 && q - n - 1 <= to) {
                to = Math.min(m, q + n + 2);
                q = any.nextSetBit(q + 1);
            }
            Found f = align(slots, at, function, target, from, to, rendering, lang, name, targetTerms);
            if (f == EXACT) return null;
            if (first == null) first = f;
            p = q;
        }
        return first;
    }

    /** Marks an alignment that found the rendering itself, its words in order. */
    private static final Found EXACT = new Found(new Span(0, 0), "", "", "", Kind.SUBSTITUTED);

    /** The near miss in target words [from, to), {@link #EXACT} when the rendering itself is there, or null. */
    private static Found align(List<LooseRendering.Slot> slots, java.util.BitSet[] at, boolean[] function,
                               LooseRendering.Target target, int from, int to, String rendering, String lang, boolean name,
                               List<TermOccurrence> targetTerms) {
        int n = slots.size();
        int m = to - from;
        // dp[i][j]: cost of aligning the rendering's first i words with target words from..from+j (free start).
        double[][] dp = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 1 diagonal, 2 rendering word left out, 3 target word added
        for (int i = 1; i <= n; i++) dp[i][0] = NEVER;
        for (int i = 1; i <= n; i++) {
            LooseRendering.Slot s = slots.get(i - 1);
            for (int j = 0; j <= m; j++) {
                double best = NEVER;
                byte how = 0;
                if (j > 0) {
                    int t = from + j - 1;
                    double d = dp[i - 1][j - 1] + pairCost(slots, at, s, target, t, function[t], lang, i - 1);
                    if (d < best) { best = d; how = 1; }
                    double add = function[t] ? dp[i][j - 1] + FUNCTION_EDIT : NEVER;
                    if (add < best) { best = add; how = 3; }
                }
                double drop = s.content() ? NEVER : dp[i - 1][j] + FUNCTION_EDIT;
                if (drop < best) { best = drop; how = 2; }
                dp[i][j] = best;
                move[i][j] = how;
            }
        }
        // The rendering itself, its words in order, is there: nothing is near, the term is rendered or loosely so.
        for (int end = 1; end <= m; end++) if (dp[n][end] < 1) return EXACT;
        for (int end = 1; end <= m; end++) {
            double cost = dp[n][end];
            if (cost < 1 || cost >= 2) continue;
            Found f = trace(slots, target, move, n, end, from, rendering, lang, name && lang.equals("ar"));
            if (f != null && !insideTerm(f.span(), targetTerms)) return f;
        }
        return null;
    }

    /** The cost of writing rendering word {@code s} as target word {@code j}. */
    private static double pairCost(List<LooseRendering.Slot> slots, java.util.BitSet[] at, LooseRendering.Slot s,
                                   LooseRendering.Target target, int j, boolean function, String lang, int index) {
        if (!s.content()) return function ? functionCost(s.surface(), written(target, j)) : NEVER;
        if (function) return NEVER;
        if (at[index].get(j)) {
            return lowered(s, target, j, index) || slip(s.surface(), written(target, j), lang) ? 1 : 0;
        }
        for (java.util.BitSet other : at) {
            if (other != null && other.get(j)) return NEVER; // a word of the rendering itself
        }
        return replaceable(s, written(target, j), lang) ? 1 : NEVER;
    }

    /**
     * A function word of the rendering written as another: free when both begin alike, as forms of one word do
     * ("de"/"del"/"des"/"du", "la"/"le"/"l'", "о"/"об"); otherwise an edit ("le Conseil a souligné" is no "Conseil de").
     */
    private static double functionCost(String expected, String written) {
        return Character.toLowerCase(expected.charAt(0)) == Character.toLowerCase(written.charAt(0)) ? 0 : FUNCTION_EDIT;
    }

    /** A word after the first that the rendering capitalises, written in lower case. */
    private static boolean lowered(LooseRendering.Slot s, LooseRendering.Target target, int j, int index) {
        return index > 0 && Character.isUpperCase(s.surface().charAt(0)) && Character.isLowerCase(written(target, j).charAt(0));
    }

    /** Whether {@code word} can stand in the place of rendering word {@code s}: written alike, letters only. */
    private static boolean replaceable(LooseRendering.Slot s, String word, String lang) {
        if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) return false;
        if (Character.isUpperCase(s.surface().charAt(0)) != Character.isUpperCase(word.charAt(0))) return false;
        if (!lang.equals("ar") || typo(s.surface(), word)) return true;
        // A word with a preposition before its article ("للسكان", for the population) is no modifier of the name.
        return definite(s.surface()) == definite(word) && (!bareArticle(s.surface()) || bareArticle(word));
    }

    private static boolean bareArticle(String arabic) {
        return arabic.startsWith("\u0627\u0644");
    }

    private static boolean definite(String arabic) {
        return arabic.startsWith("\u0627\u0644") || arabic.startsWith("\u0648\u0627\u0644") || arabic.startsWith("\u0628\u0627\u0644")
            || arabic.startsWith("\u0644\u0644") || arabic.startsWith("\u0641\u0627\u0644") || arabic.startsWith("\u0643\u0627\u0644");
    }

    private static String written(LooseRendering.Target target, int j) {
        Token t = target.tokens().get(j);
        return target.text().substring(t.start(), t.end());
    }

    /**
     * Follows the cheapest alignment back from target word {@code end}: the one content word that differs, or null
     * when the alignment adds or leaves out function words beside a replacement in lower case ("le Conseil adopte"
     * for "le Conseil de sécurité") or matches no content word at all.
     */
    private static Found trace(List<LooseRendering.Slot> slots, LooseRendering.Target target, byte[][] move, int i, int j,
                               int from, String rendering, String lang, boolean uncasedName) {
        Found found = null;
        int windowEnd = target.tokens().get(from + j - 1).end();
        int windowStart = windowEnd;
        int lastToken = from + j - 1;
        int firstToken = from + j - 1;
        boolean head = false; // the differing word is the rendering's first content word
        int functionEdits = 0;
        int matched = 0;
        int named = 0; // matched words capitalised on both sides: a name ("Consejo", "Assemblée")
        int foundAt = -1;
        LooseRendering.Word expected = null;
        while (i > 0) {
            switch (move[i][j]) {
                case 1 -> {
                    LooseRendering.Slot s = slots.get(i - 1);
                    windowStart = target.tokens().get(from + j - 1).start();
                    firstToken = from + j - 1;
                    if (!s.content() && functionCost(s.surface(), written(target, from + j - 1)) > 0) functionEdits++;
                    if (s.content()) {
                        String w = written(target, from + j - 1);
                        Token t = target.tokens().get(from + j - 1);
                        Span at = new Span(t.start(), t.end());
                        if (LooseRendering.matches(target, from + j - 1, s.word())) {
                            if (slip(s.surface(), w, lang)) {
                                found = new Found(at, w, s.surface(), rendering, Kind.MISSPELT);
                            } else if (lowered(s, target, from + j - 1, i - 1)) {
                                found = new Found(at, w, s.surface(), rendering, Kind.LOWERCASED);
                            } else {
                                matched++;
                                if (Character.isUpperCase(s.surface().charAt(0)) && Character.isUpperCase(w.charAt(0))) named++;
                            }
                        } else {
                            found = new Found(at, w, s.surface(), rendering, typo(s.surface(), w) ? Kind.MISSPELT : Kind.SUBSTITUTED);
                            foundAt = from + j - 1;
                            expected = s.word();
                            head = slots.subList(0, i - 1).stream().noneMatch(LooseRendering.Slot::content);
                        }
                    }
                    i--;
                    j--;
                }
                case 2 -> {
                    functionEdits++;
                    i--;
                }
                case 3 -> {
                    functionEdits++;
                    j--;
                }
                default -> {
                    return null;
                }
            }
        }
        if (found == null || matched == 0) return null;
        found = found.within(new Span(windowStart, windowEnd));
        if (found.kind() == Kind.LOWERCASED) return functionEdits > 0 ? found : null;
        // Another word beside one or two right ones of a common noun phrase ("ensayos nucleares" for "arma nuclear") is
        // another phrase, not a wrong rendering; a name's capitalised words, or more words right, make it one.
        // Arabic has no capitals to mark a name; the source's name stands in, for a modifier ("الجمعية الوطنية") only:
        // a head replaced is too often a verb or noun before a word of the name ("يمكن دعوة رؤساء").
        if (found.kind() == Kind.SUBSTITUTED && matched < 2 && named == 0 && !(uncasedName && !head)) return null;
        // The rendering's own word close by a replacement: coordinated ("organisations internationales et régionales") or spread.
        if (found.kind() == Kind.SUBSTITUTED) {
            // ... or put after the rest ("обладающие ядерным оружием государства")
            for (int k = Math.max(0, firstToken - NEARBY); k < Math.min(target.size(), lastToken + NEARBY + 1); k++) {
                if (k != foundAt && LooseRendering.matches(target, k, expected)) return null;
            }
            if (nameGoesOn(target, foundAt, expected, found.expected(), lang)) return null;
        }
        // Another word of the same root ("ядерным оружейным потенциалом" beside "ядерным оружием") is another phrase.
        if (found.kind() == Kind.SUBSTITUTED && sameRoot(found.expected(), found.written())) return null;
        boolean capital = Character.isUpperCase(found.written().charAt(0));
        return functionEdits == 0 || capital ? found : null;
    }

    /**
     * Whether the name the replacement stands in goes on and has the rendering's word, or in Arabic a word of its root:
     * a longer name ("Conferencia de las Partes del Año 2000 Encargada del Examen", "مؤتمر الأطراف … لاستعراض
     * المعاهدة"), not a wrong one. A name goes on, either way, through capitalised words, function words and numbers,
     * for up to {@link #NAME_REACH} words (in Arabic through any words).
     */
    private static boolean nameGoesOn(LooseRendering.Target target, int from, LooseRendering.Word expected, String expectedWord,
                                      String lang) {
        return nameHas(target, from, 1, expected, expectedWord, lang) || nameHas(target, from, -1, expected, expectedWord, lang);
    }

    /** {@link #nameGoesOn} in one direction: {@code step} 1 reads on, -1 back ("Conferencia … Encargada del Examen"). */
    private static boolean nameHas(LooseRendering.Target target, int from, int step, LooseRendering.Word expected,
                                   String expectedWord, String lang) {
        boolean arabic = lang.equals("ar");
        String root = arabic ? bare(expectedWord) : null;
        for (int k = from + step, n = 0; k >= 0 && k < target.size() && n < NAME_REACH; k += step, n++) {
            if (LooseRendering.matches(target, k, expected)) return true;
            String w = written(target, k);
            if (arabic) {
                if (sameRoot(root, bare(w))) return true;
                continue;
            }
            Token t = target.tokens().get(k);
            boolean goesOn = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                || LooseRendering.functionWord(w, t.norm(), lang);
            if (!goesOn) return false;
        }
        return false;
    }

    /** An Arabic word without the article and a proclitic before it. */
    private static String bare(String arabic) {
        for (String p : List.of("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0641\u0627\u0644", "\u0643\u0627\u0644",
            "\u0644\u0644", "\u0627\u0644", "\u0644")) {
            if (arabic.startsWith(p) && arabic.length() - p.length() >= 3) return arabic.substring(p.length());
        }
        return arabic;
    }

    /**
     * A slip of the finger that the loose matching of inflections takes for an ending: after the letters both words
     * begin with, a letter dropped before the rest ("Asambea", "revisón"), two letters swapped ("Secretaíra"), or one
     * letter changed three or more from the end ("Miembsos"). Endings change their last letters ("Ассамблея",
     * "Ассамблеи"; "Unidas", "Unidos"), never only a letter before them. Not for Arabic, whose clitics start words.
     */
    static boolean slip(String expected, String written, String lang) {
        if (lang.equals("ar") || lang.equals("zh")) return false;
        String a = expected.toLowerCase(Locale.ROOT);
        String b = written.toLowerCase(Locale.ROOT);
        int n = Math.min(a.length(), b.length());
        int common = 0;
        while (common < n && a.charAt(common) == b.charAt(common)) common++;
        if (common < 3) return false;
        String x = a.substring(common);
        String y = b.substring(common);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.length() == y.length() + 1 && x.substring(1).equals(y) || y.length() == x.length() + 1 && y.substring(1).equals(x)) return true;
        if (x.length() == y.length() && x.length() >= 2 && swapped(x, y)) return true;
        return x.length() == y.length() && x.length() >= 3 && x.substring(1).equals(y.substring(1));
    }

    /** Whether two words begin with the same four letters or more: one root, as a noun and its adjective. */
    private static boolean sameRoot(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int n = Math.min(x.length(), y.length());
        int common = 0;
        while (common < n && x.charAt(common) == y.charAt(common)) common++;
        return common >= 4;
    }

    /** A word of one or two letters wrong: "Securidad" for "Seguridad"; never a word of under five letters. */
    static boolean typo(String expected, String written) {
        String a = expected.toLowerCase(Locale.ROOT);
        String b = written.toLowerCase(Locale.ROOT);
        if (Math.min(a.length(), b.length()) < 5) return false;
        // The rendering's word and the written one may be different inflections ("правила", "праивл" for "правил"):
        // compare them without up to two letters of ending each.
        for (int x = 0; x <= 2; x++) {
            for (int y = 0; y <= 2; y++) {
                String p = a.substring(0, a.length() - x);
                String q = b.substring(0, b.length() - y);
                if (Math.min(p.length(), q.length()) < 4 || p.equals(q)) continue;
                int d = TYPO.apply(p, q);
                if (d >= 1 && d <= (Math.min(p.length(), q.length()) >= 8 ? 2 : 1) || swapped(p, q)) return true;
            }
        }
        return false;
    }

    /** Two neighbouring letters swapped: "Parets" for "Partes". */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
            && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** A one-word rendering ("non-prolifération" is two) misspelt in the target. */
    private static Found misspeltWord(LooseRendering.Target target, String rendering, List<LooseRendering.Slot> slots, String lang,
                                      List<TermOccurrence> targetTerms) {
        LooseRendering.Slot word = slots.stream().filter(LooseRendering.Slot::content).findFirst().orElseThrow();
        String expected = word.surface();
        for (int j = 0; j < target.size(); j++) {
            Token tj = target.tokens().get(j);
            int len = tj.end() - tj.start();
            // a slip keeps the first letter and about the length
            if (Math.abs(len - expected.length()) > 3
                || Character.toLowerCase(target.text().charAt(tj.start())) != Character.toLowerCase(expected.charAt(0))) continue;
            String w = written(target, j);
            if (LooseRendering.matches(target, j, word.word()) || !replaceable(word, w, lang) || !typo(word.surface(), w)) continue;
            if (!sameEnding(word.surface(), w)) continue;
            Token t = target.tokens().get(j);
            Span at = new Span(t.start(), t.end());
            if (!insideTerm(at, targetTerms)) return new Found(at, w, word.surface(), rendering, Kind.MISSPELT);
        }
        return null;
    }

    /**
     * Whether a misspelling keeps the word's first and last letters: a one-letter slip inside a word. Two words that
     * differ at either end ("sanction"/"sanctions" aside, which the stemmer matches) are usually two words.
     */
    private static boolean sameEnding(String a, String b) {
        return Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0))
            && Character.toLowerCase(a.charAt(a.length() - 1)) == Character.toLowerCase(b.charAt(b.length() - 1));
    }

    /** Chinese: the rendering's characters with one run of them replaced by another run of about the same length. */
    private static Found findHan(String text, String rendering, List<TermOccurrence> targetTerms) {
        String r = rendering.replace(" ", "");
        int n = r.length();
        if (n < 3) return null;
        int most = Math.max(1, n / 3);
        // Most of the rendering's characters must be in the text at all.
        int present = 0;
        for (int k = 0; k < n; k++) if (text.indexOf(r.charAt(k)) >= 0) present++;
        if (present < Math.max(2, n - most)) return null;
        for (int x = 0; x < text.length(); x++) {
            int prefix = 0;
            while (prefix < n && x + prefix < text.length() && text.charAt(x + prefix) == r.charAt(prefix)) prefix++;
            if (prefix == n) continue; // the rendering itself
            for (int a = Math.min(prefix, n - 1); a >= 0; a--) {
                for (int b = a + 1; b <= Math.min(n, a + most); b++) {
                    if (a + (n - b) < Math.max(2, n - most)) continue;
                    for (int len = Math.max(1, b - a - 1); len <= b - a + 1; len++) {
                        int from = x + a;
                        int to = from + len;
                        // compared in place: this runs for every character of the text, and a substring each time cost more than the rest
                        if (to + (n - b) > text.length() || !text.regionMatches(to, r, b, n - b)) continue;
                        String written = text.substring(from, to);
                        if (written.equals(r.substring(a, b)) || !written.codePoints().allMatch(NearMiss::han)) continue;
                        if ((a == 0 || b == n) && len != b - a) continue; // at an end, only a word of the same length
                        if (written.chars().allMatch(c -> HAN_PARTICLES.indexOf(c) >= 0)) continue;
                        Span at = new Span(from, to);
                        // The replaced characters in the same clause: a word put inside the rendering
                        // ("秘书长的第一次执行情况报告", "常驻纽约联合国代表"), not put in its place.
                        if (inClause(text, from, to, r.substring(a, b))) continue;
                        if (!insideTerm(at, targetTerms)) {
                            return new Found(at, written, r.substring(a, b), rendering, Kind.SUBSTITUTED, new Span(x, to + (n - b)));
                        }
                    }
                }
            }
        }
        return null;
    }

    private static final String CLAUSE_ENDS = "，。；：！？,;:!?、";

    /** Whether {@code run} stands in the clause around [from, to), outside it. */
    private static boolean inClause(String text, int from, int to, String run) {
        int start = from;
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) start--;
        int end = to;
        while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) end++;
        int before = text.substring(start, from).indexOf(run);
        return before >= 0 || text.substring(to, end).contains(run);
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether {@code span} lies within a longer recognised target term: the words render another concept ("Consejo de
     * Derechos Humanos" beside "Consejo de Seguridad"). A term that is the differing word alone ("Consejo de Desarme")
     * is a wrong word like any other.
     */
    private static boolean insideTerm(Span span, List<TermOccurrence> targetTerms) {
        for (TermOccurrence o : targetTerms) {
            if (o.start() <= span.start() && span.end() <= o.end() && (o.start() < span.start() || span.end() < o.end())) return true;
        }
        return false;
    }
}
