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
        byte[] head = Sniff.head(file);
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return;
        }
        int bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = ENCODING.matcher(new String(head, bom, Math.min(head.length - bom, 256), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                if (!Charset.isSupported(m.group(1))) return;
                charset = Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException e) {
                return;
            }
        }
        // Valid UTF-8 (nearly every file) is told fast; the decoder runs only to find where a bad byte is.
        if (charset.equals(StandardCharsets.UTF_8) && Utf8.isValid(file, bom)) return;
        PlainText.Check check = PlainText.check(file, name, charset, bom, Long.MAX_VALUE);
        if (check.error() != null) {
            throw InputException.at(name, check.line(), check.column(), "bytes that are not valid " + charset.name()
                + " (the file's encoding); save the file as " + charset.name());
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
