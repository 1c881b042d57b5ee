package org.concord.check;

import java.nio.file.Path;
import java.util.List;
import org.concord.InputException;

/** Reads the files {@code concord check} accepts into segment pairs. */
public final class Inputs {
    private Inputs() {}

    /**
     * A TMX or XLIFF (1.2 or 2.x) file, told apart by its root element. {@code srcLang} overrides a TMX header's
     * source language; {@code tgtLang} keeps one target language (null: all). Both may be null.
     */
    public static List<SegmentPair> bilingualFile(Path file, String srcLang, String tgtLang) {
        String root = SafeXml.rootName(file);
        List<SegmentPair> pairs = switch (root) {
            case "tmx" -> new TmxReader(file).read(srcLang, tgtLang);
            case "xliff" -> new XliffReader(file).read().stream()
                .filter(p -> tgtLang == null || p.tgtLang().equals(tgtLang)).toList();
            default -> throw new InputException(file + ": expected a TMX or XLIFF file, found root element <" + root + ">");
        };
        if (pairs.isEmpty()) {
            throw new InputException(file + ": no segment pairs" + (tgtLang == null ? "" : " with target language " + tgtLang));
        }
        return pairs;
    }

    /** Two parallel plain-text files, aligned line by line. */
    public static List<SegmentPair> linesOf(Path src, Path tgt, String srcLang, String tgtLang) {
        return ParallelText.lineByLine(src, tgt, srcLang, tgtLang);
    }
}
