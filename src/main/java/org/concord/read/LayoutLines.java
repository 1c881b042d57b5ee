package org.concord.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines a UN document's page furniture is made of, recognised by their form alone: page numbers ("3/5",
 * "- 3 -"), job numbers ("17-06950 (E)    230217", "GE.17-06950"), the barcode's text ("*1706950*") and the
 * recycling notice. Anything else at the top or foot of a page is layout only when it repeats from page to page.
 */
final class LayoutLines {
    private static final String DIGIT = "[0-9\u0660-\u0669]";
    private static final Pattern PAGE_NUMBER =
        Pattern.compile("(?:-\\s*)?" + DIGIT + "{1,4}(?:\\s*/\\s*" + DIGIT + "{1,4})?(?:\\s*-)?|/" + DIGIT + "{1,4}");
    private static final Pattern JOB_NUMBER =
        Pattern.compile("(?:[A-Z]{1,3}\\.)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}");
    private static final Pattern BARCODE = Pattern.compile("\\*\\d{7}\\*");
    private static final Set<String> RECYCLE = load("recycle-notices.txt");

    private LayoutLines() {}

    /** What {@code text} is when its form alone says it is page furniture. */
    static Optional<LayoutKind> kindOf(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (PAGE_NUMBER.matcher(t).matches()) return Optional.of(LayoutKind.PAGE_NUMBER);
        if (JOB_NUMBER.matcher(t).matches()) return Optional.of(LayoutKind.JOB_NUMBER);
        if (BARCODE.matcher(t).matches()) return Optional.of(LayoutKind.BARCODE);
        if (RECYCLE.contains(t.toLowerCase(Locale.ROOT))) return Optional.of(LayoutKind.RECYCLE_NOTICE);
        return Optional.empty();
    }

    /** A line with its numbers blanked, so that the running head "S/2017/126 … 3" of every page compares equal. */
    static String shape(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll(DIGIT + "+", "#");
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = LayoutLines.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
