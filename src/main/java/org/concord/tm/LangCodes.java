package org.concord.tm;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.concord.InputException;

/**
 * Language codes as the memory stores them: the primary subtag of a BCP 47 tag, lower case ("fr-FR" → "fr"), which
 * must be an ISO 639 code. The memory holds any language a TMX brings, not only the six official ones.
 */
final class LangCodes {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private LangCodes() {}

    private static final java.util.concurrent.ConcurrentHashMap<String, String> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    static String normalize(String code) {
        String known = code == null ? null : SEEN.get(code);
        if (known != null) return known;
        String primary = check(code);
        if (SEEN.size() < 1000) SEEN.put(code, primary);
        return primary;
    }

    private static String check(String code) {
        if (code == null || code.isBlank()) throw new InputException("missing language code");
        String c = code.trim();
        if (!TAG.matcher(c).matches()) throw new InputException("malformed language code '" + code + "'");
        String primary = c.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2 && !ISO_639_1.contains(primary)) {
            throw new InputException("unknown language code '" + code + "' (not ISO 639)");
        }
        return primary;
    }
}
