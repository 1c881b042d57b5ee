package org.concord.prepare;

import java.io.Writer;
import java.time.Instant;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a prepared file as XLIFF 2.0: exact matches fill the target (state translated), every match is in the
 * matches module with its similarity and origin (type icm when in context), termbase hits in the glossary module
 * with deprecated renderings in a note, and the document's symbol, source file and tool in the metadata module.
 */
final class Xliff20Writer {
    static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    static final String MTC = "urn:oasis:names:tc:xliff:matches:2.0";
    static final String GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
    static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";

    private Xliff20Writer() {}

    static void write(PreparedFile f, Instant now, Writer out) throws XMLStreamException {
        try (XmlOut x = new XmlOut(out)) {
            var raw = x.raw();
            raw.setDefaultNamespace(XLIFF);
            raw.setPrefix("mtc", MTC);
            raw.setPrefix("gls", GLS);
            raw.setPrefix("mda", MDA);
            raw.writeStartElement(XLIFF, "xliff");
            raw.writeDefaultNamespace(XLIFF);
            raw.writeNamespace("mtc", MTC);
            raw.writeNamespace("gls", GLS);
            raw.writeNamespace("mda", MDA);
            raw.writeAttribute("version", "2.0");
            raw.writeAttribute("srcLang", f.srcLang());
            raw.writeAttribute("trgLang", f.tgtLang());
            x.start(XLIFF, "file").attr("id", "f1").attr("original", f.original());
            x.start(MDA, "metadata").start(MDA, "metaGroup").attr("category", "document");
            meta(x, XliffFields.SYMBOL, f.docSymbol());
            meta(x, XliffFields.SOURCE_FILE, f.original());
            meta(x, XliffFields.TOOL, f.tool());
            meta(x, XliffFields.CREATED, now.toString());
            x.end().end();
            for (PreparedSegment s : f.segments()) unit(x, s);
            x.end();
            raw.writeCharacters("\n");
            raw.writeEndElement();
        }
    }

    private static void meta(XmlOut x, String type, String value) throws XMLStreamException {
        if (value != null) x.start(MDA, "meta").attr("type", type).chars(value).end();
    }

    private static void unit(XmlOut x, PreparedSegment s) throws XMLStreamException {
        String segment = "s" + s.number();
        x.start(XLIFF, "unit").attr("id", "u" + s.number());
        MemoryMatch exact = s.exact();
        if (exact != null) {
            x.start(MDA, "metadata").start(MDA, "metaGroup").attr("category", "exact-match");
            meta(x, XliffFields.MATCH_DOCUMENT, exact.docSymbol());
            meta(x, XliffFields.MATCH_ORIGIN, exact.origin().code());
            if (exact.origin() == org.concord.tm.Origin.CONFIRMED) meta(x, XliffFields.CONFIRMED_BY, exact.changedBy());
            meta(x, XliffFields.IN_CONTEXT, s.inContext() ? "yes" : "no");
            x.end().end();
        }
        if (exact != null || !s.fuzzy().isEmpty()) {
            x.start(MTC, "matches");
            if (exact != null) match(x, exact, segment, s.inContext() ? "icm" : "tm");
            for (MemoryMatch m : s.fuzzy()) match(x, m, segment, "tm");
            x.end();
        }
        boolean deprecated = false;
        if (!s.terms().isEmpty()) {
            x.start(GLS, "glossary");
            for (GlossaryEntry g : s.terms()) {
                x.start(GLS, "glossEntry");
                x.start(GLS, "term").attr("source", "Concord termbase, concept " + g.conceptId()).chars(g.text()).end();
                for (String r : g.renderings()) x.text(GLS, "translation", r);
                if (g.definition() != null && !g.definition().isBlank()) x.text(GLS, "definition", g.definition());
                x.end();
                deprecated |= !g.deprecated().isEmpty();
            }
            x.end();
        }
        if (deprecated) {
            x.start(XLIFF, "notes");
            for (GlossaryEntry g : s.terms()) {
                if (g.deprecated().isEmpty()) continue;
                x.start(XLIFF, "note").attr("category", "terminology").chars(XliffFields.deprecatedNote(g)).end();
            }
            x.end();
        }
        x.start(XLIFF, "segment").attr("id", segment).attr("state", exact != null ? "translated" : "initial");
        x.text(XLIFF, "source", s.source());
        if (exact != null) x.text(XLIFF, "target", exact.target());
        x.end();
        x.end();
    }

    private static void match(XmlOut x, MemoryMatch m, String segment, String type) throws XMLStreamException {
        x.start(MTC, "match").attr("ref", "#" + segment).attr("type", type).attr("similarity", m.percent() + ".0")
            .attr("origin", m.describe());
        x.text(XLIFF, "source", m.source());
        x.text(XLIFF, "target", m.target());
        x.end();
    }
}
