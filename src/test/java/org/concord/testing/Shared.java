package org.concord.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only ../shared folder (corpora, specs) beside the project. Tests that need it call {@link #require}, which
 * skips the test with a clear message when it is absent, so the suite also runs on a bare clone.
 */
public final class Shared {
    private Shared() {}

    /** The shared folder: $CONCORD_SHARED, else ../shared from the working directory; null when neither exists. */
    public static Path root() {
        String env = System.getenv("CONCORD_SHARED");
        Path p = env != null ? Path.of(env) : Path.of("..", "shared");
        return Files.isDirectory(p) ? p.toAbsolutePath().normalize() : null;
    }

    /** {@code relative} inside the shared folder; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Path root = root();
        assumeTrue(root != null, "skipped: ../shared is not beside the project (set CONCORD_SHARED to its path)");
        Path p = root.resolve(relative);
        assumeTrue(Files.exists(p), "skipped: ../shared/" + relative + " is missing");
        return p;
    }
}
