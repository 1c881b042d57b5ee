package org.concord.prepare;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.concord.testing.Fuzzing;

/** Reading a translated XLIFF 1.2 or 2.x file back (prepare import) on fuzzed files; seeds hold both versions. */
class XliffImportFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void xliff(byte[] input) throws Exception {
        var file = Fuzzing.file("fuzz.xlf", input);
        Fuzzing.readsOrRefuses(() -> XliffImport.read(file, XliffImport.DEFAULT_STATES, "fuzz"));
    }
}
