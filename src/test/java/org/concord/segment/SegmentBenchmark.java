package org.concord.segment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.Languages;
import org.concord.testing.Shared;

/**
 * Throughput of Concord's rules against Okapi's default rules (with its ICU4J break iterator), per language, on the
 * same hard-wrapped UN text in the same run, then a 50 MB file without a line break through the streaming reader.
 * Text: the official sentences of ../shared/corpora/unpc-dev, five to a paragraph, wrapped at 70 columns, repeated to
 * {@code -Dconcord.bench.mb} MB (default 1) per language; {@code -Dconcord.bench.singleLine=false} skips the 50 MB run. Run:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.segment.SegmentBenchmark}
 */
public final class SegmentBenchmark {
    private static final double LIMIT = 1.30;

    public static void main(String[] args) throws IOException {
        double mb = Double.parseDouble(System.getProperty("concord.bench.mb", "1"));
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.err.println("SegmentBenchmark needs ../shared/corpora/unpc-dev (or CONCORD_SHARED)");
            System.exit(2);
        }
        System.out.printf("lang  MB    Concord MB/s  Okapi default MB/s  time ratio (Concord/Okapi, limit %.2f)%n", LIMIT);
        double totalMb = 0;
        boolean allWithin = true;
        for (String lang : Languages.OFFICIAL) {
            String text = wrappedText(Files.readAllLines(corpus.resolve("unpc-dev." + lang)), lang, mb);
            double size = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
            totalMb += size;
            Segmenter ours = Segmenter.forLanguage(lang);
            Segmenter okapi = Segmenter.okapiDefault(lang);
            String warm = text.substring(0, Math.min(text.length(), 50_000));
            ours.segment(warm);
            okapi.segment(warm);
            long bestOurs = Long.MAX_VALUE;
            long bestOkapi = Long.MAX_VALUE;
            for (int round = 0; round < 2; round++) { // interleaved, best of two: the machine is shared
                bestOurs = Math.min(bestOurs, time(ours, text));
                bestOkapi = Math.min(bestOkapi, time(okapi, text));
            }
            double ratio = (double) bestOurs / bestOkapi;
            allWithin &= ratio <= LIMIT;
            System.out.printf("%-4s  %4.2f  %12.3f  %18.3f  %.2f%s%n", lang, size, size / (bestOurs / 1e9),
                size / (bestOkapi / 1e9), ratio, ratio <= LIMIT ? "" : "  OVER LIMIT");
        }
        System.out.printf("total %.2f MB of text; Concord within %.0f%% of Okapi's time for every language: %s%n",
            totalMb, (LIMIT - 1) * 100, allWithin ? "yes" : "NO");
        if (Boolean.parseBoolean(System.getProperty("concord.bench.singleLine", "true"))) singleLine();
    }

    private static long time(Segmenter segmenter, String text) {
        long t0 = System.nanoTime();
        int n = segmenter.segment(text).size();
        long t = System.nanoTime() - t0;
        if (n == 0) throw new IllegalStateException("no sentences");
        return t;
    }

    /** Paragraphs of five corpus sentences, hard-wrapped like a verbatim record, repeated to the size asked for. */
    static String wrappedText(List<String> lines, String lang, double mb) {
        String space = lang.equals("zh") ? "" : " ";
        StringBuilder para = new StringBuilder();
        StringBuilder once = new StringBuilder();
        int inPara = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            if (inPara > 0) para.append(space);
            para.append(line.strip());
            if (++inPara == 5) {
                once.append(wrap(para.toString(), lang.equals("zh") ? 35 : 70)).append("\n\n");
                para.setLength(0);
                inPara = 0;
            }
        }
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        long once8 = once.toString().getBytes(StandardCharsets.UTF_8).length;
        while (bytes < mb * 1e6) {
            text.append(once);
            bytes += once8;
        }
        return text.toString();
    }

    private static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == ' ' && col >= width) {
                out.append('\n');
                col = 0;
            } else if (col >= width * 2) { // no spaces (Chinese): wrap anywhere, as PDF extraction does
                out.append('\n').append(c);
                col = 1;
            } else {
                out.append(c);
                col++;
            }
        }
        return out.toString();
    }

    /**
     * A 50 MB file without a single line break, segmented by the concord command in a JVM limited to a 64 MB heap:
     * the file cannot even be held in that heap as a string, so finishing shows the reading is streamed.
     */
    private static void singleLine() throws IOException {
        String statement = Files.readString(Path.of("segments/en.txt")).replaceAll("\\s+", " ");
        Path file = Files.createTempFile("concord-50mb", ".txt");
        try {
            long bytes = 0;
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                while (bytes < 50_000_000L) {
                    w.write(statement);
                    bytes += statement.length();
                }
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", classPath(), "org.concord.cli.Main",
                "segment", "--lang", "en", file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long t0 = System.nanoTime();
            long lines = 0;
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                while (out.readLine() != null) lines++;
            }
            int exit;
            try {
                exit = p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf("single line: %.1f MB without a line break, concord segment with -Xmx64m: exit %d, %d sentences, "
                + "%.1f s (%.2f MB/s)%n", Files.size(file) / 1e6, exit, lines, sec, Files.size(file) / 1e6 / sec);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The class path this benchmark runs with (exec:java loads it through a URLClassLoader, not java.class.path). */
    private static String classPath() {
        StringBuilder cp = new StringBuilder();
        for (ClassLoader cl = Thread.currentThread().getContextClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof java.net.URLClassLoader u) {
                for (java.net.URL url : u.getURLs()) {
                    try {
                        cp.append(Path.of(url.toURI())).append(java.io.File.pathSeparator);
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return cp.append(System.getProperty("java.class.path")).toString();
    }
}
