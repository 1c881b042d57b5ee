package org.concord.check;

import org.concord.analysis.LanguageData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words with a numeric value read from a resource file ({@code months-fr.txt}, {@code numbers-ru.txt}): one
 * "form TAB value" per line; a form ending in '*' matches any ending; "@prefix"/"@suffix" lines give regular
 * expressions for clitics around a form; "@compose chinese" reads runs of numeral characters as one number. A form
 * written in lower case also matches capitalised.
 */
final class WordList {

    /** A word found in text, with its value. */
    record Match(int start, int end, long value) {}

    private static final Map<String, WordList> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Long> values = new HashMap<>();
    private final Pattern pattern;
    private final boolean chinese;

    private WordList(String resource) {
        String prefix = "";
        String suffix = "";
        boolean compose = false;
        List<String> alternatives = new ArrayList<>();
        List<String> lines = LanguageData.linesIfAny(WordList.class, resource);
        for (String line : lines == null ? List.<String>of() : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("@prefix")) prefix = f[1];
            else if (f[0].equals("@suffix")) suffix = f[1];
            else if (f[0].equals("@compose")) compose = f[1].equals("chinese");
            else alternatives.addAll(add(f[0], Long.parseLong(f[1].trim())));
        }
        chinese = compose;
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        String body = String.join("|", alternatives);
        pattern = alternatives.isEmpty() ? null
            : chinese ? Pattern.compile("(?:" + body + ")+")
            : Pattern.compile("(?<!\\p{L})" + prefix + "(" + body + ")" + suffix + "(?!\\p{L})");
    }

    /** The list for {@code kind} ("months", "numbers") and {@code lang}; empty when the language has no file. */
    static WordList of(String kind, String lang) {
        return CACHE.computeIfAbsent(kind + "-" + lang + ".txt", WordList::new);
    }

    private List<String> add(String form, long value) {
        boolean open = form.endsWith("*");
        String word = open ? form.substring(0, form.length() - 1) : form;
        List<String> out = new ArrayList<>();
        for (String w : variants(word)) {
            values.put(w, value);
            out.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q") + (open ? "\\p{L}*" : ""));
        }
        return out;
    }

    private static List<String> variants(String word) {
        String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        return capitalised.equals(word) ? List.of(word) : List.of(word, capitalised);
    }

    List<Match> find(String text) {
        return find(text, 0, text.length());
    }

    /** Words lying within [from, to) of {@code text}; the text around stays visible to the word-boundary checks. */
    List<Match> find(String text, int from, int to) {
        List<Match> out = new ArrayList<>();
        if (pattern == null) return out;
        Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            if (chinese) out.add(new Match(m.start(), m.end(), composeChinese(m.group())));
            else out.add(new Match(m.start(), m.end(), valueOf(m.group(1))));
        }
        return out;
    }

    private long valueOf(String matched) {
        String key = matched.replaceAll("\\s+", " ");
        for (String candidate = key; !candidate.isEmpty(); candidate = candidate.substring(0, candidate.length() - 1)) {
            Long v = values.get(candidate);
            if (v != null) return v;
        }
        throw new IllegalStateException("no value for matched word '" + matched + "'");
    }

    /** 三十五 → 35, 两千零一十四 → 2014, 二〇一四 → 2014 (digit by digit when there is no unit character). */
    private long composeChinese(String run) {
        boolean hasUnit = run.codePoints().anyMatch(c -> values.getOrDefault(Character.toString(c), 0L) >= 10);
        long total = 0;
        long section = 0;
        long digit = 0;
        for (int i = 0; i < run.length(); i++) {
            long v = values.get(run.substring(i, i + 1));
            if (!hasUnit) {
                total = total * 10 + v;
            } else if (v < 10) {
                digit = v;
            } else if (v < 10_000) {
                section += (digit == 0 ? 1 : digit) * v;
                digit = 0;
            } else {
                total += (section + digit == 0 ? 1 : section + digit) * v;
                section = 0;
                digit = 0;
            }
        }
        return hasUnit ? total + section + digit : total;
    }

}
