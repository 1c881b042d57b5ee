package org.concord.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Word lists of the analysis package, read from resource files next to it: one entry a line, "#" comments. */
final class LanguageData {
    private LanguageData() {}

    static List<String> lines(String resource) {
        InputStream in = LanguageData.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing language data " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + resource, e);
        }
    }
}
