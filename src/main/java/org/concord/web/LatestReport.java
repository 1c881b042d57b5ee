package org.concord.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * The latest check report in a folder. Convention shared with {@code concord check}: a report is a {@code *.json}
 * file directly in the folder; the latest is the one modified last (ties: the greater file name); its HTML rendering,
 * when there is one, is the file with the same base name and {@code .html}.
 */
public final class LatestReport {

    /** A report found: its JSON file, its HTML twin (or null), and when it was written. */
    public record Found(Path json, Path html, FileTime modified) {}

    private final Path folder;

    public LatestReport(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Optional<Found> find() {
        if (!Files.isDirectory(folder)) return Optional.empty();
        Found best = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) continue;
                Found candidate = new Found(f, null, Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS));
                if (best == null || NEWEST_LAST.compare(candidate, best) > 0) best = candidate;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list reports: " + e.getMessage(), e);
        }
        if (best == null) return Optional.empty();
        String name = best.json().getFileName().toString();
        Path html = folder.resolve(name.substring(0, name.length() - ".json".length()) + ".html");
        return Optional.of(new Found(best.json(), Files.isRegularFile(html, LinkOption.NOFOLLOW_LINKS) ? html : null, best.modified()));
    }

    private static final Comparator<Found> NEWEST_LAST = Comparator.comparing(Found::modified)
        .thenComparing(f -> f.json().getFileName().toString());
}
