package org.concord.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Word lists and rules kept as resource files beside the classes that use them: UTF-8, one entry a line, blank lines
 * and lines starting with "#" left out, fields separated by tabs.
 */
public final class LanguageData {
    private LanguageData() {}

    /** The entries of {@code resource} next to {@code owner}; an error when the file is missing (it ships in the jar). */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> lines = linesIfAny(owner, resource);
        if (lines == null) throw new IllegalStateException("missing language data " + resource);
        return lines;
    }

    /** The entries of {@code resource} next to {@code owner}, or null when there is no such file (e.g. a language without one). */
    public static List<String> linesIfAny(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) return null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + resource, e);
        }
    }

    static List<String> lines(String resource) {
        return lines(LanguageData.class, resource);
    }
}
