package org.concord.dictionary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.concord.InputException;
import org.concord.read.Archives;
import org.concord.read.ReadLimits;
import org.concord.align.BilingualDictionary;
import org.concord.align.Lexicon;

/**
 * FreeDict as Debian's dict-freedict-* packages install it: dictd's {@code NAME.index} (headword, base-64 offset and
 * length per line) beside {@code NAME.dict.dz} (gzip-compatible) or {@code NAME.dict}. An entry is the headword line
 * ("Haus /haʊ̯s/ &lt;n, neut&gt;"), then the renderings, comma-separated, either on the next line or after each sense
 * number on its line ("1. maison 2."); the other lines are explanations in the source language and are left out.
 */
final class DictdFormat {

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\s*\\d+\\.(\\s|$)");
    private static final Pattern SENSE_SPLIT = Pattern.compile("\\s*\\b\\d+\\.(?=\\s|$)\\s*");

    private DictdFormat() {}

    /** The index of a dictd dictionary named by any of its files, or null when {@code file} is not one. */
    static Path indexOf(Path file) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".index") ? name.substring(0, name.length() - 6)
            : name.endsWith(".dict.dz") ? name.substring(0, name.length() - 8)
            : name.endsWith(".dict") ? name.substring(0, name.length() - 5) : null;
        return base == null ? null : file.resolveSibling(base + ".index");
    }

    static BilingualDictionary read(Path index, String src, String tgt) {
        String base = index.getFileName().toString().replaceFirst("\\.index$", "");
        Path dict = index.resolveSibling(base + ".dict.dz");
        if (!Files.isReadable(dict)) dict = index.resolveSibling(base + ".dict");
        if (!Files.isReadable(index) || !Files.isReadable(dict)) {
            throw new InputException(index + ": a dictd dictionary needs both " + base + ".index and " + base + ".dict.dz (or .dict)");
        }
        String[] declared = declaredPair(index);
        String dSrc = declared == null ? src : declared[0], dTgt = declared == null ? tgt : declared[1];
        if (dSrc == null || dTgt == null) {
            throw new InputException(index + ":1: cannot tell the dictionary's languages from its name: give --src and --tgt");
        }
        DictionaryLanguages.requireCovers(index.toString(), 1, dSrc, dTgt, src, tgt);
        byte[] body = body(dict);
        String indexText = DictionaryText.decode(readAll(index), index.toString());
        List<Lexicon.Entry> entries = new ArrayList<>();
        int lineNo = 0;
        for (String line : indexText.lines().toList()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("00database") || line.startsWith("00-database")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new InputException(index + ":" + lineNo + ": not a dictd index line (headword, offset, length)");
            long off = number(f[1], index, lineNo), len = number(f[2], index, lineNo);
            if (off + len > body.length) throw new InputException(index + ":" + lineNo + ": entry lies past the end of " + dict.getFileName());
            String entry = DictionaryText.decode(Arrays.copyOfRange(body, (int) off, (int) (off + len)), dict + " (entry of " + index.getFileName() + " line " + lineNo + ")");
            parseEntry(entry, entries);
        }
        return new BilingualDictionary(dSrc, dTgt, index.getFileName().toString(), dedupe(entries));
    }

    private static String[] declaredPair(Path index) {
        String[] codes = DictionaryLanguages.fromFileName(index.getFileName().toString());
        if (codes == null) return null;
        String a = DictionaryLanguages.of(codes[0]), b = DictionaryLanguages.of(codes[1]);
        if (a == null || b == null) {
            throw new InputException(index + ":1: a " + codes[0] + "-" + codes[1] + " dictionary: Concord does not align "
                + (a == null ? codes[0] : codes[1]));
        }
        return new String[] {a, b};
    }

    /** One entry's headword and renderings. */
    static void parseEntry(String entry, List<Lexicon.Entry> out) {
        List<String> lines = entry.lines().toList();
        if (lines.size() < 2) return;
        String head = DictionaryText.phrase(lines.get(0).replaceAll("\\s/[^/]*/", " ").replaceAll("<[^>]*>", " "));
        if (head == null) return;
        List<String> renderings = new ArrayList<>();
        if (SENSE_NUMBER.matcher(lines.get(1)).find()) {
            for (String line : lines.subList(1, lines.size())) {
                if (!SENSE_NUMBER.matcher(line).find()) continue;
                for (String part : SENSE_SPLIT.split(line)) if (!part.isBlank()) renderings.add(part);
            }
        } else {
            renderings.add(lines.get(1));
        }
        for (String list : renderings) {
            for (String r : list.split("[,;]")) {
                String t = DictionaryText.phrase(r);
                if (t != null) out.add(new Lexicon.Entry(head, t));
            }
        }
    }

    private static List<Lexicon.Entry> dedupe(List<Lexicon.Entry> entries) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(entries));
    }

    private static long number(String b64, Path index, int line) {
        // ten digits make 60 bits: more would overflow, and no dictionary body is near 2^31 bytes anyway
        if (b64.isEmpty() || b64.length() > 10) throw new InputException(index + ":" + line + ": bad base-64 number '" + b64 + "'");
        long v = 0;
        for (char c : b64.toCharArray()) {
            int d = B64.indexOf(c);
            if (d < 0) throw new InputException(index + ":" + line + ": bad base-64 number '" + b64 + "'");
            v = v * 64 + d;
        }
        return v;
    }

    private static byte[] body(Path dict) {
        try {
            if (dict.getFileName().toString().endsWith(".dz")) return Archives.gunzip(dict, ReadLimits.current());
            return Files.readAllBytes(dict);
        } catch (IOException e) {
            throw new InputException(dict + ": cannot read the dictionary body (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read file (" + e.getMessage() + ")", e);
        }
    }
}
