package org.concord.check;

import java.util.List;
import java.util.regex.Pattern;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;

/**
 * The acceptances of the term checks, one small class each (see {@link UsageRule}). {@link Recognised} is tried first;
 * a near miss ({@link NearMiss}) is reported before the others can excuse it, except by {@link ShortNameBeside}.
 */
final class UsageRules {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A hyphen between two letters. */
    private static final Pattern HYPHENS = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

    static final UsageRule RECOGNISED = new Recognised();
    /** A short source name whose head the target has beside the near miss of another name (see {@link ShortNameBeside}). */
    static final UsageRule SHORT_NAME_BESIDE = new ShortNameBeside();

    /** The tolerances tried, in order, when the target has no recognised rendering and no near miss of one. */
    static final List<UsageRule> TOLERANCES = List.of(new SplitOrInflected(), new CompoundHead(), new WrittenJoined(),
        new ShortName(), new FullNameGivenBefore(), new HeadAfterFullName(), new DemonstrativeAndHead(), new PronounForHead(), new PossessiveForGenitive(),
        new OrganInOwnVoice(),
        new SubjectPronoun(), new AcronymOfRendering(), new TranslatedWords(), new TruncatedTarget());

    /** Every rule, for --explain's legend and the tests. */
    static List<UsageRule> all() {
        List<UsageRule> out = new java.util.ArrayList<>();
        out.add(RECOGNISED);
        out.add(SHORT_NAME_BESIDE);
        out.addAll(TOLERANCES);
        return List.copyOf(out);
    }

    private UsageRules() {}

    /** The target has an approved rendering as the recogniser matches terms: through its inflections. */
    static final class Recognised implements UsageRule {
        public String id() {
            return "recognised";
        }

        public String reason() {
            return "the target has a rendering of the concept, matched through its inflections";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            return a.recognisedInTarget(o.concept());
        }
    }

    /**
     * Split by other words ("Point 2 de l'ordre du jour"), with an article added ("la paix et la sécurité
     * internationales"), or inflected beyond the stemmer ("Генеральной Ассамблеи"): see {@link LooseRendering}.
     */
    static final class SplitOrInflected implements UsageRule {
        public String id() {
            return "split-or-inflected";
        }

        public String reason() {
            return "every content word of a rendering is there, close together: split by other words or inflected beyond the stemmer";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            int complement = ofComplement(a.source(), o.end());
            java.util.BitSet taken = complement == 0 ? new java.util.BitSet() : otherTerms(a, o);
            for (String r : a.approved(o.concept())) if (LooseRendering.spread(a.target(), r, a.tgtLang(), complement, taken)) return true;
            return false;
        }

        /** The target's words inside renderings of other concepts. */
        private static java.util.BitSet otherTerms(TermAnalysis a, TermOccurrence o) {
            java.util.BitSet out = new java.util.BitSet();
            List<Token> tokens = a.target().tokens();
            for (TermOccurrence t : a.pair().targetTerms()) {
                if (t.concept().id().equals(o.concept().id())) continue;
                for (int j = 0; j < tokens.size(); j++) if (tokens.get(j).start() >= t.start() && tokens.get(j).end() <= t.end()) out.set(j);
            }
            return out;
        }

        /** An "of" phrase right after the term, up to a comma or bracket: "Review Conference [of the Parties to the Treaty]". */
        private static final Pattern OF_PHRASE = Pattern.compile("\\s+of\\s+[^,;:()\\[\\]]+");
        /** At most this many words of it widen the window. */
        private static final int MAX_COMPLEMENT = 10;

        /** How many words the "of" phrase after {@code end} has (its "of" included), at most {@link #MAX_COMPLEMENT}. */
        static int ofComplement(String source, int end) {
            java.util.regex.Matcher m = OF_PHRASE.matcher(source).region(end, source.length());
            if (!m.lookingAt()) return 0;
            return Math.min(MAX_COMPLEMENT, SPACES.split(m.group().strip()).length);
        }
    }

