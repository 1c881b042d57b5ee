package org.concord.term;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.concord.testing.Fuzzing;

/**
 * Termbase import's readers on fuzzed files: TBX (the seeds hold both TBX-Basic namespaces and TBX 2008's martif)
 * and CSV. Each file is read or refused in one line (see {@link Fuzzing}).
 */
class TermReadersFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void tbx(byte[] input) throws Exception {
        var file = Fuzzing.file("fuzz.tbx", input);
        Fuzzing.readsOrRefuses(() -> TbxReader.read(file));
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void csv(byte[] input) throws Exception {
        var file = Fuzzing.file("fuzz.csv", input);
        Fuzzing.readsOrRefuses(() -> CsvFormat.read(file, "en", "fr"));
    }
}
