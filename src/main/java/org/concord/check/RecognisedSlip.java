package org.concord.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.term.TermOccurrence;

/**
 * A rendering the recogniser matched through what it took for an inflection, one of whose words is a slip of the
 * termbase's word ({@link Misspellings#slip}): "Предварйтельная повестка дня", "борьбы с отмыванеим денег", "الريئس".
 * The stemmer conflates such forms with the word; reported as misspelt before the match can accept the term.
 */
final class RecognisedSlip {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private RecognisedSlip() {}

    /** The first word of the matched target term {@code t} that is a slip of the term's word, or null. */
    static NearMiss.Found find(String target, TermOccurrence t, String lang) {
        if (lang.equals("zh")) return null; // no words to compare
        List<Span> written = words(target, t.start(), t.end());
        String termText = t.term().text();
        List<Span> expected = words(termText, 0, termText.length());
        if (written.size() != expected.size()) return null; // matched across another word split: nothing to pair
        for (int i = 0; i < written.size(); i++) {
            String w = target.substring(written.get(i).start(), written.get(i).end());
            String e = termText.substring(expected.get(i).start(), expected.get(i).end());
            if (w.equalsIgnoreCase(e)) continue;
            if (Misspellings.slip(e, w, lang)) {
                Span at = written.get(i);
                return new NearMiss.Found(at, w, e, termText, NearMiss.Kind.MISSPELT);
            }
        }
        return null;
    }

    private static List<Span> words(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) out.add(new Span(m.start(), m.end()));
        return out;
    }
}
