package org.concord.dictionary;

import java.util.ArrayList;
import java.util.List;
import org.concord.InputException;
import org.concord.align.BilingualDictionary;
import org.concord.align.Lexicon;

/**
 * hunalign's dictionary: one pair a line, "target phrase @ source phrase" (the target language first). The file says
 * nothing of its languages: they are the pair it is used for, and a file whose sides are written in other scripts is
 * refused.
 */
final class HunalignFormat {

    static final String SEPARATOR = " @ ";

    private HunalignFormat() {}

    static boolean looksLike(String text) {
        int checked = 0;
        for (String line : text.lines().limit(50).toList()) {
            if (line.isBlank()) continue;
            if (!line.contains(SEPARATOR)) return false;
            checked++;
        }
        return checked > 0;
    }

    static BilingualDictionary read(String text, String name, String src, String tgt) {
        if (src == null || tgt == null) {
            throw new InputException(name + ":1: hunalign's format does not say its languages: give --src and --tgt");
        }
        List<Lexicon.Entry> entries = new ArrayList<>();
        int lineNo = 0, wrongScript = 0, checked = 0, firstWrong = 0;
        for (String line : text.lines().toList()) {
            lineNo++;
            if (line.isBlank()) continue;
            int at = line.indexOf(SEPARATOR);
            if (at < 0) throw new InputException(name + ":" + lineNo + ": not a hunalign dictionary line (expected 'target @ source')");
            String t = DictionaryText.phrase(line.substring(0, at)), s = DictionaryText.phrase(line.substring(at + SEPARATOR.length()));
            if (s == null || t == null) continue;
            checked++;
            if (!DictionaryLanguages.inScript(s, src) || !DictionaryLanguages.inScript(t, tgt)) {
                wrongScript++;
                if (firstWrong == 0) firstWrong = lineNo;
            }
            entries.add(new Lexicon.Entry(s, t));
        }
        if (checked > 0 && wrongScript * 2 > checked) {
            throw new InputException(name + ":" + firstWrong + ": not a " + src + "-" + tgt + " dictionary: most entries are not written in "
                + "the scripts of " + src + " (source, after ' @ ') and " + tgt + " (target, before ' @ ')");
        }
        return new BilingualDictionary(src, tgt, name, entries);
    }
}
