package org.concord.check;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.term.Concept;

/**
 * What the term rules ask of a concept again and again, pair after pair – its approved renderings in a language, and
 * whether its name is capitalised – worked out once per run and shared by its pairs (thread-safe). Keyed by concept
 * id, which is unique within the one termbase a run uses.
 */
final class ConceptFacts {
    /** Language → concept id → approved renderings, the preferred one first. */
    private final Map<String, Map<String, List<String>>> approved = new ConcurrentHashMap<>();
    /** Language → concept id → whether the concept's preferred term there is a name. */
    private final Map<String, Map<String, Boolean>> names = new ConcurrentHashMap<>();
    /** The tolerances of the run, in the order they are tried. */
    private final List<UsageRule> tolerances;

    ConceptFacts() {
        this(UsageRules.TOLERANCES);
    }

    ConceptFacts(List<UsageRule> tolerances) {
        this.tolerances = tolerances;
    }

    List<UsageRule> tolerances() {
        return tolerances;
    }

    /** Approved renderings of {@code c} in {@code lang}, the preferred one first. */
    List<String> approved(Concept c, String lang) {
        Map<String, List<String>> ofLang = of(approved, lang);
        List<String> known = ofLang.get(c.id()); // get first: computeIfAbsent locks a shared bin even when the value is there
        return known != null ? known : ofLang.computeIfAbsent(c.id(), k -> MissingTermCheck.approvedRenderings(c, lang));
    }

    /** See {@link UsageRules#isName}. */
    boolean isName(Concept c, String lang) {
        Map<String, Boolean> ofLang = of(names, lang);
        Boolean known = ofLang.get(c.id());
        return known != null ? known : ofLang.computeIfAbsent(c.id(), k -> UsageRules.isName(c, lang));
    }

    private static <V> Map<String, V> of(Map<String, Map<String, V>> byLang, String lang) {
        Map<String, V> m = byLang.get(lang);
        return m != null ? m : byLang.computeIfAbsent(lang, k -> new ConcurrentHashMap<>());
    }
}
