package org.concord.tm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memory of the UN's shape for benchmarks: six-language units of whole sentences from ../shared/corpora/unpc-dev,
 * varied so that millions of them are distinct. A unit is a UN sentence, in each language its own official text, with
 * up to three changes made alike in all six: its last clause swapped for another sentence's last clause (cut at the
 * last comma or semicolon of each language), a number in it changed (one that all six versions write in digits), and
 * a paragraph number put before it, as UN documents number paragraphs. A unit is kept as a recipe of 64 bits (which
 * sentence, which clause, which numbers), so ten million fit in 80 MB and any unit's text can be made again.
 */
public final class UnMemory {
    public static final List<String> LANGS = List.of("en", "fr", "es", "ru", "ar", "zh");
    private static final Pattern CLAUSE = Pattern.compile("[,;，；،](?!.*[,;，；،])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d./-])\\d{1,4}(?![\\d./-])");

    /** Texts by language, then by sentence. */
    private final String[][] text;
    /** Sentences usable as a base: whole sentences of at least 8 English words. */
    private final int[] base;
    /** Per sentence: whether every language has a last clause to swap, and where it starts in each. */
    private final int[][] clauseAt;
    /** Per sentence: a number all six versions write in digits (-1: none), and where it stands in each language. */
    private final int[] number;
    private final int[][] numberAt;
    private final int[][] numberEnd;
    private final long[] recipes;

    private UnMemory(String[][] text, int units, long seed) {
        this.text = text;
        int n = text[0].length;
        List<Integer> usable = new ArrayList<>();
        clauseAt = new int[n][];
        number = new int[n];
        numberAt = new int[n][];
        numberEnd = new int[n][];
        for (int s = 0; s < n; s++) {
            if (text[0][s].split(" ").length < 8) continue;
            usable.add(s);
            int[] at = new int[LANGS.size()];
            boolean all = true;
            for (int l = 0; l < LANGS.size() && all; l++) {
                Matcher m = CLAUSE.matcher(text[l][s]);
                at[l] = m.find() ? m.end() : -1;
                // A clause worth swapping: neither the first nor the last few characters of the sentence.
                all = at[l] > 10 && at[l] < text[l][s].length() - 10;
            }
            clauseAt[s] = all ? at : null;
            number[s] = -1;
            Matcher en = NUMBER.matcher(text[0][s]);
            while (en.find() && number[s] < 0) {
                String digits = en.group();
                int[] from = new int[LANGS.size()];
                int[] to = new int[LANGS.size()];
                boolean everywhere = true;
                for (int l = 0; l < LANGS.size() && everywhere; l++) {
                    Matcher m = NUMBER.matcher(text[l][s]);
                    everywhere = false;
                    while (m.find()) {
                        if (m.group().equals(digits)) {
                            from[l] = m.start();
                            to[l] = m.end();
                            everywhere = true;
                            break;
                        }
                    }
                }
                if (everywhere) {
                    number[s] = Integer.parseInt(digits);
                    numberAt[s] = from;
                    numberEnd[s] = to;
                }
            }
        }
        base = usable.stream().mapToInt(Integer::intValue).toArray();
        int[] swappable = usable.stream().filter(s -> clauseAt[s] != null).mapToInt(Integer::intValue).toArray();
        recipes = new long[units];
        KeySet seen = new KeySet();
        Random rnd = new Random(seed);
        for (int i = 0; i < units; i++) {
            long r;
            do {
                int a = base[rnd.nextInt(base.length)];
                int b = clauseAt[a] != null && rnd.nextInt(4) != 0 ? swappable[rnd.nextInt(swappable.length)] : a;
                int num = number[a] >= 0 && (b == a || numberBeforeClause(a)) && rnd.nextBoolean() ? 1 + rnd.nextInt(2030) : 0;
                int para = rnd.nextInt(3) != 0 ? 1 + rnd.nextInt(250) : 0;
                r = recipe(a, b, num, para);
            } while (!seen.add(r * 0x9E3779B97F4A7C15L + 1));
            recipes[i] = r;
        }
    }

    /** Whether the number of sentence {@code s} stands before its last clause in every language (so a swap keeps it). */
    private boolean numberBeforeClause(int s) {
        for (int l = 0; l < LANGS.size(); l++) if (numberEnd[s][l] > clauseAt[s][l]) return false;
        return true;
    }

    /** Reads unpc-dev and draws {@code units} distinct units. */
    public static UnMemory generate(Path unpcDev, int units, long seed) throws IOException {
        String[][] text = new String[LANGS.size()][];
        for (int l = 0; l < LANGS.size(); l++) {
            text[l] = Files.readAllLines(unpcDev.resolve("unpc-dev." + LANGS.get(l))).toArray(String[]::new);
        }
        return new UnMemory(text, units, seed);
    }

    private static long recipe(int a, int b, int num, int para) {
        return (long) a | (long) b << 12 | (long) num << 24 | (long) para << 36;
    }

    public int size() {
        return recipes.length;
    }

    /** The text of unit {@code i} (0-based, in file order) in language {@code l} (an index of {@link #LANGS}). */
    public String text(int i, int l) {
        long r = recipes[i];
        int a = (int) (r & 0xFFF), b = (int) (r >>> 12 & 0xFFF), num = (int) (r >>> 24 & 0xFFF), para = (int) (r >>> 36 & 0xFFF);
        String s = text[l][a];
        int cut = s.length();
        if (b != a) cut = clauseAt[a][l];
        StringBuilder out = new StringBuilder(s.length() + 64);
        if (para > 0) out.append(para).append(". ");
        if (num > 0 && numberEnd[a][l] <= cut) {
            out.append(s, 0, numberAt[a][l]).append(num).append(s, numberEnd[a][l], cut);
        } else {
            out.append(s, 0, cut);
        }
        if (b != a) out.append(text[l][b], clauseAt[b][l], text[l][b].length());
        return out.toString();
    }

    /**
     * Writes the first {@code count} units as TMX, tuid "u" + number, English first, a document symbol a thousand units.
     * Blocks of units are made on several threads and written in order: ten million units are 16 GB.
     */
    public void writeTmx(Path file, int count) throws IOException {
        int block = 4096;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"TmBenchmark\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n")
                .getBytes(StandardCharsets.UTF_8));
            java.util.ArrayDeque<java.util.concurrent.Future<byte[]>> inFlight = new java.util.ArrayDeque<>();
            for (int from = 0; from < count || !inFlight.isEmpty(); ) {
                while (from < count && inFlight.size() < 16) {
                    int a = from, b = Math.min(count, from + block);
                    inFlight.add(pool.submit(() -> units(a, b)));
                    from = b;
                }
                out.write(inFlight.remove().get());
            }
            out.write("</body>\n</tmx>\n".getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private byte[] units(int from, int to) {
        StringBuilder w = new StringBuilder((to - from) * 1800);
        for (int i = from; i < to; i++) {
            w.append("<tu tuid=\"u").append(i).append("\"><prop type=\"x-concord-doc\">A/BENCH/").append(i / 1000).append("</prop>");
            for (int l = 0; l < LANGS.size(); l++) {
                w.append("<tuv xml:lang=\"").append(LANGS.get(l)).append("\"><seg>").append(Xml.escape(text(i, l))).append("</seg></tuv>");
            }
            w.append("</tu>\n");
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
