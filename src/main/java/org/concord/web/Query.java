package org.concord.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.concord.Languages;

/** The parameters of a request's query string, with typed, bounded getters that refuse bad values with 400. */
final class Query {
    private final Map<String, String> params;

    private Query(Map<String, String> params) {
        this.params = params;
    }

    static Query parse(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.putIfAbsent(name, value);
            }
        }
        return new Query(params);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("bad percent-encoding in query: " + s);
        }
    }

    /** The search text: required, trimmed, at most {@code maxLength} characters. */
    String text(String name, int maxLength) {
        String v = params.get(name);
        if (v == null || v.isBlank()) throw new BadRequest("missing parameter '" + name + "'");
        v = v.strip();
        if (v.length() > maxLength) throw new BadRequest("parameter '" + name + "' is longer than " + maxLength + " characters");
        return v;
    }

    /** A language code, normalised; {@code fallback} when absent (may be null for "any"). */
    String lang(String name, String fallback) {
        String v = params.get(name);
        if (v == null || v.isBlank()) return fallback;
        return Languages.require(v);
    }

    int integer(String name, int fallback, int min, int max) {
        String v = params.get(name);
        if (v == null || v.isBlank()) return fallback;
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
        if (n < min || n > max) throw new BadRequest("parameter '" + name + "' must be between " + min + " and " + max);
        return n;
    }
}
