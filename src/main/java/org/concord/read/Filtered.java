package org.concord.read;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;
import org.concord.InputException;

/**
 * HTML, DOCX and XLIFF through Okapi's filters (PDF through {@link PdfReader}). Each text unit becomes a paragraph of
 * the body; text units are separated by blank lines, so offsets are into this extracted text. For XLIFF, the side
 * written in the requested language is read. In a DOCX, page headers and footers are page layout, listed as removed,
 * and footnotes and endnotes follow the main text as a section of their own.
 */
final class Filtered {
    private static final Pattern XLIFF_LANG =
        Pattern.compile("\\b(source-language|target-language|srcLang|trgLang)\\s*=\\s*[\"']([^\"']+)[\"']");

    /** DOCX parts that hold page headers and footers, and footnotes or endnotes. */
    private static final Pattern DOCX_HEAD_FOOT = Pattern.compile("word/(header|footer)\\d*\\.xml");
    private static final Pattern DOCX_NOTES = Pattern.compile("word/(footnotes|endnotes)\\.xml");

    private Filtered() {}

    static Document read(Path file, String name, Format format, String lang, ReadLimits limits) throws IOException {
        if (format == Format.PDF) return PdfReader.read(file, name);
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
        List<String> notes = new ArrayList<>();
        List<LayoutText> layout = new ArrayList<>();
        String part = "";
        try (IFilter filter = filterFor(format);
             RawDocument raw = new RawDocument(file.toUri(), StandardCharsets.UTF_8.name(), source, target)) {
            okapi(name, format, () -> {
                filter.open(raw);
                return null;
            });
            while (okapi(name, format, filter::hasNext)) {
                Event event = okapi(name, format, filter::next);
                if (event.isStartSubDocument() && event.getStartSubDocument().getName() != null) {
                    part = event.getStartSubDocument().getName();
                }
                if (!event.isTextUnit()) continue;
                ITextUnit tu = event.getTextUnit();
                if (!tu.isTranslatable()) continue;
                TextContainer tc = readTarget ? tu.getTarget(target) : tu.getSource();
                if (tc == null) continue;
                String t = tc.getUnSegmentedContentCopy().getText().strip();
                if (t.length() > limits.maxLineChars()) {
                    throw new InputException(name + ": refused: a text run of " + t.length() + " characters, more than the limit of "
                        + limits.maxLineChars() + " (-Dconcord.maxLine)");
                }
                if (t.isEmpty()) continue;
                if (format == Format.DOCX && DOCX_HEAD_FOOT.matcher(part).matches()) {
                    // a page header or footer part: running head, job number, page field, barcode, recycling notice
                    LayoutKind zone = part.contains("header") ? LayoutKind.RUNNING_HEAD : LayoutKind.PAGE_FOOTER;
                    layout.add(new LayoutText(0, LayoutLines.kindOf(t).orElse(zone), t));
                    continue;
                }
                if (format == Format.DOCX && DOCX_NOTES.matcher(part).matches()) {
                    notes.add(t);
                    continue;
                }
                if (text.length() > 0) text.append("\n\n");
                text.append(t);
            }
        } catch (OkapiException e) {
            throw new InputException(name + ": cannot read as " + format + ": " + firstLine(e), e);
        }
        if (text.length() == 0 && notes.isEmpty()) throw new InputException(name + ": empty file: no text to segment");
        int notesStart = -1;
        if (!notes.isEmpty()) {
            if (text.length() > 0) text.append("\n\n");
            notesStart = text.length();
            text.append(String.join("\n\n", notes));
        }
        String body = text.toString();
        return new Document(name, format, StandardCharsets.UTF_8.name(), Map.of(), 0, List.of(), () -> new StringReader(body),
            layout, notesStart);
    }

    /**
     * One call into an Okapi filter. A filter meeting a damaged file fails in its own ways (a NullPointerException on
     * a part without its root element, an IllegalStateException, …) besides OkapiException: whatever it throws
     * while parsing is the file's fault, reported as bad input, since a well-formed document never takes it there.
     */
    private static <T> T okapi(String name, Format format, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (OkapiException e) {
            throw new InputException(name + ": cannot read as " + format + ": " + firstLine(e), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(name + ": cannot read as " + format + ": damaged or unusual file (the "
                + format + " filter failed with " + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static IFilter filterFor(Format format) {
        IFilter filter = switch (format) {
            case HTML -> new HtmlFilter();
            case DOCX -> new OpenXMLFilter();
            case XLIFF -> new XLIFFFilter();
            case XLIFF2 -> new XLIFF2Filter();
            case TEXT, PDF -> throw new IllegalArgumentException("plain text and PDF are not read through an Okapi filter");
        };
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
