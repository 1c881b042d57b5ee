package org.concord.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.concord.term.Concept;
import org.concord.term.Recognizers;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;
import org.concord.term.TermRecognizer;
import org.concord.term.TermStatus;
import org.concord.term.Termbase;
import org.concord.testing.Shared;

/**
 * Whether a candidate acceptance generalises, judged on the tuning (even) unpc-dev lines only. The acceptances the
 * tuning half already taught – each admitted rendering of termbase/un-terms.tbx, each usage rule – are switched off
 * one at a time: the term findings that appear are official text that is right but that the checker, without that
 * acceptance, reports (acceptances held out by construction). A candidate that knows nothing of the one switched off
 * should excuse a good share of them, while the injected errors of the even-line copies stay found. Odd lines are
 * never read. Learned candidates are trained on one quarter of the even lines (line % 4 == 0) and judged on the other
 * (line % 4 == 2), and the reverse, so a line never teaches its own judgement.
 * Each candidate's recoveries are also shown by what was switched off: one that extends a rule recovers that rule's own
 * acceptances, which is no evidence it generalises. LOO_ONLY=prefix,… runs only the candidates so named.
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.check.LeaveOneOutBenchmark -Dexec.classpathScope=test}
 */
public final class LeaveOneOutBenchmark {
    private static final List<String> TERM_CHECKS = List.of("term-missing", "term-wrong-word", "term-deprecated", "term-inconsistent");

    /** The rules kept from this harness's candidates, left out of the tolerances the candidates are judged against. */
    private static final Set<String> CANDIDATES = Set.of(AcronymOfRendering.ID, TranslatedWords.ID);
    /** The tolerances before the candidates. */
    private static final List<UsageRule> BEFORE = UsageRules.TOLERANCES.stream().filter(r -> !CANDIDATES.contains(r.id())).toList();

    private LeaveOneOutBenchmark() {}

    /** A candidate mechanism: a tolerance built per target language (it may learn from the tuning quarters). */
    record Candidate(String name, Function<String, UsageRule> forLang) {}

