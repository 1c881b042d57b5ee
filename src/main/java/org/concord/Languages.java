package org.concord;

import java.util.List;
import java.util.Locale;

/** The six official languages of the United Nations, plus German for the Text+Berg alignment sets. */
public final class Languages {
    /** The official languages, source first, in the order Concord prints them. */
    public static final List<String> OFFICIAL = List.of("en", "fr", "es", "ru", "zh", "ar");
    private static final List<String> SUPPORTED = List.of("en", "fr", "es", "ru", "zh", "ar", "de");

    private Languages() {}

    /** Normalises a code ("FR", "fr-FR", "zh-CN" → "fr", "zh") or throws naming the bad value. */
    public static String require(String code) {
        if (code == null || code.isBlank()) throw new InputException("missing language code");
        String base = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (!SUPPORTED.contains(base)) {
            throw new InputException("unknown language code '" + code + "' (expected one of " + String.join(", ", SUPPORTED) + ")");
        }
        return base;
    }

    public static boolean isRightToLeft(String lang) {
        return "ar".equals(lang);
    }
}
