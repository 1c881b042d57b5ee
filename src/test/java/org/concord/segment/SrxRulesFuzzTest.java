package org.concord.segment;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.concord.testing.Fuzzing;

/** A user's SRX rules file (segment --srx) on fuzzed files: loaded and used on a short text, or refused in one line. */
class SrxRulesFuzzTest {
    private static final String TEXT = "Mr. Smith (United Kingdom) spoke. The meeting rose at 1 p.m.\nIt resumed at 3 p.m.";

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void srx(byte[] input) throws Exception {
        var file = Fuzzing.file("fuzz.srx", input);
        Fuzzing.readsOrRefuses(() -> Rules.fromFile(file, "en").computeSegments(TEXT));
    }
}
