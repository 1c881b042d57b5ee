package org.concord.read;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.pdf.PdfFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;
import org.concord.InputException;

/**
 * HTML, DOCX, XLIFF and PDF through Okapi's filters. Each text unit becomes a paragraph of the body; text units are
 * separated by blank lines, so offsets are into this extracted text. PDF text keeps its line breaks, which the
 * segmenter unwraps like any hard-wrapped text (re-joining hyphenated words only when the document shows them joined). For XLIFF, the side written in the requested language is read.
 */
final class Filtered {
    private static final Pattern XLIFF_LANG =
        Pattern.compile("\\b(source-language|target-language|srcLang|trgLang)\\s*=\\s*[\"']([^\"']+)[\"']");

    private static final String PDF_LINE_BREAK = "\u2028";

    private Filtered() {}

    static Document read(Path file, String name, Format format, String lang) throws IOException {
        LocaleId requested = LocaleId.fromString(lang);
        LocaleId source = requested;
        LocaleId target = LocaleId.EMPTY;
        boolean readTarget = false;
        if (format == Format.XLIFF || format == Format.XLIFF2) {
            Map<String, String> langs = xliffLanguages(Sniff.head(file));
            String src = langs.getOrDefault("source", lang);
            String trg = langs.get("target");
            source = LocaleId.fromString(src);
            if (trg != null) target = LocaleId.fromString(trg);
            readTarget = trg != null && base(trg).equals(lang) && !base(src).equals(lang);
        }
        StringBuilder text = new StringBuilder();
        try (IFilter filter = filterFor(format);
             RawDocument raw = new RawDocument(file.toUri(), StandardCharsets.UTF_8.name(), source, target)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (!event.isTextUnit()) continue;
                ITextUnit tu = event.getTextUnit();
                if (!tu.isTranslatable()) continue;
                TextContainer tc = readTarget ? tu.getTarget(target) : tu.getSource();
                if (tc == null) continue;
                String t = tc.getUnSegmentedContentCopy().getText().replace(PDF_LINE_BREAK, "\n").strip();
                if (t.isEmpty()) continue;
                if (text.length() > 0) text.append("\n\n");
                text.append(t);
            }
        } catch (OkapiException e) {
            throw new InputException(name + ": cannot read as " + format + ": " + firstLine(e), e);
        }
        if (text.length() == 0) throw new InputException(name + ": empty file: no text to segment");
        String body = text.toString();
        return new Document(name, format, StandardCharsets.UTF_8.name(), Map.of(), 0, List.of(), () -> new StringReader(body));
    }

    private static IFilter filterFor(Format format) {
        IFilter filter = switch (format) {
            case HTML -> new HtmlFilter();
            case DOCX -> new OpenXMLFilter();
            case XLIFF -> new XLIFFFilter();
            case XLIFF2 -> new XLIFF2Filter();
            case PDF -> new PdfFilter();
            case TEXT -> throw new IllegalArgumentException("plain text is not read through a filter");
        };
        if (filter instanceof PdfFilter pdf) {
            // Okapi's PDF filter joins the lines of a paragraph with spaces, which would hide the hyphenated line ends
            // the segmenter must judge; a LINE SEPARATOR character survives the join and becomes a line break again.
            pdf.getParameters().setLineSeparator(PDF_LINE_BREAK);
            pdf.getParameters().setParagraphSeparator("\n\n");
        }
        return filter;
    }

    private static Map<String, String> xliffLanguages(byte[] head) {
        Matcher m = XLIFF_LANG.matcher(new String(head, StandardCharsets.UTF_8));
        Map<String, String> found = new HashMap<>();
        while (m.find()) {
            String key = m.group(1).startsWith("s") ? "source" : "target";
            found.putIfAbsent(key, m.group(2));
        }
        return found;
    }

    private static String base(String code) {
        return code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").strip();
    }
}
