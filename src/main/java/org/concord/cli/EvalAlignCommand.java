package org.concord.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.align.AlignmentScore;
import org.concord.align.Bead;
import org.concord.align.BeadFormat;
import org.concord.read.Utf8;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval-align", mixinStandardHelpOptions = true,
    description = {"Score predicted beads against gold beads: strict and lax precision, recall and F1.",
        "Both files hold one bead per line, like [0, 1]:[2]; beads with an empty side are left out."})
final class EvalAlignCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "Gold beads.")
    Path gold;

    @Parameters(paramLabel = "PRED", description = "Predicted beads (e.g. from concord align --format beads).")
    Path predicted;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<Bead> g = BeadFormat.parse(Utf8.read(gold).lines().toList(), gold.toString());
        List<Bead> p = BeadFormat.parse(Utf8.read(predicted).lines().toList(), predicted.toString());
        AlignmentScore s = AlignmentScore.of(g, p);
        var out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"gold\": %d, \"predicted\": %d, \"strict\": %s, \"lax\": %s}%n", s.goldBeads(), s.predictedBeads(),
                prfJson(s.strict()), prfJson(s.lax()));
        } else {
            out.printf(Locale.ROOT, "gold beads %d, predicted beads %d (beads with an empty side left out)%n", s.goldBeads(), s.predictedBeads());
            out.printf(Locale.ROOT, "%-7s %9s %7s %7s%n", "", "precision", "recall", "F1");
            out.printf(Locale.ROOT, "%-7s %9.3f %7.3f %7.3f%n", "strict", s.strict().precision(), s.strict().recall(), s.strict().f1());
            out.printf(Locale.ROOT, "%-7s %9.3f %7.3f %7.3f%n", "lax", s.lax().precision(), s.lax().recall(), s.lax().f1());
        }
        out.flush();
        return 0;
    }

    private static String prfJson(AlignmentScore.Prf p) {
        return String.format(Locale.ROOT, "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}", p.precision(), p.recall(), p.f1());
    }
}
