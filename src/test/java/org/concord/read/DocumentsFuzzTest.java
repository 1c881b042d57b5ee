package org.concord.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.InputStream;
import org.concord.testing.Fuzzing;
import org.junit.jupiter.api.BeforeAll;

/**
 * The document readers behind segment, align, build and prepare on fuzzed files: each is opened as a user's file
 * of that kind would be ({@link Documents#read}, which sniffs the content too) and its whole body read.
 */
class DocumentsFuzzTest {

    /**
     * Loads (and under Jazzer instruments) every reader's classes before fuzzing starts: any target may reach any
     * reader, since the content is sniffed, and the input that first does must not be timed with the class loading.
     */
    @BeforeAll
    static void loadEveryReader() throws Exception {
        String[] seeds = {"DocumentsFuzzTestInputs/docx/statement.docx", "DocumentsFuzzTestInputs/pdf/statement.pdf",
            "DocumentsFuzzTestInputs/html/statement.html", "DocumentsFuzzTestInputs/plainText/front-matter.txt",
            "/org/concord/check/statement-12.xlf", "/org/concord/check/statement-20.xlf"};
        for (String seed : seeds) {
            try (InputStream in = DocumentsFuzzTest.class.getResourceAsStream(seed)) {
                readsOrRefuses(seed.substring(seed.lastIndexOf('/') + 1), in.readAllBytes());
            }
        }
    }

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
