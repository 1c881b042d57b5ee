package org.concord.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Six-language TMX files cut from ../shared/corpora/unpc-dev (Ziemski, Junczys-Dowmunt, Pouliquen, LREC 2016): real
 * UN sentences for tests that need an import of some size. Units carry tuids "{prefix}-{line}".
 */
public final class UnpcTmx {
    private UnpcTmx() {}

    public static final List<String> LANGS = List.of("en", "fr", "es", "ru", "zh", "ar");

    /** Writes lines [from, from+count) of unpc-dev as a TMX to {@code file}; skips the calling test without ../shared. */
    public static Path write(Path file, int from, int count, String tuidPrefix) throws IOException {
        Path corpus = Shared.require("corpora/unpc-dev");
        List<List<String>> columns = new ArrayList<>();
        for (String lang : LANGS) columns.add(Files.readAllLines(corpus.resolve("unpc-dev." + lang), StandardCharsets.UTF_8));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" creationtool=\"test\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" datatype=\"plaintext\"/><body>\n");
            int end = Math.min(from + count, columns.get(0).size());
            for (int i = from; i < end; i++) {
                w.write("<tu tuid=\"" + tuidPrefix + "-" + i + "\">");
                for (int l = 0; l < LANGS.size(); l++) {
                    w.write("<tuv xml:lang=\"" + LANGS.get(l) + "\"><seg>" + StringEscapeUtils.escapeXml10(columns.get(l).get(i))
                        + "</seg></tuv>");
                }
                w.write("</tu>\n");
            }
            w.write("</body></tmx>\n");
        }
        return file;
    }
}
