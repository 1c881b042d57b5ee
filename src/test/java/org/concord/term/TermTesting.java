package org.concord.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.concord.store.Database;
import org.concord.testing.Shared;

/** Fixtures for the termbase tests. */
public final class TermTesting {
    private TermTesting() {}

    /** Four concepts (WMD, non-State actors, weapon, Security Council) with deprecated variants; test data only. */
    public static Path sample() {
        try {
            return Path.of(TermTesting.class.getResource("sample.tbx").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Termbase sampleTermbase() {
        return sampleTermbase(Database.inMemory());
    }

    /** The sample termbase stored in {@code db}. */
    public static Termbase sampleTermbase(Database db) {
        Termbase tb = Termbase.open(db);
        tb.importFile(sample(), OnConflict.SKIP);
        return tb;
    }

    /** Validates with xmllint against ../shared/specs/TBX-Basic.rng; skips when xmllint or the spec is missing. */
    public static void assertValidTbxBasic(Path file) throws IOException, InterruptedException {
        Path rng = Shared.require("specs/TBX-Basic.rng");
        Process p;
        try {
            p = new ProcessBuilder("xmllint", "--noout", "--relaxng", rng.toString(), file.toString())
                .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: xmllint is not installed (apt-get install libxml2-utils)");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("validates");
    }
}