    /** Chinese shortens a head inside a compound (国家 → 国: 核武器国家 and 缔约国 make 核武器缔约国); see {@link CompoundHeads}. */
    static final class CompoundHead implements UsageRule {
        public String id() {
            return "compound-head";
        }

        public String reason() {
            return "the rendering with its head shortened inside a compound (compound-heads-LANG.txt: 国家 → 国)";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            for (String r : a.approved(o.concept())) {
                String compound = CompoundHeads.shortened(r, a.tgtLang());
                if (compound != null && LooseRendering.spread(a.target(), compound, a.tgtLang())) return true;
            }
            return false;
        }
    }

    /** A one-word rendering written without its hyphen ("nonprolifération"): a slip of spelling, not a term left out. */
    static final class WrittenJoined implements UsageRule {
        public String id() {
            return "written-joined";
        }

        public String reason() {
            return "a one-word rendering written without its hyphen (\"nonprolifération\"): spelling, not a term left out";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            for (String r : a.approved(o.concept())) {
                if (r.indexOf('-') < 0 && r.indexOf('\u2010') < 0 && r.indexOf('\u2011') < 0) continue; // no hyphen to leave out
                String joined = HYPHENS.matcher(r).replaceAll("");
                if (joined.length() < r.length() && !SPACES.matcher(joined).find() && writtenJoined(a.pair().target(), joined)) return true;
            }
            return false;
        }

