package org.concord.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Heads a language shortens inside compounds (Chinese 国家 → 国: 核武器国家 and 缔约国 make 核武器缔约国), read from
 * {@code compound-heads-LANG.txt}: one "long head TAB short head" per line. Languages without a file have none.
 */
final class CompoundHeads {
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private CompoundHeads() {}

    /** {@code rendering} with its long head replaced by the short one, or null when it ends in no listed head. */
    static String shortened(String rendering, String lang) {
        Map<String, String> heads = CACHE.computeIfAbsent(lang, CompoundHeads::load);
        for (var e : heads.entrySet()) {
            String r = rendering.strip();
            if (r.endsWith(e.getKey()) && r.length() > e.getKey().length()) {
                return r.substring(0, r.length() - e.getKey().length()) + e.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> load(String lang) {
        String resource = "compound-heads-" + lang + ".txt";
        InputStream in = CompoundHeads.class.getResourceAsStream(resource);
        Map<String, String> out = new LinkedHashMap<>();
        if (in == null) return out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : r.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 2);
                out.put(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + resource, e);
        }
        return out;
    }
}
