package org.concord.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the target refers back to a term the English names in full again, with words per language from {@code
 * anaphora.txt}: a demonstrative and the rendering's head ("those Member States" → "ces États", "эти государства"),
 * where the source has a demonstrative before the term too; and a pronoun for the head, the rest of the rendering
 * following ("all the nuclear-weapon States" → "tous ceux qui sont dotés de l'arme nucléaire").
 *
 * <p>A possessive for a body owning the thing named next to it ("the relevant Security Council resolutions" → "ses
 * résolutions pertinentes") was tried and left out: French writes "le Conseil de sécurité a créée par sa résolution",
 * so with the name deleted the possessive still stood there, and 14 deleted renderings of 871 (fr, es) went unseen
 * for 4 false findings fewer.
 */
final class Anaphora {
    private static final Map<String, Set<String>> WORDS = load();
    /** How many words on from the demonstrative the head may stand ("ces deux États"). */
    private static final int GAP = 3;

    private Anaphora() {}

    /** The source has a demonstrative just before the term at {@code termStart}, the target one before the rendering's head. */
    static boolean demonstrativeAndHead(AnalysedPair p, int termStart, LooseRendering.Target target, List<String> approved) {
        Set<String> src = WORDS.get("demonstrative\t" + p.pair().srcLang());
        Set<String> tgt = WORDS.get("demonstrative\t" + p.pair().tgtLang());
        if (src == null || tgt == null) return false;
        String word = wordBefore(p.source(), termStart);
        if (word == null || !src.contains(word.toLowerCase(Locale.ROOT))) return false;
        for (String r : approved) {
            if (LooseRendering.headAfter(target, r, p.pair().tgtLang(), tgt, GAP)) return true;
        }
        return false;
    }

    /** A pronoun of the target stands for the head of a rendering whose other words follow ("ceux qui sont dotés…"). */
    static boolean pronounForHead(AnalysedPair p, LooseRendering.Target target, List<String> approved) {
        Set<String> tgt = WORDS.get("pronoun\t" + p.pair().tgtLang());
        if (tgt == null) return false;
        for (String r : approved) {
            if (LooseRendering.tailAfter(target, r, p.pair().tgtLang(), tgt, GAP)) return true;
        }
        return false;
    }

    /** The word before {@code at} with only spaces between, or null. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == at) return null;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start < end ? text.substring(start, end) : null;
    }

    private static Map<String, Set<String>> load() {
        String resource = "anaphora.txt";
        InputStream in = Anaphora.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing language data " + resource);
        Map<String, Set<String>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : r.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 3);
                out.put(f[0] + "\t" + f[1], Set.copyOf(List.of(f[2].trim().split("\\s+"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + resource, e);
        }
        return Map.copyOf(out);
    }
}
