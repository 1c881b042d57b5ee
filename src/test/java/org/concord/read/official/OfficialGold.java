package org.concord.read.official;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-made gold alignment of the fixtures: S-2015-87-gold.tsv beside this class's resources. */
public final class OfficialGold {
    /** One bead: a language, the English sentence and its translation. */
    public record Bead(String lang, String english, String translation) {}

    private OfficialGold() {}

    public static List<Bead> beads() {
        try (InputStream in = OfficialGold.class.getResourceAsStream("S-2015-87-gold.tsv")) {
            List<Bead> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                out.add(new Bead(f[0], f[1], f[2]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of one language's fixture, in order, footnotes last. */
    public static List<String> sentences(String lang) {
        String side = lang.equals("en") ? "fr" : lang;
        return beads().stream().filter(b -> b.lang().equals(side))
            .map(b -> lang.equals("en") ? b.english() : b.translation()).toList();
    }
}
