package org.concord.termbase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes termbase/evidence.tsv: for every term of the curated termbase, how often it occurs in the official UN
 * translations (the six-way aligned unpc-dev sample), exactly and with its inflected forms, and in how many lines
 * whose English side names the concept. Run from the project root:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.concord.termbase.TermbaseEvidence}
 * (arguments, all optional: TBX file, corpus folder, output file).
 */
public final class TermbaseEvidence {
    static final String TBX_NS = "urn:iso:std:iso:30042:ed-2";
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");
    static final String HEADER = String.join("\t", "concept", "lang", "term", "status", "termType", "exact",
            "inflected", "lines", "concept_en_lines", "co_lines", "example_lines");
    private static final int EXAMPLES = 5;

    /** One term of the termbase, as the TBX states it. */
    record Entry(String concept, String lang, String term, String status, String termType) {}

    /** The six language sides of the corpus, line N of each being the same sentence. */
    record Corpus(Map<String, List<String>> lines) {
        static Corpus read(Path dir) throws IOException {
            Map<String, List<String>> lines = new HashMap<>();
            for (String lang : LANGUAGES) {
                lines.put(lang, Files.readAllLines(dir.resolve("unpc-dev." + lang), StandardCharsets.UTF_8));
            }
            return new Corpus(Map.copyOf(lines));
        }
    }

    private TermbaseEvidence() {}

    public static void main(String[] args) throws IOException {
        Path tbx = Path.of(args.length > 0 ? args[0] : "termbase/un-terms.tbx");
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpora/unpc-dev");
        Path out = Path.of(args.length > 2 ? args[2] : "termbase/evidence.tsv");
        String tsv = evidence(readTbx(tbx), Corpus.read(corpus));
        Files.writeString(out, tsv, StandardCharsets.UTF_8);
        System.out.println("wrote " + out + ": " + (tsv.lines().count() - 1) + " terms");
    }

    /** The terms of a TBX file in document order, read with DTDs and external entities refused. */
    static List<Entry> readTbx(Path tbx) throws IOException {
        Document doc = parse(tbx);
        List<Entry> out = new ArrayList<>();
        for (Element concept : descendants(doc.getDocumentElement(), "conceptEntry")) {
            for (Element langSec : descendants(concept, "langSec")) {
                String lang = langSec.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
                for (Element termSec : descendants(langSec, "termSec")) {
                    String term = descendants(termSec, "term").get(0).getTextContent().strip();
                    out.add(new Entry(concept.getAttribute("id"), lang, term,
                            termNote(termSec, "administrativeStatus").replace("Term-admn-sts", ""),
                            termNote(termSec, "termType")));
                }
            }
        }
        return out;
    }

    /** The evidence table for these terms, header first, one row per term, in TBX order. */
    static String evidence(List<Entry> entries, Corpus corpus) {
        Map<String, CorpusMatcher> matchers = new HashMap<>();
        Map<String, List<Side>> tokens = new HashMap<>();
        Map<String, List<String>> typographic = new HashMap<>();
        for (String lang : LANGUAGES) {
            CorpusMatcher m = CorpusMatcher.forLanguage(lang);
            matchers.put(lang, m);
            tokens.put(lang, corpus.lines().get(lang).stream().map(m::tokens).map(t -> new Side(t, m.lookupKeys(t))).toList());
            typographic.put(lang, corpus.lines().get(lang).stream().map(CorpusMatcher::typographic).toList());
        }
        Map<String, List<Integer>> conceptEnLines = new HashMap<>();
        for (Entry e : entries) {
            if (!e.lang().equals("en")) continue;
            int[] perLine = perLine(matchers.get("en"), tokens.get("en"), e.term());
            List<Integer> lines = IntStream.range(0, perLine.length).filter(i -> perLine[i] > 0).mapToObj(i -> i + 1).toList();
            conceptEnLines.merge(e.concept(), lines, TermbaseEvidence::union);
        }
        StringBuilder tsv = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries) {
            CorpusMatcher m = matchers.get(e.lang());
            int exact = typographic.get(e.lang()).stream().mapToInt(line -> m.exact(line, e.term())).sum();
            int[] perLine = perLine(m, tokens.get(e.lang()), e.term());
            int inflected = IntStream.of(perLine).sum();
            List<Integer> lines = IntStream.range(0, perLine.length).filter(i -> perLine[i] > 0).mapToObj(i -> i + 1).toList();
            List<Integer> enLines = conceptEnLines.getOrDefault(e.concept(), List.of());
            long co = lines.stream().filter(enLines::contains).count();
            String examples = lines.stream().limit(EXAMPLES).map(String::valueOf).collect(Collectors.joining(","));
            tsv.append(String.join("\t", e.concept(), e.lang(), e.term(), e.status(), e.termType(),
                    String.valueOf(exact), String.valueOf(inflected), String.valueOf(lines.size()),
                    String.valueOf(enLines.size()), String.valueOf(co), examples)).append('\n');
        }
        return tsv.toString();
    }

    /** Occurrences of the term, in any inflected form, in each line of one language side. */
    private static int[] perLine(CorpusMatcher m, List<Side> side, String term) {
        List<String> termTokens = m.tokens(term);
        return side.stream().mapToInt(line -> m.mayHold(line.keys(), termTokens) ? m.inflected(line.tokens(), termTokens) : 0)
                .toArray();
    }

    /** One corpus line as tokens, with the keys that tell quickly whether a term can start in it. */
    private record Side(List<String> tokens, Set<String> keys) {}

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().sorted().toList();
    }

    private static String termNote(Element termSec, String type) {
        for (Element note : descendants(termSec, "termNote")) {
            if (note.getAttribute("type").equals(type)) return note.getTextContent().strip();
        }
        return "";
    }

    /** Elements named {@code localName} below {@code parent}, at any depth, in document order. */
    static List<Element> descendants(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS(TBX_NS, localName);
        for (int i = 0; i < all.getLength(); i++) out.add((Element) all.item(i));
        return out;
    }

    static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in, file.toString());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
