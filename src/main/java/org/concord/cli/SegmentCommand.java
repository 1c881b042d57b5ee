package org.concord.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.concord.InputException;
import org.concord.read.Document;
import org.concord.read.Documents;
import org.concord.read.LayoutText;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true,
    description = {"Cut documents into sentences with Concord's SRX rules for UN text.",
        "Reads plain text (UTF-8, UTF-16 with BOM, Windows-1252 fallback), HTML, DOCX, XLIFF 1.2/2.x and PDF."})
final class SegmentCommand implements Callable<Integer> {

    enum OutputFormat { text, json }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to segment; '-' reads standard input.")
    List<String> files;

    @Option(names = "--lang", required = true, description = "Language of the documents: en, fr, es, ru, zh, ar.")
    String lang;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
        description = "text: one sentence per line, a blank line between paragraphs (default); "
            + "json: paragraph, sentence, offsets, section (text or footnotes) and text of each sentence, "
            + "and the page layout removed before segmenting (running heads, footers, page numbers).")
    OutputFormat format;

    @Option(names = "--srx", paramLabel = "RULES", description = "An SRX 2.0 rules file to use instead of Concord's rules.")
    Path srx;

    @Override
    public Integer call() throws IOException {
        Segmenter segmenter = srx == null ? Segmenter.forLanguage(lang) : Segmenter.fromSrx(srx, lang);
        List<Document> docs = new ArrayList<>();
        for (String file : files) {
            docs.add(file.equals("-") ? Documents.readStdin(System.in, lang) : Documents.read(Path.of(file), lang));
        }
        PrintWriter err = spec.commandLine().getErr();
        docs.forEach(d -> d.warnings().forEach(w -> err.println("concord: warning: " + w)));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) writeJson(segmenter, docs, out);
        else writeText(segmenter, docs, out);
        out.flush();
        return 0;
    }

    private void writeText(Segmenter segmenter, List<Document> docs, PrintWriter out) {
        boolean[] started = {false};
        for (Document doc : docs) {
            int[] paragraph = {-1};
            segment(segmenter, doc, s -> {
                if (started[0] && s.paragraph() != paragraph[0]) out.println();
                started[0] = true;
                paragraph[0] = s.paragraph();
                out.println(s.text());
            });
        }
    }

    private void writeJson(Segmenter segmenter, List<Document> docs, PrintWriter out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
            for (Document doc : docs) {
                json.writeStartObject();
                json.writeStringField("file", doc.name());
                json.writeStringField("lang", segmenter.language());
                json.writeStringField("format", doc.format().toString());
                json.writeStringField("encoding", doc.encoding());
                json.writeObjectFieldStart("metadata");
                for (Map.Entry<String, String> e : doc.metadata().entrySet()) json.writeStringField(e.getKey(), e.getValue());
                json.writeEndObject();
                // what was removed as page layout (running heads, footers, page numbers, footnote marks)
                json.writeArrayFieldStart("layout");
                for (LayoutText l : doc.layout()) {
                    json.writeStartObject();
                    json.writeNumberField("page", l.page());
                    json.writeStringField("kind", l.kind().toString());
                    json.writeStringField("text", l.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("sentences");
                segment(segmenter, doc, s -> writeSentence(json, s, doc.inNotes(s.start())));
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }

    private static void writeSentence(JsonGenerator json, Sentence s, boolean footnote) {
        try {
            json.writeStartObject();
            json.writeStringField("section", footnote ? "footnotes" : "text");
            json.writeNumberField("paragraph", s.paragraph());
            json.writeNumberField("sentence", s.index());
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            json.writeStringField("text", s.text());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void segment(Segmenter segmenter, Document doc, Consumer<Sentence> sink) {
        try {
            segmenter.segment(doc, sink);
        } catch (IOException e) {
            throw new InputException(doc.name() + ": cannot read file: " + e.getMessage(), e);
        }
    }
}
