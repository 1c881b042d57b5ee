package org.concord.check;

import org.concord.analysis.Folding;
import org.concord.analysis.LanguageData;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the target refers back to a term the English names in full again, with words per language from {@code
 * anaphora.txt}: a demonstrative and the rendering's head ("those Member States" → "ces États", "эти государства"),
 * where the source has a demonstrative before the term too; and a pronoun for the head, the rest of the rendering
 * following ("all the nuclear-weapon States" → "tous ceux qui sont dotés de l'arme nucléaire").
 *
 * <p>A possessive for a body owning the thing named next to it ("the relevant Security Council resolutions" → "ses
 * résolutions pertinentes") was tried and left out: French writes "le Conseil de sécurité a créée par sa résolution",
 * so with the name deleted the possessive still stood there, and 14 deleted renderings of 871 (fr, es) went unseen
 * for 4 false findings fewer. Only an organ speaking of itself, in its own resolutions, is let go (see
 * {@link #organInOwnVoice}).
 */
final class Anaphora {
    /** Loaded on first use, not in the class initialiser: a line that does not parse is then bad input (exit 2), not an error. */
    private static volatile Map<String, Set<String>> words;
    /** How many words on from the demonstrative the head may stand ("ces deux États"). */
    private static final int GAP = 3;

    private Anaphora() {}

    /** The source has a demonstrative just before the term at {@code termStart}, the target one before the rendering's head. */
    static boolean demonstrativeAndHead(AnalysedPair p, int termStart, LooseRendering.Target target, List<String> approved) {
        Set<String> src = words().get("demonstrative\t" + p.pair().srcLang());
        Set<String> tgt = words().get("demonstrative\t" + p.pair().tgtLang());
        if (src == null || tgt == null) return false;
        String word = wordBefore(p.source(), termStart);
        if (word == null || !src.contains(word.toLowerCase(Locale.ROOT))) return false;
        for (String r : approved) {
            if (LooseRendering.headAfter(target, r, p.pair().tgtLang(), tgt, GAP)) return true;
        }
        return false;
    }

    /** A pronoun of the target stands for the head of a rendering whose other words follow ("ceux qui sont dotés…"). */
    static boolean pronounForHead(AnalysedPair p, LooseRendering.Target target, List<String> approved) {
        Set<String> tgt = words().get("pronoun\t" + p.pair().tgtLang());
        if (tgt == null) return false;
        for (String r : approved) {
            if (LooseRendering.tailAfter(target, r, p.pair().tgtLang(), tgt, GAP)) return true;
        }
        return false;
    }

    /**
     * An Arabic construct whose second noun, named just before, is an attached pronoun on the first: "the Chairs or
     * Vice-Chairs of the subsidiary bodies" → "رؤساء الهيئات الفرعية … أو نوابهم" (their deputies) for "نائب الرئيس". The
     * target has the rendering's head with a possessive suffix (and no article: the suffix makes it definite), and the
     * rendering's other words before it, where the pronoun finds what it stands for.
     */
    static boolean possessiveForGenitive(AnalysedPair p, LooseRendering.Target target, List<String> approved) {
        Set<String> suffixes = words().get("possessive\t" + p.pair().tgtLang());
        if (suffixes == null) return false;
        for (String r : approved) {
            if (LooseRendering.headWithSuffixAfterTail(target, r, p.pair().tgtLang(), suffixes)) return true;
        }
        return false;
    }

    /** A paragraph number or letter before a resolution's opening word: "11.", "(a)", "2)". */
    private static final Pattern PARAGRAPH_MARK = Pattern.compile("^\\s*(?:\\(?(?:\\d+|[a-z])[.)]\\s*)?");

    /**
     * An organ speaking of itself: in its own resolutions and statements the English names the Security Council or
     * the General Assembly where the other languages say "it" – "to report to the General Assembly at its seventieth
     * session" → "de lui faire rapport à sa soixante-dixième session", "la informe en su septuagésimo período de
     * sesiones". A pair is in the organ's voice when its document symbol is one of the organ's resolutions or
     * statements (S/RES/…, A/RES/…), or when its source opens like a resolution paragraph ("11. Requests",
     * "Recalling"), since drafts and committee reports carry resolution text under other symbols. The target must
     * then have a word that can refer to the organ. Not when the organ's name opens the paragraph ("The Security
     * Council reaffirms"): there every language names it.
     */
    static boolean organInOwnVoice(AnalysedPair p, String conceptId, int termStart, int termEnd) {
        Set<String> symbols = words().get("organ\t" + conceptId);
        Set<String> self = words().get("self\t" + p.pair().tgtLang());
        Set<String> possessive = words().get("self-possessive\t" + p.pair().tgtLang());
        Set<String> object = words().get("self-object\t" + p.pair().tgtLang());
        if (symbols == null || self == null && possessive == null && object == null || opensParagraph(p.source(), termStart)) return false;
        if (!issuedBy(p.pair().document(), symbols) && !opensResolutionParagraph(p.source(), p.pair().srcLang())) return false;
        if (self != null) {
            for (String w : NON_LETTERS.split(p.target().toLowerCase(Locale.ROOT))) if (self.contains(w)) return true;
            return false;
        }
        return possessive != null && possessiveBeforeOwned(p, termStart, termEnd, possessive)
            || object != null && objectOfToldVerb(p.target().toLowerCase(Locale.ROOT), p.pair().tgtLang(), object);
    }

    /**
     * Where the organ is the one told or kept informed ("requests the Secretary-General to report to the General
     * Assembly" → "solicita al Secretario General que la informe"), Spanish says it with an object pronoun on the verb:
     * before it ("que lo mantenga informado", "que le presente un informe") or attached to it ("informarla"). The
     * pronoun counts only next to a verb of telling, as "la" and "lo" are also articles.
     */
    private static boolean objectOfToldVerb(String target, String lang, Set<String> object) {
        Set<String> verbs = words().getOrDefault("told-verb\t" + lang, Set.of());
        Set<String> afterLe = words().getOrDefault("told-verb-after-le\t" + lang, Set.of());
        String[] w = NON_LETTERS.split(target);
        for (int i = 0; i < w.length; i++) {
            if (i + 1 < w.length && object.contains(w[i])) {
                boolean neverArticle = w[i].equals("le") || w[i].equals("les");
                if (verbs.contains(w[i + 1]) || neverArticle && afterLe.contains(w[i + 1])) return true;
            }
            for (String pronoun : object) {
                if (w[i].length() <= pronoun.length() + 3 || !w[i].endsWith(pronoun)) continue;
                String verb = unaccented(w[i].substring(0, w[i].length() - pronoun.length()));
                if (verbs.contains(verb) || afterLe.contains(verb)) return true;
            }
        }
        return false;
    }

    /**
     * Where the words that can say "it" are too common to count anywhere in the target (Spanish "su", "sus"), the
     * possessive must stand where the organ was named: just before the word for what the organ owns, "the relevant
     * Security Council resolutions" → "sus resoluciones pertinentes". That word is the English word after the name
     * ("resolutions") or before "of the" it ("the resolutions of the Council"), and the target's is its cognate: the
     * same first {@value #COGNATE} letters, as the Latin words of UN business mostly are (resolution, resolución).
     */
    private static boolean possessiveBeforeOwned(AnalysedPair p, int termStart, int termEnd, Set<String> possessive) {
        List<String> owned = new java.util.ArrayList<>(2);
        String after = wordAfter(p.source(), termEnd);
        if (after != null) owned.add(after);
        String before = ownerBefore(p.source(), termStart);
        if (before != null) owned.add(before);
        if (owned.isEmpty()) return false;
        String[] target = NON_LETTERS.split(p.target().toLowerCase(Locale.ROOT));
        for (int i = 0; i + 1 < target.length; i++) {
            if (!possessive.contains(target[i])) continue;
            for (String o : owned) if (cognate(target[i + 1], o)) return true;
        }
        return false;
    }

    /** Letters two cognates share at their start ("reso" of resolution, resolución). */
    private static final int COGNATE = 4;

    private static boolean cognate(String a, String b) {
        String x = unaccented(a);
        String y = unaccented(b);
        return x.length() > COGNATE && y.length() > COGNATE && x.regionMatches(0, y, 0, COGNATE);
    }

    private static String unaccented(String word) {
        return Folding.stripMarks(word.toLowerCase(Locale.ROOT));
    }

    /** The word after {@code at}, past a possessive "'s" and spaces, or null. */
    private static String wordAfter(String text, int at) {
        int start = at;
        if (text.startsWith("'s", start) || text.startsWith("\u2019s", start)) start += 2;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return end > start ? text.substring(start, end) : null;
    }

    /** "resolutions" in "the resolutions of the Security Council", {@code at} being where the name starts; or null. */
    private static String ownerBefore(String text, int at) {
        String head = text.substring(0, at);
        Matcher m = OWNER_BEFORE.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern OWNER_BEFORE = Pattern.compile("(\\p{L}+)\\s+of\\s+(?:the\\s+)?$");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Where the text of a paragraph begins, after its number or letter ("11. ", "(a) "). */
    private static int afterParagraphMark(String source) {
        Matcher m = PARAGRAPH_MARK.matcher(source);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Whether at most one word ("The") and a paragraph number come before {@code start}. */
    private static boolean opensParagraph(String source, int start) {
        String before = source.substring(Math.min(afterParagraphMark(source), start), start).strip();
        return before.chars().noneMatch(Character::isWhitespace);
    }

    private static boolean issuedBy(String document, Set<String> symbolPrefixes) {
        if (document == null) return false;
        String symbol = document.strip().toUpperCase(Locale.ROOT);
        for (String prefix : symbolPrefixes) if (symbol.startsWith(prefix)) return true;
        return false;
    }

    private static boolean opensResolutionParagraph(String source, String srcLang) {
        Set<String> openings = words().get("opening\t" + srcLang);
        if (openings == null) return false;
        int from = afterParagraphMark(source);
        int to = from;
        while (to < source.length() && Character.isLetter(source.charAt(to))) to++;
        return to > from && Character.isUpperCase(source.charAt(from)) && openings.contains(source.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** The word before {@code at} with only spaces between, or null. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == at) return null;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start < end ? text.substring(start, end) : null;
    }

    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> w = words;
        if (w == null) words = w = load();
        return w;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (LanguageData.Row row : LanguageData.rows(Anaphora.class, "anaphora.txt", 3)) {
            String[] f = row.fields();
            out.put(f[0] + "\t" + f[1], Set.copyOf(List.of(f[2].trim().split("\\s+"))));
        }
        return Map.copyOf(out);
    }
}
