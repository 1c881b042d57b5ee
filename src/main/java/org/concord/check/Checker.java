package org.concord.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.term.TermOccurrence;
import org.concord.term.TermRecognizer;

/**
 * The front door of the package: runs checks over segment pairs and returns a {@link Report}. Terms are recognised
 * once per segment (in parallel) and shared by every check.
 *
 * <pre>{@code Report r = Checker.standard(termbase.recognizer()).check(pairs);}</pre>
 */
public final class Checker {

    /**
     * What the pairs of one document are: its text in order (a TMX or XLIFF file, two parallel texts, a document of the
     * memory), so that a pair can be judged by what came before it ("el Consejo" after "el Consejo de Seguridad"); or
     * lines sampled from it (a corpus sample), where what came before is not there.
     */
    public enum Documents { IN_ORDER, SAMPLED }

    private final TermRecognizer recognizer;
    private final List<Check> checks;
    private final Documents documents;
    /** The acceptances of official usage tried after a near miss ({@link UsageRules#TOLERANCES} unless a harness varies them). */
    private final List<UsageRule> tolerances;

    public Checker(TermRecognizer recognizer, List<Check> checks) {
        this(recognizer, checks, Documents.IN_ORDER, UsageRules.TOLERANCES);
    }

    private Checker(TermRecognizer recognizer, List<Check> checks, Documents documents, List<UsageRule> tolerances) {
        this.recognizer = recognizer;
        this.checks = List.copyOf(checks);
        this.documents = documents;
        this.tolerances = List.copyOf(tolerances);
    }

    /** This checker for pairs that are {@code documents} (in order by default). */
    public Checker documents(Documents documents) {
        return new Checker(recognizer, checks, documents, tolerances);
    }

    /** This checker with other tolerances: for measuring what each rule, or a candidate rule, accepts. */
    Checker tolerances(List<UsageRule> rules) {
        return new Checker(recognizer, checks, documents, rules);
    }

    /** Every check Concord has, terminology checks using {@code recognizer}. */
    public static Checker standard(TermRecognizer recognizer) {
        return new Checker(recognizer, allChecks());
    }

    /** The checks in the order reports list them. */
    public static List<Check> allChecks() {
        return List.of(new MissingTermCheck(), new WrongWordCheck(), new DeprecatedTermCheck(), new TermConsistencyCheck(),
            SegmentConsistencyCheck.sameSource(), SegmentConsistencyCheck.sameTarget(), new SourceVariantCheck(),
            new AbbreviationCheck(), new NumberCheck(), new SymbolCheck(), new EmptyTargetCheck(), new TruncatedTargetCheck(), new UntranslatedCheck());
    }

    /** Only the checks whose ids are listed; an unknown id is bad input. */
    public Checker only(List<String> ids) {
        List<Check> kept = new ArrayList<>();
        for (String id : ids) {
            kept.add(checks.stream().filter(c -> c.id().equals(id.trim())).findFirst().orElseThrow(() ->
                new org.concord.InputException("unknown check '" + id + "' (known: "
                    + String.join(", ", checks.stream().map(Check::id).toList()) + ")")));
        }
        return new Checker(recognizer, kept, documents, tolerances);
    }

    public List<Check> checks() {
        return checks;
    }

    public Report check(List<SegmentPair> pairs) {
        List<AnalysedPair> analysed = analyse(pairs);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) order.putIfAbsent(pairs.get(i).id(), i);
        List<Finding> findings = new ArrayList<>();
        for (Check c : checks) findings.addAll(c.check(analysed));
        findings.sort(Comparator.comparingInt((Finding f) -> order.getOrDefault(f.pairId(), Integer.MAX_VALUE)));
        int termOccurrences = 0;
        for (AnalysedPair a : analysed) termOccurrences += spans(a.sourceTerms());
        return new Report(pairs, findings, termOccurrences, checks.stream().map(Report.CheckInfo::of).toList());
    }

    /** How the term checks decided each source term of {@code pairs} (see {@link Explanations}), in pair order. */
    public List<TermExplanation> explain(List<SegmentPair> pairs) {
        return Explanations.of(analyse(pairs));
    }

    /**
     * The pairs with their terms recognised on both sides, in parallel, each match given the term it is written as; a
     * source term several concepts share is there once per concept (see {@link TermRecognizer#findSenses}).
     */
    List<AnalysedPair> analyse(List<SegmentPair> pairs) {
        ConceptFacts concepts = new ConceptFacts(tolerances);
        List<AnalysedPair> analysed = pairs.parallelStream()
            .map(p -> new AnalysedPair(p, resolve(recognizer.findSenses(p.source(), p.srcLang()), p.source(), p.srcLang()),
                resolve(recognizer.find(p.target(), p.tgtLang()), p.target(), p.tgtLang()), new AnalysedPair.Verdicts(concepts)))
            .toList();
        if (documents == Documents.IN_ORDER) DocumentMemory.remember(analysed);
        return analysed;
    }

    /** How many spans the occurrences cover: senses of one term share its span and are one occurrence. */
    private static int spans(List<TermOccurrence> terms) {
        int n = 0;
        TermOccurrence previous = null;
        for (TermOccurrence o : terms) {
            if (previous == null || o.start() != previous.start() || o.end() != previous.end()) n++;
            previous = o;
        }
        return n;
    }

    private static List<TermOccurrence> resolve(List<TermOccurrence> found, String text, String lang) {
        return found.stream().map(o -> WrittenForm.resolve(o, text, lang)).toList();
    }
}
