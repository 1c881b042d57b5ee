package org.concord.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --explain}: for each source term of each pair, which rule decided it. A finding lists every rule tried
 * and what each would have needed; an accepted rendering names the rule that accepted it. As a terminal table after
 * the report, or as an "explanations" array beside the JSON report's fields.
 */
public final class Explanations {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final Map<String, String> REASONS = reasons();

    private Explanations() {}

    /** The term decisions of every pair, in pair order. */
    static List<TermExplanation> of(List<AnalysedPair> pairs) {
        List<List<TermExplanation>> per = pairs.parallelStream().map(Explanations::of).toList();
        List<TermExplanation> out = new ArrayList<>();
        per.forEach(out::addAll);
        return out;
    }

    private static List<TermExplanation> of(AnalysedPair p) {
        List<TermExplanation> out = new ArrayList<>();
        for (TermVerdict v : TermVerdicts.of(p, true)) {
            var o = v.term();
            String surface = p.source().substring(o.start(), o.end());
            List<TermExplanation.Trial> tried = v.declined().stream().map(id -> new TermExplanation.Trial(id, REASONS.getOrDefault(id, ""))).toList();
            String outcome;
            String rule;
            String reason;
            if (v.accepted()) {
                boolean use = !isNotAUse(v.acceptedBy());
                outcome = use ? TermExplanation.ACCEPTED : TermExplanation.NOT_A_USE;
                rule = v.acceptedBy();
                reason = v.reason();
            } else if (v.nearMiss() != null) {
                outcome = "term-wrong-word";
                rule = TermVerdicts.NEAR_MISS;
                reason = v.nearMiss().describe() + " ('" + v.nearMiss().rendering() + "'); " + TermVerdicts.NEAR_MISS_REASON;
            } else {
                outcome = "term-missing";
                rule = "";
                reason = "no rule accepted the target's wording; approved: " + String.join(", ", v.approved());
            }
            out.add(new TermExplanation(p.pair().id(), surface, AnalysedPair.span(o), o.concept().id(), outcome, rule, reason,
                v.answer(), tried));
        }
        return out;
    }

    private static boolean isNotAUse(String id) {
        return NOT_A_USE_IDS.contains(id);
    }

    private static final java.util.Set<String> NOT_A_USE_IDS = java.util.Set.of(TermVerdicts.NO_RENDERING, TermUses.HYPHEN_PREFIXED.id(),
        TermUses.NOT_AN_INFLECTION.id(), TermUses.LOWER_CASE_NAME.id(), TermUses.INSIDE_NAME.id(), TermUses.OTHER_SENSE.id());

    private static Map<String, String> reasons() {
        Map<String, String> out = new HashMap<>();
        for (UsageRule r : UsageRules.all()) out.put(r.id(), r.reason());
        for (TermUses.NotAUse n : List.of(TermUses.HYPHEN_PREFIXED, TermUses.NOT_AN_INFLECTION, TermUses.LOWER_CASE_NAME,
            TermUses.INSIDE_NAME, TermUses.OTHER_SENSE)) {
            out.put(n.id(), n.reason());
        }
        out.put(TermVerdicts.NEAR_MISS, TermVerdicts.NEAR_MISS_REASON);
        out.put(TermVerdicts.NO_RENDERING, "the termbase has no approved rendering in the target language");
        out.put(ModifiedShortForm.ID, "a short form the termbase admits, made another name by an adjective after it (\"الأمانة الوطنية\") or a changed word of the full name before it (\"防扩散核武器条约不结盟缔约国集团\")");
        return Map.copyOf(out);
    }

    /** The decisions as a terminal table: one row per term, and under a finding one row per rule tried. */
    public static void writeText(List<TermExplanation> explanations, PrintWriter out) {
        out.println("Term decisions (--explain)");
        if (explanations.isEmpty()) {
            out.println("  no source terms");
            out.flush();
            return;
        }
        int pairWidth = Math.max(4, explanations.stream().mapToInt(e -> e.pairId().length()).max().orElse(4));
        int termWidth = Math.min(30, Math.max(4, explanations.stream().mapToInt(e -> e.term().length()).max().orElse(4)));
        int outcomeWidth = 15;
        int ruleWidth = 2 + UsageRules.all().stream().mapToInt(r -> r.id().length()).max().orElse(28);
        String row = "  %-" + pairWidth + "s  %-" + termWidth + "s  %-" + outcomeWidth + "s  %-" + ruleWidth + "s  %s%n";
        out.printf(row, "pair", "term", "outcome", "rule", "why");
        for (TermExplanation e : explanations) {
            out.printf(row, e.pairId(), cut(e.term(), termWidth), e.outcome(), e.rule(), e.reason());
            if (!e.finding()) continue;
            for (TermExplanation.Trial t : e.tried()) {
                out.printf(row, "", "", "", "\u2717 " + t.rule(), "not so here: " + t.reason());
            }
        }
        out.flush();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }

    /** The JSON report with an "explanations" array added. */
    public static void writeJson(Report report, List<TermExplanation> explanations, Writer out) {
        try {
            ObjectNode node = MAPPER.valueToTree(report);
            node.set("explanations", MAPPER.valueToTree(explanations));
            MAPPER.writeValue(out, node);
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