    public static void main(String[] args) throws IOException {
        Path corpus = Shared.root() == null ? null : Shared.root().resolve("corpora/unpc-dev");
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("LeaveOneOutBenchmark skipped: ../shared/corpora/unpc-dev is not there (set CONCORD_SHARED)");
            return;
        }
        long wall0 = System.nanoTime();
        long cpu0 = cpu();
        try (Termbase tb = Termbase.load(Path.of("termbase/un-terms.tbx"))) {
            List<Concept> concepts = tb.concepts();
            TermRecognizer full = tb.recognizer();
            Map<String, List<SegmentPair>> even = new LinkedHashMap<>();
            Map<String, LexicalTable[]> tables = new LinkedHashMap<>(); // lang → {trained on q0, trained on q2}
            for (String lang : CheckBenchmark.TARGETS) {
                List<SegmentPair> e = CheckBenchmark.Corpus.pairs(corpus, "en", lang).stream().filter(p -> CheckBenchmark.half(p.id()) == 0).toList();
                even.put(lang, e);
                tables.put(lang, new LexicalTable[] {LexicalTable.train(quarter(e, 0), 5), LexicalTable.train(quarter(e, 2), 5)});
            }
            List<Candidate> candidates = new ArrayList<>();
            Function<String, Function<String, LexicalTable>> otherQuarter = lang -> id -> line(id) % 4 == 0 ? tables.get(lang)[1]
                : line(id) % 4 == 2 ? tables.get(lang)[0] : null;
            if (System.getenv("LOO_ALL") != null) {
                candidates.add(new Candidate("d " + AcronymOfRendering.ID, lang -> new AcronymOfRendering()));
                for (double threshold : new double[] {0.1, 0.3, 0.5}) {
                    candidates.add(new Candidate("b translated-words t>=" + threshold + " aligned",
                        lang -> new TranslatedWordsCandidate(otherQuarter.apply(lang), threshold, 2, true)));
                }
            }
            // The rule as shipped (TranslatedWords), each quarter's pairs judged with the table of the other quarter.
            Function<String, UsageRule> shipped = lang -> byQuarter(new TranslatedWords(tables.get(lang)[1].table(lang, 0.0)),
                new TranslatedWords(tables.get(lang)[0].table(lang, 0.0)));
            candidates.add(new Candidate("b " + TranslatedWords.ID + " t>=" + TranslatedWords.THRESHOLD, shipped));
            candidates.add(new Candidate("d + b", lang -> either(new AcronymOfRendering(), shipped.apply(lang))));
            // b: a rendering's words in any order, further apart (the order is free already within split-or-inflected's window)
            for (int extra : new int[] {4, 8}) candidates.add(new Candidate("b2 wider-spread +" + extra, lang -> new WiderSpreadCandidate(extra)));
            // f: a rendering with one content word replaced by a translation of the source word it stands for
            for (double threshold : new double[] {0.3, 0.5}) {
                candidates.add(new Candidate("f translated-in-rendering t>=" + threshold, lang -> {
                    LexicalTable q0 = tables.get(lang)[1];
                    LexicalTable q2 = tables.get(lang)[0];
                    return new TranslatedInRenderingCandidate(id -> line(id) % 4 == 0 ? q0 : line(id) % 4 == 2 ? q2 : null, threshold);
                }));
            }
            // e: a Chinese near miss that differs only by particles
            candidates.add(new Candidate("e " + HanParticlesCandidate.ID, lang -> new HanParticlesCandidate()));
            // c: one content word of a rendering in a derived form of the same root
            for (int root : new int[] {4, 5}) candidates.add(new Candidate("c " + DerivedWordCandidate.ID + " root>=" + root, lang -> new DerivedWordCandidate(root)));
            // a: a near miss's differing word that translates the source word it stands for (a synonym, not a wrong word)
            for (double threshold : new double[] {0.1, 0.3, 0.5}) {
                candidates.add(new Candidate("a " + TranslatedSynonymCandidate.ID + " t>=" + threshold,
                    lang -> byQuarter(new TranslatedSynonymCandidate(tables.get(lang)[1].table(lang, 0.0), threshold),
                        new TranslatedSynonymCandidate(tables.get(lang)[0].table(lang, 0.0), threshold))));
            }
            String only = System.getenv("LOO_ONLY"); // candidates whose names start with one of these (comma-separated)
            if (only != null) candidates.removeIf(c -> java.util.Arrays.stream(only.split(",")).noneMatch(c.name()::startsWith));
            run(concepts, full, even, candidates);
        }
        System.out.printf("%nwall %.1f s, CPU %.1f s (process), load %.2f%n", (System.nanoTime() - wall0) / 1e9, (cpu() - cpu0) / 1e9,
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void run(List<Concept> concepts, TermRecognizer full, Map<String, List<SegmentPair>> even, List<Candidate> candidates) {
        // Baseline: the checker as it is, on the tuning lines.
        Map<String, Set<String>> base = new LinkedHashMap<>();
        for (var e : even.entrySet()) base.put(e.getKey(), findings(full, BEFORE, e.getValue()));
        System.out.println("Leave-one-out on the tuning (even) unpc-dev lines; an acceptance switched off, its new findings are held-out acceptances");
        System.out.printf("baseline term findings on even lines: %s%n%n", counts(base));

        // The held-out acceptances: per language, the new findings when each acceptance is switched off, with what was switched off.
        Map<String, List<LeftOut>> leftOut = new LinkedHashMap<>();
        for (var e : even.entrySet()) {
            String lang = e.getKey();
            List<LeftOut> out = new ArrayList<>();
            for (UsageRule r : BEFORE) {
                List<UsageRule> without = new ArrayList<>(BEFORE);
                without.remove(r);
                Set<String> now = findings(full, without, e.getValue());
                now.removeAll(base.get(lang));
                if (!now.isEmpty()) out.add(new LeftOut("rule " + r.id(), full, without, e.getValue(), now));
            }
            for (Concept c : concepts) {
                List<SegmentPair> uses = e.getValue().stream().filter(p -> full.findSenses(p.source(), "en").stream()
                    .anyMatch(o -> o.concept().id().equals(c.id()))).toList();
                if (uses.isEmpty()) continue;
                for (Term t : c.terms()) {
                    if (!t.lang().equals(lang) || t.status() != TermStatus.ADMITTED) continue;
                    List<Term> kept = c.terms().stream().filter(x -> x != t).toList();
                    List<Concept> changed = concepts.stream().map(x -> x == c ? new Concept(c.id(), c.subjectField(), c.definition(), c.note(), c.source(), kept) : x).toList();
                    TermRecognizer rec = Recognizers.of(changed);
                    Set<String> now = findings(rec, BEFORE, uses);
                    now.removeAll(base.get(lang));
                    if (!now.isEmpty()) out.add(new LeftOut("admitted " + c.id() + " '" + t.text() + "'", rec, BEFORE, uses, now));
                    if (!now.isEmpty() && System.getenv("LOO_SHOW_WRONG_WORD") != null) {
                        for (Finding f : checker(rec, BEFORE).check(uses).findings()) {
                            if (!f.checkId().equals("term-wrong-word")) continue;
                            SegmentPair p = uses.stream().filter(x -> x.id().equals(f.pairId())).findFirst().orElseThrow();
                            System.out.println("    held-out " + lang + " " + f.pairId() + " " + f.message() + " | " + p.source() + " | " + p.target());
                        }
                    }
                }
            }
            leftOut.put(lang, out);
        }
        System.out.println("Held-out acceptances (new findings when one is switched off), by language:");
        for (var e : leftOut.entrySet()) {
            long rules = e.getValue().stream().filter(l -> l.what.startsWith("rule")).mapToLong(l -> l.found.size()).sum();
            long admitted = e.getValue().stream().filter(l -> l.what.startsWith("admitted")).mapToLong(l -> l.found.size()).sum();
            long wrongWord = e.getValue().stream().flatMap(l -> l.found.stream()).filter(k -> k.contains(" term-wrong-word ")).count();
            System.out.printf("  %-3s rules %4d   admitted renderings %4d   (%d acceptances with findings; %d of the findings term-wrong-word)%n",
                e.getKey(), rules, admitted, e.getValue().size(), wrongWord);
        }
        if (System.getenv("LOO_VERBOSE") != null) {
            leftOut.forEach((lang, l) -> l.forEach(x -> System.out.println("  " + lang + " " + x.what + ": " + x.found.size())));
        }
        System.out.println();

        System.out.println("candidate                              lang  rules: recovered   admitted: recovered   baseline excused   recall even copies: lost of found");
        for (Candidate cand : candidates) {
            long[] all = new long[7];
            // Where the recovered acceptances come from: a candidate that extends a rule recovers that rule's own
            // acceptances, which says nothing of cases it was not built from.
            Map<String, Long> bySource = new java.util.TreeMap<>();
            for (var e : leftOut.entrySet()) {
                String lang = e.getKey();
                UsageRule extra = cand.forLang().apply(lang);
                long[] row = new long[7]; // rulesHeld, rulesRecovered, admHeld, admRecovered, baseExcused, recallLost, recallFound
                for (LeftOut l : e.getValue()) {
                    List<UsageRule> with = new ArrayList<>(l.tolerances);
                    with.add(extra);
                    Set<String> still = findings(l.recognizer, with, l.pairs);
                    long recovered = l.found.stream().filter(k -> !still.contains(k)).count();
                    if (System.getenv("LOO_SHOW_RECOVERED") != null) {
                        l.found.stream().filter(k -> !still.contains(k)).forEach(k -> System.out.println("        recovered " + lang + " " + l.what + " " + k));
                    }
                    int at = l.what.startsWith("rule") ? 0 : 2;
                    row[at] += l.found.size();
                    row[at + 1] += recovered;
                    if (recovered > 0) bySource.merge(l.what.startsWith("rule") ? l.what : "admitted renderings", recovered, Long::sum);
                }
                List<UsageRule> with = new ArrayList<>(BEFORE);
                with.add(extra);
                Set<String> baseWith = findings(full, with, even.get(lang));
                row[4] = base.get(lang).stream().filter(k -> !baseWith.contains(k)).count();
                long[] recall = recall(concepts, full, lang, even.get(lang), with);
                row[5] = recall[0];
                row[6] = recall[1];
                System.out.printf("%-38s %-4s  %4d/%4d = %5.1f%%   %4d/%4d = %5.1f%%   %4d of %3d      %4d of %5d = %5.2f%%%n", cand.name(), lang,
                    row[1], row[0], pct(row[1], row[0]), row[3], row[2], pct(row[3], row[2]), row[4], base.get(lang).size(), row[5], row[6],
                    pct(row[5], row[6]));
                for (int i = 0; i < 7; i++) all[i] += row[i];
            }
            System.out.printf("%-38s %-4s  %4d/%4d = %5.1f%%   %4d/%4d = %5.1f%%   %4d of %3d      %4d of %5d = %5.2f%%%n%n", cand.name(), "all",
                all[1], all[0], pct(all[1], all[0]), all[3], all[2], pct(all[3], all[2]), all[4], base.values().stream().mapToInt(Set::size).sum(),
                all[5], all[6], pct(all[5], all[6]));
            if (!bySource.isEmpty()) System.out.println("    recovered, by what was switched off: " + bySource + "\n");
        }
    }

    /** {@code q0} for the pairs of lines 4k, {@code q2} for lines 4k + 2. */
    private static UsageRule byQuarter(UsageRule q0, UsageRule q2) {
        return new UsageRule() {
            public String id() {
                return q0.id();
            }

            public String reason() {
                return q0.reason();
            }

            public boolean judgesNearMiss() {
                return q0.judgesNearMiss();
            }

            public boolean accepts(TermAnalysis a, org.concord.term.TermOccurrence o) {
                int n = line(a.pair().pair().id());
                return n % 4 == 0 ? q0.accepts(a, o) : n % 4 == 2 && q2.accepts(a, o);
            }
        };
    }

    /** A rule that accepts what either of two accepts. */
    private static UsageRule either(UsageRule x, UsageRule y) {
        return new UsageRule() {
            public String id() {
                return x.id() + "+" + y.id();
            }

            public String reason() {
                return x.reason() + "; or " + y.reason();
            }

            public boolean judgesNearMiss() {
                return x.judgesNearMiss() || y.judgesNearMiss();
            }

            public boolean accepts(TermAnalysis a, org.concord.term.TermOccurrence o) {
                return x.accepts(a, o) || y.accepts(a, o);
            }
        };
    }

    /** One acceptance switched off: what, the recogniser and tolerances without it, the pairs judged, the findings it excused. */
    private record LeftOut(String what, TermRecognizer recognizer, List<UsageRule> tolerances, List<SegmentPair> pairs, Set<String> found) {}

    /**
     * Injected errors on the even lines (all kinds but numbers) found by the standard checker and lost with {@code with}:
     * {lost, found by the standard checker}.
     */
    private static long[] recall(List<Concept> concepts, TermRecognizer full, String lang, List<SegmentPair> pairs, List<UsageRule> with) {
        Injector injector = new Injector(full, lang, concepts);
        long lost = 0;
        long found = 0;
        StringBuilder byKind = new StringBuilder();
        Checker standard = checker(full, BEFORE);
        Checker candidate = checker(full, with);
        for (Injector.Kind kind : Injector.Kind.values()) {
            if (kind == Injector.Kind.NUMBER) continue;
            Injector.Result inj = injector.inject(pairs, kind);
            List<Finding> a = standard.check(inj.pairs()).findings();
            List<Finding> b = candidate.check(inj.pairs()).findings();
            long lostHere = 0;
            for (Injector.Error err : inj.errors()) {
                if (!err.detectedBy(a)) continue;
                found++;
                if (!err.detectedBy(b)) {
                    lostHere++;
                    if (System.getenv("LOO_SHOW_LOST") != null) {
                        SegmentPair p = inj.pairs().stream().filter(x -> x.id().equals(err.pairId())).findFirst().orElseThrow();
                        System.out.println("        lost " + lang + " " + kind.label + " " + err.pairId() + " " + err.what() + " | "
                            + p.source().substring(err.source().start(), err.source().end()) + " | " + p.target());
                    }
                }
            }
            lost += lostHere;
            if (lostHere > 0) byKind.append(' ').append(kind.label).append(' ').append(lostHere);
        }
        if (byKind.length() > 0) System.out.println("      recall lost by kind (" + lang + "):" + byKind);
        return new long[] {lost, found};
    }

    private static Checker checker(TermRecognizer recognizer, List<UsageRule> tolerances) {
        return Checker.standard(recognizer).documents(Checker.Documents.SAMPLED).only(TERM_CHECKS).tolerances(tolerances);
    }

    /** The term findings on {@code pairs}, each as "pair check source-start". */
    private static Set<String> findings(TermRecognizer recognizer, List<UsageRule> tolerances, List<SegmentPair> pairs) {
        Set<String> out = new HashSet<>();
        for (Finding f : checker(recognizer, tolerances).check(pairs).findings()) {
            out.add(f.pairId() + " " + f.checkId() + " " + (f.sourceSpans().isEmpty() ? -1 : f.sourceSpans().get(0).start()));
        }
        return out;
    }

    private static List<SegmentPair> quarter(List<SegmentPair> even, int rest) {
        return even.stream().filter(p -> line(p.id()) % 4 == rest).toList();
    }

    static int line(String pairId) {
        return Integer.parseInt(pairId.substring(1));
    }

    private static String counts(Map<String, Set<String>> byLang) {
        StringBuilder sb = new StringBuilder();
        byLang.forEach((l, s) -> sb.append(l).append(' ').append(s.size()).append("  "));
        return sb.toString().strip();
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
