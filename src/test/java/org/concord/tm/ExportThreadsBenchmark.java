package org.concord.tm;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.store.Database;

/**
 * A whole memory's TMX export in this JVM with each thread's CPU time beside the process's and the wall time: on a
 * shared, loaded machine the wall time says little, while the busiest thread's CPU time bounds what the export can do
 * on two free cores (units / max(busiest thread, process CPU / 2)). Run from a snapshot's classes, once with the
 * branch's and once with main's on the class path: {@code java -Xmx256m -cp ... org.concord.tm.ExportThreadsBenchmark DB OUT}.
 */
public final class ExportThreadsBenchmark {
    private ExportThreadsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dbFile = Path.of(args[0]);
        Path out = Path.of(args[1]);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpuById = new ConcurrentHashMap<>();
        Map<Long, String> nameById = new ConcurrentHashMap<>();
        try (Database db = Database.open(dbFile)) {
            TranslationMemory tm = TranslationMemory.open(db);
            long self = Thread.currentThread().getId();
            long mainCpu0 = threads.getCurrentThreadCpuTime();
            long process0 = TmBenchmark.processCpu();
            long w0 = System.nanoTime();
            // Threads end before the export returns: their CPU time is sampled while they run (the last sample is
            // at most 20 ms short).
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (Thread t : Thread.getAllStackTraces().keySet()) {
                        if (!t.getName().startsWith("tmx-export-reader")) continue;
                        long c = threads.getThreadCpuTime(t.getId());
                        if (c > 0) {
                            cpuById.merge(t.getId(), c, Math::max);
                            nameById.put(t.getId(), t.getName());
                        }
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "sampler");
            sampler.setDaemon(true);
            sampler.start();
            long n = tm.exportTmx(out, ExportOptions.ALL, "bench");
            double wall = (System.nanoTime() - w0) / 1e9;
            sampler.interrupt();
            sampler.join();
            double mainCpu = (threads.getThreadCpuTime(self) - mainCpu0) / 1e9;
            double process = (TmBenchmark.processCpu() - process0) / 1e9;
            Map<String, Double> perThread = new TreeMap<>();
            perThread.put("writer (main)", mainCpu);
            cpuById.forEach((id, c) -> perThread.put(nameById.get(id), c / 1e9));
            double busiest = perThread.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            StringBuilder each = new StringBuilder();
            perThread.forEach((k, v) -> each.append(String.format("%s %.1f s, ", k, v)));
            System.out.printf("export of %,d units: %,.0f units/s wall (%.1f s), process CPU %.1f s; threads: %sbusiest %.1f s;"
                    + " on two free cores at most %,.0f units/s; load %s%n",
                n, n / wall, wall, process, each, busiest, n / Math.max(busiest, process / 2), UnMemoryRun.load());
            Files.delete(out);
        }
    }
}
