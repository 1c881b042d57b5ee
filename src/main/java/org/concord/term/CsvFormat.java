package org.concord.term;

import org.concord.read.Utf8;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.concord.InputException;
import org.concord.Languages;
import org.concord.analysis.TextAnalyzer;

/**
 * Comma- and tab-separated glossaries. Two shapes are read: a multilingual table whose header row names the
 * languages (en,fr,es,…, plus optional id, subjectField, definition, note, source columns), and OmegaT's glossary
 * (source, target, comment; no header, '#' comment lines), whose languages the caller names.
 */
final class CsvFormat {
    private static final Set<String> META = Set.of("id", "subjectfield", "definition", "note", "source");

    private CsvFormat() {}

    static TermbaseData read(Path path, String sourceLang, String targetLang) {
        String text = Utf8.decode(path, read(path));
        char delimiter = delimiter(path, text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
            .setCommentMarker(delimiter == '\t' ? '#' : null).get();
        Lines lines = new Lines(text, delimiter);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(path + ": malformed CSV: " + e.getMessage());
        }
        if (records.isEmpty()) throw new InputException(path + ": empty glossary");
        List<String> header = normalisedHeader(records.get(0));
        boolean multilingual = header.stream().anyMatch(CsvFormat::isLanguage)
            && header.stream().allMatch(h -> h.isEmpty() || isLanguage(h) || META.contains(h));
        return multilingual ? multilingual(path, records, header, lines) : glossary(path, records, sourceLang, targetLang, lines);
    }

