package org.concord.prepare;

import java.io.Writer;
import java.time.Instant;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a prepared file as XLIFF 1.2 (strict): exact matches fill the target as needs-review-translation with
 * state-qualifier exact-match, every match is an alt-trans with its match-quality and origin, termbase hits are
 * notes on the source, and the document's symbol, source file and tool are in the header.
 */
final class Xliff12Writer {
    static final String XLIFF = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private Xliff12Writer() {}

    static void write(PreparedFile f, Instant now, Writer out) throws XMLStreamException {
        try (XmlOut x = new XmlOut(out)) {
            var raw = x.raw();
            raw.setDefaultNamespace(XLIFF);
            raw.writeStartElement(XLIFF, "xliff");
            raw.writeDefaultNamespace(XLIFF);
            raw.writeAttribute("version", "1.2");
            x.start(XLIFF, "file").attr("original", f.original()).attr("source-language", f.srcLang())
                .attr("target-language", f.tgtLang()).attr("datatype", "plaintext").attr("date", now.toString())
                .attr("tool-id", "concord");
            x.start(XLIFF, "header");
            x.start(XLIFF, "tool").attr("tool-id", "concord").attr("tool-name", f.tool()).end();
            note(x, XliffFields.SYMBOL, f.docSymbol());
            note(x, XliffFields.SOURCE_FILE, f.original());
            x.end();
            x.start(XLIFF, "body");
            for (PreparedSegment s : f.segments()) unit(x, f, s);
            x.end();
            x.end();
            raw.writeCharacters("\n");
            raw.writeEndElement();
        }
    }

    private static void note(XmlOut x, String name, String value) throws XMLStreamException {
        if (value != null) x.start(XLIFF, "note").attr("from", XliffFields.NOTE_FROM).chars(name + ": " + value).end();
    }

    private static void unit(XmlOut x, PreparedFile f, PreparedSegment s) throws XMLStreamException {
        x.start(XLIFF, "trans-unit").attr("id", Integer.toString(s.number()));
        x.start(XLIFF, "source").attr(XML, "lang", f.srcLang()).chars(s.source()).end();
        MemoryMatch exact = s.exact();
        if (exact != null) {
            x.start(XLIFF, "target").attr(XML, "lang", f.tgtLang()).attr("state", "needs-review-translation")
                .attr("state-qualifier", "exact-match").chars(exact.target()).end();
            x.start(XLIFF, "note").attr("from", XliffFields.NOTE_FROM).attr("annotates", "target")
                .chars((s.inContext() ? "In-context exact match" : "Exact match") + " (100%) from " + exact.describe()).end();
        }
        for (GlossaryEntry g : s.terms()) {
            x.start(XLIFF, "note").attr("from", XliffFields.TERM_NOTE_FROM).attr("annotates", "source")
                .chars(XliffFields.termNote(g)).end();
        }
        if (exact != null) altTrans(x, f, exact);
        for (MemoryMatch m : s.fuzzy()) altTrans(x, f, m);
        x.end();
    }

    private static void altTrans(XmlOut x, PreparedFile f, MemoryMatch m) throws XMLStreamException {
        x.start(XLIFF, "alt-trans").attr("match-quality", Integer.toString(m.percent())).attr("origin", m.describe())
            .attr("tool-id", "concord");
        x.start(XLIFF, "source").attr(XML, "lang", f.srcLang()).chars(m.source()).end();
        x.start(XLIFF, "target").attr(XML, "lang", f.tgtLang()).chars(m.target()).end();
        x.end();
    }
}
