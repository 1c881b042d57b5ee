package org.concord.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import org.concord.InputException;

/**
 * StAX factories for untrusted XML (TBX, TMX, XLIFF): DTDs are not processed and external entities never resolved,
 * so XXE and "billion laughs" files cannot reach the file system or the network or blow up in memory.
 */
public final class XmlInput {
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlInput() {}

    /**
     * Refuses a file whose bytes its encoding (declared, else UTF-8) cannot decode, naming the line and column of the
     * first bad byte. Run before a StAX parser reads the file: the JDK's parser, meeting a bad byte, prints
     * "[Fatal Error] …" on standard error, a second line beside Concord's one-line refusal. A file with a UTF-16
     * byte-order mark, or in an encoding Java does not know, is left to the parser.
     */
    public static void requireDecodable(Path file, String name) throws IOException {
        Charset charset = charsetToCheck(file);
        if (charset == null) return;
        // Valid UTF-8 (nearly every file) is told fast; the decoder runs only to find where a bad byte is.
        if (charset.equals(StandardCharsets.UTF_8) && Utf8.isValid(file, 0)) return;
        InputException bad = undecodable(file, name, charset);
        if (bad != null) throw bad;
    }

    /**
     * The file opened for a StAX parser, with the check of {@link #requireDecodable} made as it is read: a UTF-8 file
     * (nearly every one) is checked in the parser's own pass over it ({@link Utf8#checked}), where a pass of its own
     * first took seconds of a large import during which nothing else could start; other encodings are checked first.
     * A parser that fails on a {@link Utf8.Malformed} read is answered with {@link #undecodable(Path, String)}.
     */
    public static java.io.InputStream openDecodable(Path file, String name) throws IOException {
        Charset charset = charsetToCheck(file);
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            InputException bad = undecodable(file, name, charset);
            if (bad != null) throw bad;
        }
        java.io.InputStream in = java.nio.file.Files.newInputStream(file);
        return charset == null ? in : Utf8.checked(in);
    }

    /** The refusal of a UTF-8 file whose reading through {@link #openDecodable} met a bad byte: where that byte is. */
    public static InputException undecodable(Path file, String name) {
        InputException bad = undecodable(file, name, StandardCharsets.UTF_8);
        return bad != null ? bad : new InputException(name + ": bytes that are not valid UTF-8 (the file's encoding)");
    }

    /** Whether {@code t} or one of its causes is a checked stream's bad byte. */
    public static boolean isUndecodable(Throwable t) {
        for (; t != null; t = t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null ? x.getNestedException() : t.getCause()) {
            if (t instanceof Utf8.Malformed) return true;
        }
        return false;
    }

    private static InputException undecodable(Path file, String name, Charset charset) {
        PlainText.Check check;
        try {
            byte[] head = Sniff.head(file);
            int bom = bomLength(head);
            check = PlainText.check(file, name, charset, bom, Long.MAX_VALUE);
        } catch (IOException e) {
            return new InputException(name + ": cannot read file: " + e.getMessage(), e);
        }
        if (check.error() == null) return null;
        return InputException.at(name, check.line(), check.column(), "bytes that are not valid " + charset.name()
            + " (the file's encoding); save the file as " + charset.name());
    }

    /** The length of the UTF-8 byte-order mark {@code head} starts with: 3, or 0 without one. */
    private static int bomLength(byte[] head) {
        return head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
    }

    /** The encoding the file's bytes are checked in (declared, else UTF-8), or null when they are left to the parser. */
    private static Charset charsetToCheck(Path file) throws IOException {
        byte[] head = Sniff.head(file);
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return null;
        }
        int bom = bomLength(head);
        Matcher m = ENCODING.matcher(new String(head, bom, Math.min(head.length - bom, 256), StandardCharsets.ISO_8859_1));
        if (!m.find()) return StandardCharsets.UTF_8;
        try {
            return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /**
     * The JDK's parser failing on malformed input with a MissingResourceException (it has no text for some errors it
     * reports, such as an invalid character in a skipped DTD): bad input at the parser's position (when the reader is known), named by the key.
     */
    public static InputException parserFailure(String name, javax.xml.stream.XMLStreamReader xml, java.util.MissingResourceException e) {
        String what = "malformed XML (" + String.valueOf(e.getKey()).replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT) + ")";
        if (xml == null) return new InputException(name + ": " + what, e);
        try {
            javax.xml.stream.Location at = xml.getLocation();
            return InputException.at(name, at.getLineNumber(), at.getColumnNumber(), what);
        } catch (RuntimeException unknown) {
            return new InputException(name + ": " + what, e);
        }
    }

    /** A new hardened factory; callers add what their format needs (coalescing, namespaces). */
    public static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
