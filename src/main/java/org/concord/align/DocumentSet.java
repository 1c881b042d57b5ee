package org.concord.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.read.Document;
import org.concord.read.Documents;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;

/**
 * A source document and its translations, read from a folder laid out as {@code en.*} (the source) beside
 * {@code fr.*}, {@code es.*}, {@code ru.*}, {@code zh.*}, {@code ar.*}, each segmented into sentences.
 */
public record DocumentSet(Path folder, SegmentedDocument source, Map<String, SegmentedDocument> translations) {

    public static final String SOURCE_LANG = "en";

    /** A document with its front matter and sentences. */
    public record SegmentedDocument(String lang, Path file, Map<String, String> metadata, List<Sentence> sentences) {
        public SegmentedDocument {
            metadata = Map.copyOf(metadata);
            sentences = List.copyOf(sentences);
        }

        public List<String> texts() {
            return sentences.stream().map(Sentence::text).toList();
        }

        /** The sentences at {@code indices} as one text, joined as the language writes them (no space in Chinese). */
        public String join(List<Integer> indices) {
            String glue = lang.equals("zh") ? "" : " ";
            return String.join(glue, indices.stream().map(i -> sentences.get(i).text()).toList());
        }
    }

    public DocumentSet {
        translations = Map.copyOf(translations);
    }

    /** Translations in the official order (fr, es, ru, zh, ar). */
    public Map<String, SegmentedDocument> translationsInOrder() {
        Map<String, SegmentedDocument> out = new LinkedHashMap<>();
        for (String lang : Languages.OFFICIAL) {
            if (translations.containsKey(lang)) out.put(lang, translations.get(lang));
        }
        return out;
    }

    /** Reads and segments every document of {@code folder}; bad input when there is no en.* or no translation. */
    public static DocumentSet read(Path folder) {
        Map<String, Path> files = files(folder);
        if (!files.containsKey(SOURCE_LANG)) throw new InputException(folder + ": no source file en.* in the folder");
        if (files.size() < 2) throw new InputException(folder + ": no translation (fr.*, es.*, ru.*, zh.*, ar.*) beside en.*");
        Map<String, SegmentedDocument> translations = new LinkedHashMap<>();
        files.forEach((lang, file) -> {
            if (!lang.equals(SOURCE_LANG)) translations.put(lang, segment(file, lang));
        });
        return new DocumentSet(folder, segment(files.get(SOURCE_LANG), SOURCE_LANG), translations);
    }

    /** The documents of a folder by language: files named xx.* where xx is an official language code. */
    static Map<String, Path> files(Path folder) {
        if (!Files.isDirectory(folder)) throw new InputException(folder + ": not a folder");
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot <= 0 || !Files.isRegularFile(p)) continue;
                String lang = name.substring(0, dot);
                if (!Languages.OFFICIAL.contains(lang)) continue;
                Path before = files.put(lang, p);
                if (before != null) {
                    throw new InputException(folder + ": two files for '" + lang + "': " + before.getFileName() + " and " + name);
                }
            }
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list folder: " + e.getMessage(), e);
        }
        return files;
    }

    private static SegmentedDocument segment(Path file, String lang) {
        Document doc = Documents.read(file, lang);
        try {
            List<Sentence> sentences = Segmenter.forLanguage(lang).segment(doc);
            if (sentences.isEmpty()) throw new InputException(file + ": no text to segment");
            return new SegmentedDocument(lang, file, doc.metadata(), sentences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
