package org.concord.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The report as JSON: {pairs, findings, termOccurrences, checks}; severities are "error", "warning", "info". */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private JsonReport() {}

    public static void write(Report report, Writer out) {
        try {
            MAPPER.writeValue(out, report);
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report read(String json) {
        try {
            return MAPPER.readValue(json, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
