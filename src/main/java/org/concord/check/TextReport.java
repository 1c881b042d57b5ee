package org.concord.check;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The terminal report: findings grouped by check (most severe checks first), each with its segment pair and the
 * matched spans marked – in colour on a terminal, between [brackets] otherwise – then a one-line summary.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    public void write(Report report, PrintWriter out) {
        Map<String, SegmentPair> pairs = report.pairsById();
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        report.checks().stream()
            .sorted((a, b) -> b.severity().compareTo(a.severity()))
            .forEach(c -> byCheck.put(c.id(), report.findings().stream().filter(f -> f.checkId().equals(c.id())).toList()));
        for (Report.CheckInfo check : report.checks().stream().sorted((a, b) -> b.severity().compareTo(a.severity())).toList()) {
            List<Finding> findings = byCheck.get(check.id());
            if (findings.isEmpty()) continue;
            out.println(style(severityColour(check.severity()) + BOLD, check.id() + " (" + check.severity().label() + ", "
                + findings.size() + ")") + "  " + style(DIM, check.description()));
            for (Finding f : findings) writeFinding(f, pairs.get(f.pairId()), out);
            out.println();
        }
        out.println(summary(report));
        out.flush();
    }

    private void writeFinding(Finding f, SegmentPair p, PrintWriter out) {
        out.println("  " + style(BOLD, f.pairId()) + "  " + f.message());
        if (p != null) {
            String open = colour ? severityColour(f.severity()) + BOLD : "[";
            String close = colour ? RESET : "]";
            out.println("      " + p.srcLang() + ": " + Marking.mark(p.source(), f.sourceSpans(), open, close, UnaryOperator.identity()));
            out.println("      " + p.tgtLang() + ": " + Marking.mark(p.target(), f.targetSpans(), open, close, UnaryOperator.identity()));
        }
        if (!f.suggestions().isEmpty()) out.println("      \u2192 " + String.join(" | ", f.suggestions()));
    }

    /** "2 errors, 1 warning, 0 info in 12 segment pairs (30 term occurrences)". */
    public static String summary(Report r) {
        var c = r.countBySeverity();
        return plural(c.get(Severity.ERROR), "error") + ", " + plural(c.get(Severity.WARNING), "warning") + ", "
            + c.get(Severity.INFO) + " info in " + plural(r.pairs().size(), "segment pair") + " ("
            + plural(r.termOccurrences(), "term occurrence") + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String severityColour(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }
}
