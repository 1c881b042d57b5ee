package org.concord.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.concord.InputException;
import org.concord.Languages;

/**
 * Front door of the readers: opens a file (or standard input) as a {@link Document}, recognising its format.
 * Bad input (missing, unreadable, empty, unsupported, undecodable) is an {@link InputException} naming the file.
 */
public final class Documents {
    private Documents() {}

    /** Reads {@code file}; {@code lang} chooses the side of a bilingual file (XLIFF) and the filters' locale. */
    public static Document read(Path file, String lang) {
        return read(file, file.toString(), Languages.require(lang));
    }

    /**
     * Reads standard input, named "-" in messages. The bytes are copied to a temporary file (deleted when the JVM
     * exits) so that they can be decoded and read more than once without holding them in memory.
     */
    public static Document readStdin(InputStream in, String lang) {
        try {
            Path tmp = Files.createTempFile("concord-stdin", ".txt");
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return read(tmp, "-", Languages.require(lang));
        } catch (IOException e) {
            throw new InputException("-: cannot read standard input: " + e.getMessage(), e);
        }
    }

    private static Document read(Path file, String name, String lang) {
        if (!Files.exists(file)) throw new InputException(name + ": no such file");
        if (Files.isDirectory(file)) throw new InputException(name + ": is a directory, not a file");
        if (!Files.isReadable(file)) throw new InputException(name + ": cannot read file (permission denied)");
        try {
            if (Files.size(file) == 0) throw new InputException(name + ": empty file: no text to segment");
            Format format = Sniff.format(file, name);
            ReadLimits limits = ReadLimits.current();
            if (format == Format.DOCX) Archives.checkZip(file, name, limits);
            return format == Format.TEXT ? PlainText.read(file, name, limits) : Filtered.read(file, name, format, lang, limits);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read file: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new InputException(name + ": cannot read file: " + e.getCause().getMessage(), e);
        }
    }
}
