package org.concord.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.PatternSyntaxException;
import javax.xml.stream.XMLStreamConstants;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.lib.segmentation.SRXDocument;
import net.sf.okapi.lib.segmentation.SegmentationRuleException;
import org.concord.InputException;
import org.concord.read.SafeXml;

/** Loads SRX rule sets and compiles them for one language. */
final class Rules {
    static final String CONCORD_RULES = "concord-un.srx";

    private Rules() {}

    /** Parsed once: SRXDocument only reads its rules when compiling, so one instance serves every segmenter. */
    private static final class Concord {
        static final SRXDocument DOC = load(Rules.class, CONCORD_RULES);
    }

    private static final class Okapi {
        static final SRXDocument DOC = load(SRXDocument.class, "defaultSegmentation.srx");
    }

    static ISegmenter concord(String lang) {
        return compile(Concord.DOC, lang);
    }

    static ISegmenter okapiDefault(String lang) {
        return compile(Okapi.DOC, lang);
    }

    static ISegmenter fromFile(Path srx, String lang) {
        if (!Files.isRegularFile(srx) || !Files.isReadable(srx)) throw new InputException(srx + ": cannot read SRX rules file");
        // Our hardened parser reads the file first: it refuses DTDs and external entities, and names line and column
        // in one line, where Okapi's DOM parser would resolve entities and print its own "[Fatal Error]" line.
        SafeXml.read(srx, xml -> {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.DTD) {
                    throw SafeXml.error(srx, xml, "a document type declaration (DTD) is not accepted in SRX rules");
                }
            }
            return null;
        });
        SRXDocument doc = new SRXDocument();
        try {
            doc.loadRules(srx.toString());
            if (doc.getAllLanguagesMaps().isEmpty()) throw new InputException(srx + ": no language maps: not an SRX rules file");
            return compile(doc, lang);
        } catch (OkapiException | SegmentationRuleException | PatternSyntaxException e) {
            throw new InputException(srx + ": invalid SRX rules: " + firstLine(e.getMessage()), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // Okapi trusts the file's shape: a rule without its <beforebreak> ends in a NullPointerException
            throw new InputException(srx + ": invalid SRX rules: a rule or map Okapi cannot compile ("
                + e.getClass().getSimpleName() + "); see the SRX 2.0 schema", e);
        }
    }

    private static SRXDocument load(Class<?> anchor, String resource) {
        SRXDocument doc = new SRXDocument();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the class path");
            doc.loadRules(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return doc;
    }

    private static ISegmenter compile(SRXDocument doc, String lang) {
        return doc.compileLanguageRules(LocaleId.fromString(lang), null);
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        return message.lines().findFirst().orElse("unreadable").strip();
    }
}
