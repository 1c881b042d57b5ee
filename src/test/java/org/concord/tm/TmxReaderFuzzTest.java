package org.concord.tm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.concord.testing.Fuzzing;

/** TMX import's reader on fuzzed files: every unit is read or the file is refused in one line (see {@link Fuzzing}). */
class TmxReaderFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void tmx(byte[] input) throws Exception {
        var file = Fuzzing.file("fuzz.tmx", input);
        List<String> warnings = new ArrayList<>();
        Fuzzing.readsOrRefuses(() -> new TmxReader(file, warnings).read(unit -> {}));
        warnings.forEach(Fuzzing::oneLine);
    }
}
