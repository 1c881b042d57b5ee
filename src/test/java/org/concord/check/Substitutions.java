package org.concord.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.analysis.LanguageData;
import org.concord.analysis.TextAnalyzer;
import org.concord.analysis.Token;
import org.concord.term.Concept;
import org.concord.term.Term;
import org.concord.term.TermOccurrence;

/**
 * One content word of a rendering in an official target, changed as a translator might: into a near-synonym or
 * confusable ({@code confusables.txt}), into a content word of another concept's rendering, or by a one-letter typo.
 * The replacement is written like the word it replaces (capitalised or not; in Arabic with the article or without),
 * as a translator writes it. Which word of the rendering changes follows the line number, so runs are repeatable.
 */
final class Substitutions {
    /** A change: replace target characters [start, end) by {@code word}. */
    record Change(int start, int end, String word) {}

    private final String lang;
    private final TextAnalyzer analyzer;
    /** Rendering word (lower case) → its confusables. */
    private final List<String[]> confusables = new ArrayList<>();
    /** Content words of every approved rendering in the language, with the concept they come from. */
    private final List<String[]> otherWords = new ArrayList<>();

    Substitutions(String lang, List<Concept> concepts) {
        this.lang = lang;
        this.analyzer = TextAnalyzer.forLanguage(lang);
        for (LanguageData.Row row : LanguageData.rows(Substitutions.class, "confusables.txt", 3)) {
            String[] f = row.fields();
            if (f[0].equals(lang)) confusables.add(new String[] {f[1], f[2]});
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Concept c : concepts) {
            for (Term t : c.terms(lang)) {
                if (!t.status().approved()) continue;
                for (String w : contentWords(t.text())) if (seen.add(c.id() + "\t" + w)) otherWords.add(new String[] {c.id(), w});
            }
        }
    }

