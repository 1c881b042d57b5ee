package org.concord.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Request paths the server is willing to look at: no dot segments, backslashes or control characters, however encoded. */
final class Paths {
    private Paths() {}

    /** The decoded path, or {@link BadRequest} when any segment is "." or ".." or the path hides something odd. */
    static String clean(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) throw new BadRequest("path refused: must start with /");
        String path;
        try {
            // '+' is literal in a path; a '%' left after one decoding means double encoding, refused below.
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("path refused: bad percent-encoding");
        }
        if (path.indexOf('%') >= 0 || path.indexOf('\\') >= 0) throw new BadRequest("path refused: " + rawPath);
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) throw new BadRequest("path refused: control character");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) throw new BadRequest("path refused: dot segment in " + rawPath);
        }
        return path;
    }
}
