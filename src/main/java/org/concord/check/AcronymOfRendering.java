package org.concord.check;

import java.util.List;
import org.concord.analysis.Token;
import org.concord.term.TermOccurrence;

/**
 * The target writes a rendering as its acronym: the initials of its content words, in capitals ("AIEA" for "Agence
 * internationale de l'énergie atomique", "ONUDC" for "Office des Nations Unies contre la drogue et le crime", "OPAQ"
 * for "Organización para la Prohibición de las Armas Químicas"). An acronym formed from the termbase's own rendering
 * names the same body, whether the termbase lists it or not.
 */
final class AcronymOfRendering implements UsageRule {
    static final String ID = "acronym-of-rendering";

    public String id() {
        return ID;
    }

    public String reason() {
        return "the target has the rendering's acronym: the initials of its content words in capitals (\"AIEA\" for \"Agence internationale de l'énergie atomique\")";
    }

    public boolean accepts(TermAnalysis a, TermOccurrence o) {
        LooseRendering.Target target = a.target();
        List<Token> tokens = target.tokens();
        for (String r : a.approved(o.concept())) {
            String initials = initials(r, a.tgtLang());
            if (initials == null) continue;
            for (int j = 0; j < tokens.size(); j++) if (plain(afterElision(target.written(j))).equals(initials)) return true;
        }
        return false;
    }

    /** The initials of {@code rendering}'s content words in capitals, or null when fewer than three or in a script without capitals. */
    static String initials(String rendering, String lang) {
        StringBuilder out = new StringBuilder();
        for (LooseRendering.Slot s : LooseRendering.rendering(rendering, lang).slots()) {
            if (!s.content()) continue;
            int first = afterElision(s.surface()).codePointAt(0);
            // only scripts with capitals write acronyms so: three Arabic initials are as likely a word
            if (!Character.isLetter(first) || Character.toUpperCase(first) == Character.toLowerCase(first)) return null;
            out.appendCodePoint(Character.toUpperCase(first));
        }
        return out.length() < 3 ? null : plain(out.toString());
    }

    /** Without accents: "AIÉA" is written "AIEA". */
    private static String plain(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A word without an elided article or preposition before it: "l'AIEA" is "AIEA", "d'énergie" "énergie". */
    static String afterElision(String word) {
        for (int i = 1; i <= 2 && i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '\u2019') return word.substring(i + 1);
        }
        return word;
    }
}