    /** The change of kind {@code kind} to rendering occurrence {@code t} of {@code concept}, or null when none applies. */
    Change change(String target, TermOccurrence t, Concept concept, Injector.Kind kind, int line) {
        if (lang.equals("zh")) return changeHan(target, t, concept, kind, line);
        List<Token> words = new ArrayList<>();
        for (Token w : analyzer.tokens(target.substring(t.start(), t.end()))) {
            String surface = target.substring(t.start() + w.start(), t.start() + w.end());
            if (!LooseRendering.functionWord(surface, w.norm(), lang) && surface.chars().allMatch(Character::isLetter)) {
                words.add(new Token(t.start() + w.start(), t.start() + w.end(), w.norm(), w.stems()));
            }
        }
        if (words.isEmpty()) return null;
        switch (kind) {
            case CONFUSABLE -> {
                List<Change> options = new ArrayList<>();
                for (Token w : words) {
                    String surface = target.substring(w.start(), w.end());
                    for (String[] c : confusables) {
                        if (!sameWord(surface, c[0])) continue;
                        String[] alternatives = c[1].split(" ");
                        options.add(new Change(w.start(), w.end(), like(surface, alternatives[line % alternatives.length])));
                    }
                }
                return options.isEmpty() ? null : options.get(line % options.size());
            }
            case OTHER_CONCEPT -> {
                Token w = words.get(line % words.size());
                String surface = target.substring(w.start(), w.end());
                List<String> pool = new ArrayList<>();
                for (String[] o : otherWords) {
                    if (o[0].equals(concept.id())) continue;
                    if (words.stream().anyMatch(x -> sameWord(target.substring(x.start(), x.end()), o[1]))) continue;
                    if (o[1].chars().allMatch(Character::isLetter) && o[1].length() > 2) pool.add(o[1]);
                }
                if (pool.isEmpty()) return null;
                return new Change(w.start(), w.end(), like(surface, pool.get(Math.floorMod(line * 31 + 7, pool.size()))));
            }
            case TYPO -> {
                List<Token> longWords = words.stream().filter(w -> w.end() - w.start() >= 5).toList();
                if (longWords.isEmpty()) return null;
                Token w = longWords.get(line % longWords.size());
                return new Change(w.start(), w.end(), typo(target.substring(w.start(), w.end()), line));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * Chinese: a listed confusable replaces its word in the rendering; another concept's two characters replace two
     * of the rendering's. No typo: a wrong character is a wrong word, which the other two kinds make.
     */
    private Change changeHan(String target, TermOccurrence t, Concept concept, Injector.Kind kind, int line) {
        String r = target.substring(t.start(), t.end());
        if (kind == Injector.Kind.CONFUSABLE) {
            List<Change> options = new ArrayList<>();
            for (String[] c : confusables) {
                int at = r.indexOf(c[0]);
                if (at < 0) continue;
                String[] alternatives = c[1].split(" ");
                options.add(new Change(t.start() + at, t.start() + at + c[0].length(), alternatives[line % alternatives.length]));
            }
            return options.isEmpty() ? null : options.get(line % options.size());
        }
        if (kind == Injector.Kind.OTHER_CONCEPT && r.length() >= 3) {
            List<String> pool = new ArrayList<>();
            for (String[] o : otherWords) {
                if (o[0].equals(concept.id()) || o[1].length() < 2) continue;
                for (int i = 0; i + 2 <= o[1].length(); i += 2) {
                    String two = o[1].substring(i, i + 2);
                    if (!r.contains(two.substring(0, 1)) && !r.contains(two.substring(1))) pool.add(two);
                }
            }
            if (pool.isEmpty()) return null;
            int at = line % (r.length() - 1);
            return new Change(t.start() + at, t.start() + at + 2, pool.get(Math.floorMod(line * 31 + 7, pool.size())));
        }
        return null;
    }

    private List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        if (lang.equals("zh")) return List.of(text);
        for (Token w : analyzer.tokens(text)) {
            String surface = text.substring(w.start(), w.end());
            if (!LooseRendering.functionWord(surface, w.norm(), lang)) out.add(surface);
        }
        return out;
    }

    /** The same word by stem or by all but its ending: "Совета"/"Совет", "nucléaires"/"nucléaire". */
    private boolean sameWord(String a, String b) {
        List<String> sa = analyzer.tokens(a).stream().flatMap(x -> x.stems().stream()).toList();
        List<String> sb = analyzer.tokens(b).stream().flatMap(x -> x.stems().stream()).toList();
        if (sa.stream().anyMatch(sb::contains)) return true;
        return LooseRendering.sameWord(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }

    /** {@code word} written as {@code model} is: capitalised or not; in Arabic with the article or without. */
    private String like(String model, String word) {
        if (lang.equals("ar")) {
            boolean definite = model.startsWith("ال");
            if (definite && !word.startsWith("ال")) return "ال" + word;
            if (!definite && word.startsWith("ال")) return word.substring(2);
            return word;
        }
        String first = word.substring(0, 1);
        first = Character.isUpperCase(model.charAt(0)) ? first.toUpperCase(Locale.ROOT) : first.toLowerCase(Locale.ROOT);
        return first + word.substring(1);
    }

    /** A one-letter slip inside the word, never at its first or last letter: a letter changed, dropped, or two swapped. */
    static String typo(String word, int line) {
        int n = word.length();
        int at = 1 + line % (n - 3); // 1 .. n-3: a swap with the next letter stays inside too
        return switch (line % 3) {
            case 0 -> word.substring(0, at) + neighbour(word.charAt(at)) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.charAt(at) == word.charAt(at + 1)
                ? word.substring(0, at) + neighbour(word.charAt(at)) + word.substring(at + 1)
                : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    /**
     * Another plain letter of the same script, as a slip of the finger gives: the next letter of the basic alphabet
     * (a → b, я → а). A letter with a diacritic changes its base letter ("é" → "f"): a diacritic alone written wrong is
     * another kind of error, which the checker's accent folding deliberately lets through ("Etats" in capitals).
     */
    private static char neighbour(char c) {
        boolean upper = Character.isUpperCase(c);
        char base = java.text.Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), java.text.Normalizer.Form.NFD).charAt(0);
        char out;
        if (base >= 'a' && base <= 'z') out = base == 'z' ? 'a' : (char) (base + 1);
        else if (base >= '\u0430' && base <= '\u044f') out = base == '\u044f' ? '\u0430' : (char) (base + 1);
        else if (base >= '\u0628' && base <= '\u063a') out = base == '\u063a' ? '\u0641' : (char) (base + 1); // ب .. غ
        else if (base >= '\u0641' && base <= '\u064a') out = base == '\u064a' ? '\u0641' : (char) (base + 1); // ف .. ي
        else out = base == '\u0627' ? '\u0628' : (char) (base + 1);
        return upper ? Character.toUpperCase(out) : out;
    }
}
