package org.concord.tm;

import java.nio.file.Path;
import org.concord.store.Database;

/**
 * What the fuzzy search's word arena costs on a memory TmBenchmark left (args: database, language): the pass that
 * reads it (wall and CPU), its heap, its vocabulary; beside it, the baseline of the same pass reading the texts only.
 */
final class WordArenaBenchmark {
    private WordArenaBenchmark() {}

    public static void main(String[] args) throws Exception {
        String lang = args.length > 1 ? args[1] : "en";
        System.out.println("machine load at start: " + UnMemoryRun.load());
        try (Database d = Database.open(Path.of(args[0]))) {
            UnitStore store = UnitStore.open(d);
            store.query(() -> {
                store.index.refresh();
                int[] lengths = store.index.lengths(lang);
                long w0 = System.nanoTime(), c0 = TmBenchmark.cpu();
                long chars = 0;
                try (var ps = store.c.prepareStatement("SELECT unit_id, lang, CASE WHEN lang = ? THEN text END FROM tm_variant");
                     var rs = bind(ps, lang).executeQuery()) {
                    while (rs.next()) {
                        String t = rs.getString(3);
                        if (t != null) chars += t.length();
                    }
                }
                double baseWall = (System.nanoTime() - w0) / 1e9, baseCpu = (TmBenchmark.cpu() - c0) / 1e9;
                store.index.arenas.afterCandidates = 0;
                store.index.arenas.reading = Arenas.Reading.IN_THE_LOOKUP; // else the pass runs on a thread of its own and this measured nothing
                long w1 = System.nanoTime(), c1 = TmBenchmark.cpu();
                WordArena arena = store.index.arena(lang);
                double wall = (System.nanoTime() - w1) / 1e9, cpu = (TmBenchmark.cpu() - c1) / 1e9;
                System.out.printf("word arena (%s) of %,d units: read in %.1f s wall, %.1f s CPU; %,d MB of heap (estimated beforehand %,d MB),"
                        + " %,d distinct words   baseline: the same pass reading the texts only (%,d MB of chars) %.1f s wall, %.1f s CPU%n",
                    lang, lengths.length - 1, wall, cpu, arena == null ? -1 : arena.bytes() >> 20, WordArena.estimatedBytes(lengths) >> 20,
                    arena == null ? -1 : arena.vocabulary(), chars >> 20, baseWall, baseCpu);
                return null;
            });
        }
        System.out.println("machine load at end: " + UnMemoryRun.load());
    }

    private static java.sql.PreparedStatement bind(java.sql.PreparedStatement ps, String lang) throws java.sql.SQLException {
        ps.setString(1, lang);
        return ps;
    }
}