    private static TermbaseData multilingual(Path path, List<CSVRecord> records, List<String> header, Lines lines) {
        String today = LocalDate.now().toString();
        List<String> langs = new ArrayList<>();
        for (String h : header) langs.add(isLanguage(h) ? TextAnalyzer.language(h) : null);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            List<Section> sections = new ArrayList<>();
            List<Info> info = new ArrayList<>();
            String id = null;
            for (int i = 0; i < r.size() && i < header.size(); i++) {
                String v = TbxReader.collapse(r.get(i));
                if (v.isEmpty()) continue;
                if (langs.get(i) != null) {
                    sections.add(new Section(langs.get(i), today, today, List.of(),
                        List.of(new TermEntry(null, v, null, null, null, today, today, List.of()))));
                } else switch (header.get(i)) {
                    case "id" -> id = v;
                    case "subjectfield" -> info.add(Info.of("descrip", "subjectField", v));
                    case "definition" -> info.add(Info.of("descrip", "definition", v));
                    case "note" -> info.add(Info.of("note", null, v));
                    case "source" -> info.add(Info.of("admin", "source", v));
                    default -> { }
                }
            }
            if (sections.isEmpty()) throw lines.error(path, r, 0, "row has no term in any language");
            if (id == null) id = derivedId(sections.get(0).lang(), sections.get(0).terms().get(0).text());
            if (entries.containsKey(id)) throw lines.error(path, r, 0, "concept '" + id + "' appears twice");
            entries.put(id, new Entry(id, today, today, info, sections));
        }
        return new TermbaseData(List.copyOf(entries.values()), List.of());
    }

    private static TermbaseData glossary(Path path, List<CSVRecord> records, String sourceLang, String targetLang, Lines lines) {
        if (sourceLang == null || targetLang == null) {
            throw new InputException(path + ": the first row does not name languages (en, fr, …), so this is read as an "
                + "OmegaT glossary (source, target, comment), which needs --source-lang and --target-lang");
        }
        String src = TextAnalyzer.language(sourceLang);
        String tgt = TextAnalyzer.language(targetLang);
        String today = LocalDate.now().toString();
        Map<String, List<String>> targets = new LinkedHashMap<>();
        Map<String, List<String>> comments = new LinkedHashMap<>();
        Map<String, String> firstText = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            String source = r.size() > 0 ? TbxReader.collapse(r.get(0)) : "";
            String target = r.size() > 1 ? TbxReader.collapse(r.get(1)) : "";
            if (source.isEmpty()) throw lines.error(path, r, 0, "empty source term");
            if (target.isEmpty()) throw lines.error(path, r, 1, "empty target term");
            String id = derivedId(src, source);
            firstText.putIfAbsent(id, source);
            List<String> ts = targets.computeIfAbsent(id, k -> new ArrayList<>());
            if (!ts.contains(target)) ts.add(target);
            if (r.size() > 2 && !r.get(2).isBlank()) comments.computeIfAbsent(id, k -> new ArrayList<>()).add(TbxReader.collapse(r.get(2)));
        }
        List<Entry> entries = new ArrayList<>();
        for (var e : targets.entrySet()) {
            String id = e.getKey();
            List<TermEntry> tterms = e.getValue().stream()
                .map(t -> new TermEntry(null, t, null, null, null, today, today, List.of())).toList();
            List<Info> notes = comments.getOrDefault(id, List.of()).stream().map(c -> Info.of("note", null, c)).toList();
            entries.add(new Entry(id, today, today, notes, List.of(
                new Section(src, today, today, List.of(), List.of(new TermEntry(null, firstText.get(id), null, null, null, today, today, List.of()))),
                new Section(tgt, today, today, List.of(), tterms))));
        }
        return new TermbaseData(entries, List.of());
    }

    /** Multilingual CSV: id, the languages in Concord's order, subject field, definition; preferred terms only. */
    static void write(TermbaseData data, Path file) {
        List<String> langs = Languages.OFFICIAL.stream()
            .filter(l -> data.entries().stream().anyMatch(e -> e.sections().stream().anyMatch(s -> s.lang().equals(l))))
            .toList();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of("id"));
            header.addAll(langs);
            header.addAll(List.of("subjectField", "definition"));
            out.printRecord(header);
            for (Entry e : data.entries()) {
                Concept c = e.toConcept();
                List<String> row = new ArrayList<>(List.of(e.id()));
                for (String l : langs) row.add(c.preferred(l).map(Term::text).orElse(""));
                row.add(c.subjectField() == null ? "" : c.subjectField());
                row.add(c.definition() == null ? "" : c.definition());
                out.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** A stable id for a concept that came without one: its first term, normalised and hashed. */
    static String derivedId(String lang, String text) {
        String key = lang + ":" + TextAnalyzer.forLanguage(lang).normalise(text);
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "g" + HexFormat.of().formatHex(h, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isLanguage(String h) {
        if (META.contains(h)) return false; // "id" is also Indonesian's code
        try {
            TextAnalyzer.language(h);
            return h.length() <= 5;
        } catch (InputException e) {
            return false;
        }
    }

    private static List<String> normalisedHeader(CSVRecord r) {
        List<String> out = new ArrayList<>();
        for (String h : r) out.add(h.strip().toLowerCase(Locale.ROOT));
        return out;
    }

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(path + ": cannot read file: " + e.getMessage(), e);
        }
    }

    private static char delimiter(Path path, String text) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return ',';
        if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".utf8")) return '\t';
        String first = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElse("");
        return first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** Maps a record and field to the line and column where it starts, for error messages. */
    private static final class Lines {
        private final String text;
        private final char delimiter;

        Lines(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        InputException error(Path path, CSVRecord r, int field, String what) {
            int pos = (int) r.getCharacterPosition();
            int line = 1 + (int) text.substring(0, Math.min(pos, text.length())).chars().filter(c -> c == '\n').count();
            int lineStart = text.lastIndexOf('\n', pos - 1) + 1;
            int p = pos;
            boolean quoted = false;
            for (int f = 0; f < field && p < text.length(); p++) {
                char ch = text.charAt(p);
                if (ch == '"') quoted = !quoted;
                else if (ch == delimiter && !quoted) f++;
                else if (ch == '\n' && !quoted) break;
            }
            return InputException.at(path.toString(), line, p - lineStart + 1, what);
        }
    }
}
