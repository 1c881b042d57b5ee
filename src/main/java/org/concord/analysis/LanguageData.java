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

    /** One entry of a tab-separated data file: its line number in the file and its fields. */
    public record Row(String resource, int line, String[] fields) {
        /** Bad input naming the file and line: "other-senses-en.txt:12: what". */
        public org.concord.InputException error(String what) {
            return new org.concord.InputException(resource + ":" + line + ": " + what);
        }
    }

    /**
     * The entries of {@code resource} as rows of at least {@code fields} tab-separated fields (the last one takes the
     * rest of the line), or null when there is no such file. A line with fewer fields is bad input naming the file and
     * line: these files are data anyone may edit, and a slip must not surface as an index error deep in a check.
     */
    public static List<Row> rowsIfAny(Class<?> owner, String resource, int fields) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) return null;
        String name = resourcePath(owner, resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> out = new ArrayList<>();
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", fields);
                if (f.length < fields || f[fields - 1].isBlank()) {
                    throw new org.concord.InputException(name + ":" + n + ": expected " + fields + " tab-separated fields, found "
                        + (f[f.length - 1].isBlank() ? f.length - 1 : f.length));
                }
                out.add(new Row(name, n, f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + resource, e);
        }
    }

    /** As {@link #rowsIfAny}; an error when the file is missing (it ships in the jar). */
    public static List<Row> rows(Class<?> owner, String resource, int fields) {
        List<Row> rows = rowsIfAny(owner, resource, fields);
        if (rows == null) throw new IllegalStateException("missing language data " + resource);
        return rows;
    }

    /** Where the resource is, as a path a user can find in the sources: "org/concord/check/anaphora.txt". */
    private static String resourcePath(Class<?> owner, String resource) {
        if (resource.startsWith("/")) return resource.substring(1);
        return owner.getPackageName().replace('.', '/') + "/" + resource;
    }

    static List<String> lines(String resource) {
        return lines(LanguageData.class, resource);
    }
}
