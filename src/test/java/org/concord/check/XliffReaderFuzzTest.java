package org.concord.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.concord.testing.Fuzzing;

/** The XLIFF 1.2 and 2.x reading of {@code concord check} on fuzzed files; seeds hold both versions. */
class XliffReaderFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void xliff(byte[] input) throws Exception {
        var file = Fuzzing.file("fuzz.xlf", input);
        Fuzzing.readsOrRefuses(() -> new XliffReader(file).read());
    }
}
