package org.concord.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.concord.InputException;

/** Recognises a file's format from its name and first bytes. */
final class Sniff {
    private static final int HEAD_BYTES = 8192;

    private Sniff() {}

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    static boolean hasNul(byte[] head) {
        for (byte b : head) if (b == 0) return true;
        return false;
    }

    /** The format of {@code file}; a file Concord does not read is bad input saying what it looks like. */
    static Format format(Path file, String name) throws IOException {
        String ext = extension(file);
        byte[] head = head(file);
        String start = new String(head, StandardCharsets.ISO_8859_1);
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("%PDF")) return Format.PDF;
        if (start.startsWith("PK\u0003\u0004")) return docx(file, name, ext);
        if (ext.equals("pdf") || ext.equals("docx")) throw unsupported(name, "not a valid ." + ext + " file");
        if (lower.contains("<xliff")) return lower.contains("urn:oasis:names:tc:xliff:document:2.") ? Format.XLIFF2 : Format.XLIFF;
        if (ext.equals("xlf") || ext.equals("xliff")) throw unsupported(name, "not an XLIFF document");
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) return Format.HTML;
        String trimmed = lower.stripLeading();
        if (trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html")) return Format.HTML;
        if (trimmed.startsWith("<?xml")) throw unsupported(name, "XML that is not XLIFF or XHTML");
        return Format.TEXT;
    }

    private static Format docx(Path file, String name, String ext) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) return Format.DOCX;
        } catch (ZipException e) {
            throw unsupported(name, "damaged ZIP archive");
        }
        throw unsupported(name, "ZIP archive that is not a DOCX document" + (ext.isEmpty() ? "" : " (." + ext + ")"));
    }

    static InputException unsupported(String name, String why) {
        return new InputException(name + ": unsupported format: " + why
            + " (Concord reads plain text, HTML, DOCX, XLIFF 1.2/2.x and PDF)");
    }

    private static String extension(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
