package org.concord.check;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.InputException;

/** Two plain-text files, line N of one being the translation of line N of the other. */
final class ParallelText {
    private ParallelText() {}

    static List<SegmentPair> lineByLine(Path src, Path tgt, String srcLang, String tgtLang) {
        List<String> s = lines(src);
        List<String> t = lines(tgt);
        if (s.size() != t.size()) {
            throw new InputException(src + " has " + s.size() + " lines but " + tgt + " has " + t.size()
                + ": with --lines, line N of one must be the translation of line N of the other");
        }
        List<SegmentPair> out = new ArrayList<>();
        String document = src.getFileName().toString();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).isBlank() && t.get(i).isBlank()) continue;
            out.add(new SegmentPair(Integer.toString(i + 1), srcLang, s.get(i), tgtLang, t.get(i), document));
        }
        return out;
    }

    static List<String> lines(Path file) {
        String text = text(file);
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    /** The whole file as UTF-8 text, without a byte-order mark. */
    static String text(Path file) {
        if (!Files.isReadable(file)) throw new InputException(file + ": cannot read file");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read file (" + e.getMessage() + ")", e);
        }
    }
}
