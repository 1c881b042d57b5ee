package org.concord.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.concord.testing.Fuzzing;

/**
 * The document readers behind segment, align, build and prepare on fuzzed files: each is opened as a user's file
 * of that kind would be ({@link Documents#read}, which sniffs the content too) and its whole body read.
 */
class DocumentsFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void plainText(byte[] input) throws Exception {
        readsOrRefuses("fuzz.txt", input);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void html(byte[] input) throws Exception {
        readsOrRefuses("fuzz.html", input);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void docx(byte[] input) throws Exception {
        readsOrRefuses("fuzz.docx", input);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void pdf(byte[] input) throws Exception {
        readsOrRefuses("fuzz.pdf", input);
    }

    private static void readsOrRefuses(String name, byte[] input) throws Exception {
        var file = Fuzzing.file(name, input);
        Fuzzing.readsOrRefuses(() -> {
            Document doc = Documents.read(file, "en");
            doc.bodyText();
            doc.warnings().forEach(Fuzzing::oneLine);
        });
    }
}
