package org.concord.align;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;

/** Writes aligned units as TMX 1.4 with Okapi's TMX writer: one translation unit per bead that has both sides. */
public final class TmxExport {

    private static final String TOOL = "concord";

    private TmxExport() {}

    /** One TU per match bead of a bilingual alignment. */
    public static void write(Path out, String srcLang, String tgtLang, List<String> src, List<String> tgt, List<Bead> beads) {
        TMXWriter w = start(out, srcLang, tgtLang);
        try {
            int id = 0;
            for (Bead b : beads) {
                if (!b.isMatch()) continue;
                ITextUnit tu = unit(++id, join(src, b.src()), b.confidence(), b.flagged());
                tu.setTarget(LocaleId.fromString(tgtLang), new TextContainer(join(tgt, b.tgt())));
                w.writeTUFull(tu);
            }
            w.writeEndDocument();
        } finally {
            w.close();
        }
    }

    /** One TU per multilingual unit, with every language that has a translation for it. */
    public static void writeMultilingual(Path out, String srcLang, List<String> src, Map<String, List<String>> targets,
                                         List<MultilingualUnit> units) {
        TMXWriter w = start(out, srcLang, targets.keySet().stream().findFirst().orElse(srcLang));
        try {
            int id = 0;
            for (MultilingualUnit u : units) {
                if (u.targets().isEmpty()) continue;
                ITextUnit tu = unit(++id, join(src, u.src()), u.confidence(), u.flagged());
                u.targets().forEach((lang, idx) -> tu.setTarget(LocaleId.fromString(lang), new TextContainer(join(targets.get(lang), idx))));
                w.writeTUFull(tu);
            }
            w.writeEndDocument();
        } finally {
            w.close();
        }
    }

    private static TMXWriter start(Path out, String srcLang, String tgtLang) {
        TMXWriter w = new TMXWriter(out.toString());
        w.writeStartDocument(LocaleId.fromString(srcLang), LocaleId.fromString(tgtLang), TOOL, null, "sentence", "concord-align", "plaintext");
        return w;
    }

    private static ITextUnit unit(int id, String srcText, double confidence, boolean flagged) {
        ITextUnit tu = new TextUnit(String.valueOf(id), srcText);
        tu.setProperty(new Property("x-confidence", String.format(Locale.ROOT, "%.3f", confidence)));
        if (flagged) tu.setProperty(new Property("x-flagged", "yes"));
        return tu;
    }

    static String join(List<String> sentences, List<Integer> idx) {
        return idx.stream().map(sentences::get).collect(Collectors.joining(" "));
    }
}
