package org.concord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it, moved into place when complete: a failed or interrupted run
 * never leaves half a TMX or report where a user (or another tool) would read it.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Writes the contents of a file given its (temporary) path. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path file) throws IOException;
    }

    /** Writes {@code target} through {@code contents}; a failure is bad input naming the target, which is left as it was. */
    public static void write(Path target, Contents contents) {
        Path abs = target.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
            try {
                contents.writeTo(tmp);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InputException(target + ": cannot write: " + e.getMessage(), e);
        }
    }
}
