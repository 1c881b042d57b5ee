package org.concord.dictionary;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.util.Arrays;
import org.concord.testing.Fuzzing;

/**
 * {@code concord dictionary import} on fuzzed files, one target per format so that each has seeds of its own:
 * hunalign, FreeDict TEI, dictd (index and body) and CC-CEDICT. Each file is read or refused in one line.
 */
class DictionaryReaderFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void hunalign(byte[] input) throws Exception {
        var file = Fuzzing.file("en-fr.dic", input);
        Fuzzing.readsOrRefuses(() -> DictionaryReader.read(file, "en", "fr"));
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void freeDictTei(byte[] input) throws Exception {
        var file = Fuzzing.file("deu-fra.tei", input);
        Fuzzing.readsOrRefuses(() -> DictionaryReader.read(file, null, null));
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void cedict(byte[] input) throws Exception {
        var file = Fuzzing.file("cedict_ts.u8", input);
        Fuzzing.readsOrRefuses(() -> DictionaryReader.read(file, "zh", "en"));
    }

    /**
     * The input is the index, a NUL byte, then the body: gzip-compressed (.dict.dz) when it starts with gzip's magic
     * bytes, else plain (.dict).
     */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void dictd(byte[] input) throws Exception {
        int nul = 0;
        while (nul < input.length && input[nul] != 0) nul++;
        byte[] body = nul < input.length ? Arrays.copyOfRange(input, nul + 1, input.length) : new byte[0];
        boolean gzip = body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
        var index = Fuzzing.file("eng-fra.index", Arrays.copyOf(input, nul));
        var bodyFile = Fuzzing.file(gzip ? "eng-fra.dict.dz" : "eng-fra.dict", body);
        Files.deleteIfExists(bodyFile.resolveSibling(gzip ? "eng-fra.dict" : "eng-fra.dict.dz"));
        Fuzzing.readsOrRefuses(() -> DictionaryReader.read(index, "en", "fr"));
    }
}
