package org.concord.segment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.concord.Languages;

/**
 * Cuts text into sentences with SRX rules. Paragraphs are separated by blank lines; inside a paragraph, hard line
 * breaks are unwrapped before the rules run.
 */
public final class Segmenter {

    private final String lang;
    private final ISegmenter srx;

    private Segmenter(String lang, ISegmenter srx) {
        this.lang = lang;
        this.srx = srx;
    }

    /** Okapi's default SRX rules for {@code lang}. */
    public static Segmenter okapiDefault(String lang) {
        String code = Languages.require(lang);
        SRXDocument doc = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            doc.loadRules(in);
        } catch (IOException e) {
            throw new IllegalStateException("Okapi's default SRX rules are missing from the class path", e);
        }
        return new Segmenter(code, doc.compileLanguageRules(LocaleId.fromString(code), null));
    }

    /** The rules Concord ships for {@code lang}. */
    public static Segmenter forLanguage(String lang) {
        return okapiDefault(lang);
    }

    public String language() {
        return lang;
    }

    /** Sentences of {@code text}, offsets into {@code text}. */
    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        for (String block : text.split("\\n\\s*\\n", -1)) {
            int blockStart = text.indexOf(block, pos);
            pos = blockStart + block.length();
            if (block.isBlank()) continue;
            String unwrapped = block.replace('\n', ' ');
            srx.computeSegments(unwrapped);
            int index = 0;
            for (Range r : srx.getRanges()) {
                String s = unwrapped.substring(r.start, r.end).strip();
                if (s.isEmpty()) continue;
                out.add(new Sentence(paragraph, index++, blockStart + r.start, blockStart + r.end, s));
            }
            paragraph++;
        }
        return out;
    }
}