        /** Whether {@code text} has a word that is {@code joined} with at most an inflectional ending. */
        private static boolean writtenJoined(String text, String joined) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            String word = joined.toLowerCase(java.util.Locale.ROOT);
            for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                if (i > 0 && Character.isLetter(lower.charAt(i - 1))) continue;
                int end = i + word.length();
                int ending = 0;
                while (end + ending < lower.length() && Character.isLetter(lower.charAt(end + ending))) ending++;
                if (ending <= 3) return true;
            }
            return false;
        }
    }

    /**
     * A short name in the source ("the Charter", "the Council") is rendered by the rendering's head alone ("la Charte",
     * "le Conseil"). Accepting the head always ("le Conseil" for "the Security Council") removed a third of the false
     * findings on unpc-dev but let 7 % of deleted renderings through; the source's own short name is the evidence.
     */
    static final class ShortName implements UsageRule {
        public String id() {
            return "short-name";
        }

        public String reason() {
            return "the source uses a short name (\"the Charter\"), the target the rendering's head (\"la Charte\")";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            return shorterName(o.term(), o.concept(), a.srcLang()) && renderedByHead(a.target(), a.approved(o.concept()), a.tgtLang());
        }
    }

    /**
     * The document named the body in full before ("el Consejo de Seguridad" in an earlier pair), and this target by
     * its head ("el Consejo"), as official translations do after the first mention, even where the English repeats the
     * full name. The head must be written as the rendering writes it (capitalised: "el Consejo", not "consejo").
     */
    static final class FullNameGivenBefore implements UsageRule {
        public String id() {
            return "full-name-given-before";
        }

        public String reason() {
            return "an earlier pair of the document named it in full; after that the target may use the rendering's head (\"el Consejo\")";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            if (!a.pair().verdicts().memory().fullNameBefore(o.concept().id())) return false;
            for (String r : a.approved(o.concept())) {
                if (a.tgtLang().equals("zh") ? LooseRendering.head(a.target(), r, "zh") : LooseRendering.headCount(a.target(), r, a.tgtLang()) > 0) return true;
            }
            return false;
        }
    }

    /**
     * {@link ShortName} where the target also has a near miss of the rendering: the head stands elsewhere in the target
     * ("la Charte" beside "l'Organisation des Nations Unies", which is no wrong "Charte des Nations Unies").
     */
    static final class ShortNameBeside implements UsageRule {
        public String id() {
            return "short-name-beside-another-name";
        }

        public String reason() {
            return "a short source name (\"the Charter\") whose head the target has outside the words that look like a wrong rendering";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            Span nearMiss = a.nearMiss() == null ? null : a.nearMiss().window();
            if (nearMiss == null || !shorterName(o.term(), o.concept(), a.srcLang())) return false;
            String text = a.pair().target();
            String masked = text.substring(0, nearMiss.start()) + " ".repeat(nearMiss.end() - nearMiss.start()) + text.substring(nearMiss.end());
            LooseRendering.Target without = LooseRendering.target(masked, TextAnalyzer.forLanguage(a.tgtLang()).tokens(masked), a.tgtLang());
            return renderedByHead(without, a.approved(o.concept()), a.tgtLang());
        }
    }

    /**
     * Official translations name an organ once in full and then by its head ("le Conseil", "l'Assemblée", Arabic
     * "المكتب" for UNODC, "الوكالة" for the IAEA), often even where the English repeats the full name. The head alone
     * is accepted when the target has it at least as often as the source names things with the English head
     * ("Council") plus uses the concept without it (acronyms): every "Council" of the source then has its "Conseil".
     * A deleted rendering beside another council ("Conseil économique et social") leaves one "Conseil" short.
     *
     * <p>Only for a sample of lines, which does not show what the document said before: there the full name may well
     * have come before. Where the run holds the documents' text in order, {@link FullNameGivenBefore} decides: a full
     * name in the source wants a full rendering unless the document gave it before, so the head alone in the pair that
     * opens a document (or in a pair without one) is reported.
     */
    static final class HeadAfterFullName implements UsageRule {
        public String id() {
            return "head-as-often-as-source";
        }

        public String reason() {
            return "the target names the body by its head (\"le Conseil\") as often as the source names bodies with that head,"
                + " and the run, a sample of lines, does not show what the document said before";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            if (a.pair().verdicts().memory().showsEarlierText()) return false;
            Concept c = o.concept();
            String srcLang = a.srcLang();
            String tgtLang = a.tgtLang();
            AnalysedPair p = a.pair();
            String head = c.preferred(srcLang).map(t -> englishHead(t.text())).orElse(null);
            // Only names of one body or instrument: a common noun's head ("practices") is everywhere, and a class named in
            // the plural ("Member States") has a head ("الدول", "États") that other words of the target share.
            if (head == null || !srcLang.equals("en") || plural(p, c)) return false;
            List<Token> words = a.sourceWords();
            String headStem = TextAnalyzer.forLanguage(srcLang).stemKey(head);
            boolean capital = Character.isUpperCase(head.charAt(0));
            long needed = 0;
            for (Token w : words) if (w.stem().equals(headStem) && (!capital || Character.isUpperCase(p.source().charAt(w.start())))) needed++;
            for (TermOccurrence s : p.sourceTerms()) {
                if (!s.concept().id().equals(c.id())) continue;
                boolean hasHead = false;
                for (Token w : words) if (w.start() >= s.start() && w.end() <= s.end() && w.stem().equals(headStem)) hasHead = true;
                if (!hasHead) needed++;
            }
            if (needed == 0) return false;
            // Arabic has no capitals to tell the Office from any office; but where the English names a body only by its
            // acronym (UNODC, IAEA), the UN's Arabic, which has no such acronyms, writes the head with the article
            // ("المكتب", "الوكالة").
            boolean definite = tgtLang.equals("ar") && acronymsOnly(p, c);
            for (String r : a.approved(c)) {
                int n = definite ? LooseRendering.definiteHeadCount(a.target(), r) : LooseRendering.headCount(a.target(), r, tgtLang);
                if (n >= needed) return true;
            }
            return false;
        }

        private static boolean acronymsOnly(AnalysedPair p, Concept c) {
            return p.sourceTerms().stream().filter(o -> o.concept().id().equals(c.id()))
                .allMatch(o -> "acronym".equals(o.term().termType()) || "abbreviation".equals(o.term().termType()));
        }

        private static boolean plural(AnalysedPair p, Concept c) {
            return p.sourceTerms().stream().filter(o -> o.concept().id().equals(c.id())).anyMatch(o -> TermUses.pluralForm(p.source(), o));
        }
    }

    /** "those Member States" → "ces États", "эти государства": see {@link Anaphora#demonstrativeAndHead}. */
    static final class DemonstrativeAndHead implements UsageRule {
        public String id() {
            return "demonstrative-and-head";
        }

        public String reason() {
            return "a demonstrative before the term in the source, one before the rendering's head in the target (\"ces États\")";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            return Anaphora.demonstrativeAndHead(a.pair(), o.start(), a.target(), a.approved(o.concept()));
        }
    }

    /** "ceux qui sont dotés de l'arme nucléaire" for the nuclear-weapon States: see {@link Anaphora#pronounForHead}. */
    static final class PronounForHead implements UsageRule {
        public String id() {
            return "pronoun-for-head";
        }

        public String reason() {
            return "a pronoun stands for the rendering's head and its other words follow (\"ceux qui sont dotés de l'arme nucléaire\")";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            return Anaphora.pronounForHead(a.pair(), a.target(), a.approved(o.concept()));
        }
    }

    /** "أو نوابهم" (or their deputies) after "رؤساء" for "نائب الرئيس": see {@link Anaphora#possessiveForGenitive}. */
    static final class PossessiveForGenitive implements UsageRule {
        public String id() {
            return "possessive-for-genitive";
        }

        public String reason() {
            return "the rendering's second noun, named just before, is a possessive suffix on its head (\"رؤساء … أو نوابهم\" for \"نائب الرئيس\")";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            return Anaphora.possessiveForGenitive(a.pair(), a.target(), a.approved(o.concept()));
        }
    }

    /** The Council or the Assembly in its own resolutions says "it": see {@link Anaphora#organInOwnVoice}. */
    static final class OrganInOwnVoice implements UsageRule {
        public String id() {
            return "organ-in-own-voice";
        }

        public String reason() {
            return "an organ speaking of itself in its own resolution or statement is \"it\" in the target (\"de lui faire rapport\", \"que la informe\")";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            return Anaphora.organInOwnVoice(a.pair(), o.concept().id(), o.start(), o.end());
        }
    }

    /** "The Security Council stresses…" → "Il souligne…": see {@link SubjectPronouns}. */
    static final class SubjectPronoun implements UsageRule {
        public String id() {
            return "subject-pronoun";
        }

        public String reason() {
            return "a name opening the source as its subject is a subject pronoun opening the target (\"Il souligne\")";
        }

        public boolean accepts(TermAnalysis a, TermOccurrence o) {
            return a.isName(o.concept()) && SubjectPronouns.standsFor(a.source(), o.start(), a.pair().target(), a.tgtLang());
        }
    }

    /** "Charter" for "Charter of the United Nations": fewer words than the preferred name, and not an acronym. */
    static boolean shorterName(Term used, Concept c, String lang) {
        if ("acronym".equals(used.termType()) || "abbreviation".equals(used.termType())) return false;
        return c.preferred(lang).map(p -> words(used.text()) < words(p.text())).orElse(false);
    }

    private static int words(String s) {
        return SPACES.split(s.strip()).length;
    }

    /** A name of one thing: its source-language preferred term is capitalised ("Security Council", "UNODC"). */
    static boolean isName(Concept c, String lang) {
        return c.preferred(lang).map(t -> Character.isUpperCase(t.text().charAt(0))).orElse(false);
    }

    /**
     * The head of an English name: the last word of its leading run of capitalised words ("Council" of "Security
     * Council", "Office" of "United Nations Office on Drugs and Crime", "Committee" of "Committee established pursuant
     * to…", "Council" of "Economic and Social Council"); null for a one-word name or one in lower case.
     */
    static String englishHead(String name) {
        String[] w = SPACES.split(name.strip());
        if (w.length < 2 || !Character.isUpperCase(w[0].charAt(0))) return null;
        int i = 0;
        while (i + 1 < w.length && Character.isUpperCase(w[i + 1].charAt(0))
            || i + 2 < w.length && w[i + 1].equals("and") && Character.isUpperCase(w[i + 2].charAt(0))) {
            i += w[i + 1].equals("and") ? 2 : 1;
        }
        return w[i];
    }

    private static boolean renderedByHead(LooseRendering.Target target, List<String> approved, String lang) {
        for (String r : approved) {
            if (LooseRendering.head(target, r, lang)) return true;
        }
        return false;
    }
}
