package org.concord.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.InputException;

/**
 * What every fuzz test of a reader asserts: the reader either reads the input or refuses it with the project's one-line
 * input error (what the CLI turns into exit 2). Any other exception fails the test; in the fuzzing job (.ci/fuzz) so
 * do an input that takes over 5 s and running out of its 256 MB heap, and Jazzer keeps the input beside the seeds.
 */
public final class Fuzzing {
    /** How long each target is fuzzed under JAZZER_FUZZ=1; regression runs (the normal test suite) ignore it. */
    public static final String DURATION = "10m";

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("concord-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DIR.toFile().deleteOnExit();
    }

    private Fuzzing() {}

    /** What a fuzz target runs on one input. */
    @FunctionalInterface
    public interface Read {
        void run() throws Exception;
    }

    /** {@code bytes} written to a file called {@code name} in this JVM's fuzzing folder (replacing the last input's). */
    public static Path file(String name, byte[] bytes) {
        Path file = DIR.resolve(name);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /** Runs {@code read}; passes when it returns or refuses the input with a one-line {@link InputException}. */
    public static void readsOrRefuses(Read read) throws Exception {
        try {
            read.run();
        } catch (InputException e) {
            oneLine(e.getMessage());
        }
    }

    /** A refusal's message: something to say, on one line (the CLI prints it as is). */
    public static void oneLine(String message) {
        assertThat(message).as("refusal message").isNotBlank().doesNotContain("\n").doesNotContain("\r");
    }
}
