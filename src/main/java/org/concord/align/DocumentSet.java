package org.concord.align;

import java.io.IOException;
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

    /** How a document is cut: into sentences by the segmenter, or one sentence per line (as gold sets are). */
    public enum Cut { SENTENCES, LINES }

    /** A document with its front matter, its sentences, and warnings about how it was read. */
    public record SegmentedDocument(String lang, Path file, Map<String, String> metadata, List<Sentence> sentences,
                                    List<String> warnings) {
        public SegmentedDocument {
            metadata = Map.copyOf(metadata);
            sentences = List.copyOf(sentences);
            warnings = List.copyOf(warnings);
        }

        /** Reads {@code file} (front matter stripped, encoding detected) and cuts it into sentences or lines. */
        public static SegmentedDocument read(Path file, String lang, Cut cut) {
            if (isEmptyFile(file)) {
                // an untranslated document still aligns: every sentence of the other side gets an empty partner
                return new SegmentedDocument(lang, file, Map.of(), List.of(), List.of(file + ": empty file"));
            }
            Document doc = Documents.read(file, lang);
            try {
                List<Sentence> sentences = cut == Cut.LINES ? lines(doc) : Segmenter.forLanguage(lang).segment(doc);
                return new SegmentedDocument(lang, file, doc.metadata(), sentences, doc.warnings());
            } catch (IOException e) {
                throw new InputException(file + ": cannot read file: " + e.getMessage(), e);
            }
        }

        private static boolean isEmptyFile(Path file) {
            try {
                return Files.isRegularFile(file) && Files.size(file) == 0;
            } catch (IOException e) {
                return false;
            }
        }

        /** Every line of the body as one sentence, offsets into the file; each line is its own paragraph. */
        private static List<Sentence> lines(Document doc) throws IOException {
            List<Sentence> out = new java.util.ArrayList<>();
            int offset = doc.bodyOffset();
            int n = 0;
            String body = doc.bodyText();
            int start = 0;
            while (start < body.length()) {
                int nl = body.indexOf('\n', start);
                int end = nl < 0 ? body.length() : nl;
                String line = body.substring(start, end).replace("\r", "");
                out.add(new Sentence(n, 0, offset + start, offset + end, line));
                n++;
                start = end + 1;
            }
            return out;
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

    /** Every document's reading warnings, source first. */
    public List<String> warnings() {
        List<String> out = new java.util.ArrayList<>(source.warnings());
        translationsInOrder().values().forEach(d -> out.addAll(d.warnings()));
        return out;
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
        return read(folder, Cut.SENTENCES);
    }

    public static DocumentSet read(Path folder, Cut cut) {
        Map<String, Path> files = files(folder);
        if (!files.containsKey(SOURCE_LANG)) throw new InputException(folder + ": no source file en.* in the folder");
        if (files.size() < 2) throw new InputException(folder + ": no translation (fr.*, es.*, ru.*, zh.*, ar.*) beside en.*");
        Map<String, SegmentedDocument> translations = new LinkedHashMap<>();
        files.forEach((lang, file) -> {
            if (!lang.equals(SOURCE_LANG)) translations.put(lang, SegmentedDocument.read(file, lang, cut));
        });
        return new DocumentSet(folder, SegmentedDocument.read(files.get(SOURCE_LANG), SOURCE_LANG, cut), translations);
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

}
