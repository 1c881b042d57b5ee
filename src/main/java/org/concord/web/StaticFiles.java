package org.concord.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The page's files, read from the classpath folder org/concord/web/static/ and nowhere else. */
final class StaticFiles {

    private static final String ROOT = "org/concord/web/static/";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8",
        "js", "text/javascript; charset=utf-8",
        "css", "text/css; charset=utf-8",
        "svg", "image/svg+xml",
        "png", "image/png",
        "ico", "image/x-icon");

    /** Files found so far; misses are not kept, so probing for names cannot grow it. */
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** The file for a cleaned request path ("/" is index.html), or 404. */
    Reply get(String path) {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null || !SAFE_NAME.matcher(name).matches()) return notFound(path);
        byte[] bytes = cache.get(name);
        if (bytes == null) {
            Optional<byte[]> read = read(name);
            if (read.isEmpty()) return notFound(path);
            bytes = read.get();
            cache.put(name, bytes);
        }
        return Reply.bytes(bytes, type);
    }

    private static Reply notFound(String path) {
        return Reply.error(404, "not found: " + path);
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name, e);
        }
    }
}
