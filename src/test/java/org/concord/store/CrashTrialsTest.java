package org.concord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few SIGKILL trials (the harness {@link CrashTrials} runs many more): the real CLI in a child process killed at a
 * random moment leaves the database whole and as it was before or after the operation.
 */
class CrashTrialsTest {
    private static final Path SAMPLE_TBX = Path.of("src/test/resources/org/concord/term/sample.tbx");

    @TempDir Path work;

    @Test
    void aKilledImportBuildCopyOrServerEditLeavesTheDatabaseBeforeOrAfter() throws Exception {
        CrashTrials trials = new CrashTrials(work, System.nanoTime());
        for (CrashTrials.Operation op : java.util.List.of(CrashTrials.tmImport(400), CrashTrials.termImport(SAMPLE_TBX), CrashTrials.build(), CrashTrials.dbCopy(300, SAMPLE_TBX))) {
            CrashTrials.Calibration c = trials.calibrate(op, false);
            CrashTrials.Trial t = trials.trial(op, c, 3_000, 0);
            assertThat(t.integrity()).as(t.toString()).isEqualTo("ok");
            assertThat(t.outcome()).as(t.toString()).isNotEqualTo(CrashTrials.Outcome.BETWEEN);
        }
        CrashTrials.Trial edit = trials.serverTrial(2_000, 0);
        assertThat(edit.integrity()).as(edit.toString()).isEqualTo("ok");
        assertThat(edit.outcome()).as(edit.toString()).isNotEqualTo(CrashTrials.Outcome.BETWEEN);
    }
}
