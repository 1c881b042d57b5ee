package org.concord.check;

import org.concord.term.Term;
import org.concord.term.TermOccurrence;

/**
 * Whether text the recogniser matched as a source term really is a use of the term. Each way it can fail has an id,
 * shown by {@code check --explain}: an inflection, not a derivation the stemmer conflated ("Assistant" for
 * "assistance"); not a capitalised name written in lower case – UN style capitalises its organs and "Member States",
 * so "the secretariat of the Forum" and "member States of the LCBC" are other things; not the end of a hyphenated
 * word; not inside a longer name; not the noun's word used as a verb ({@link VerbUses}); not a phrase of another sense
 * ({@link OtherSenses}).
 */
final class TermUses {
    /** Why a match is no use of its term: an id for --explain and a one-line reason. */
    record NotAUse(String id, String reason) {}

    static final NotAUse HYPHEN_PREFIXED = new NotAUse("hyphen-prefixed",
        "the match ends a word joined by a hyphen: \"Co-Chairs\" are not Chairs, \"non-nuclear-weapon States\" the opposite");
    static final NotAUse NOT_AN_INFLECTION = new NotAUse("not-an-inflection",
        "the word is a derivation the stemmer conflated with the term (\"Assistant\" for \"assistance\")");
    static final NotAUse LOWER_CASE_NAME = new NotAUse("lower-case-name",
        "the termbase capitalises the name; written in lower case it is another thing (\"the secretariat of the Forum\")");
    static final NotAUse INSIDE_NAME = new NotAUse("inside-name",
        "a common noun capitalised inside a longer name (\"United Nations Assistance Mission\"), which has its own rendering");
    static final NotAUse VERB_USE = new NotAUse("verb-use",
        "the noun's word used as a verb (verb-uses-LANG.txt: \"to safeguard future generations\", \"may sanction\")");
    static final NotAUse OTHER_SENSE = new NotAUse("other-sense",
        "a phrase in which the word has another sense (other-senses-LANG.txt: \"conflict resolution\")");

    private TermUses() {}

    static boolean isTermUse(String text, TermOccurrence o, String lang) {
        return notAUse(text, o, lang) == null;
    }

    /** Why the match {@code o} of {@code text} is no use of its term, or null when it is one. */
    static NotAUse notAUse(String text, TermOccurrence o, String lang) {
        String surface = text.substring(o.start(), o.end());
        if (prefixed(text, o.start())) return HYPHEN_PREFIXED;
        if (!Inflections.of(lang).inflects(surface, o.term().text())) return NOT_AN_INFLECTION;
        if (Character.isUpperCase(o.term().text().charAt(0)) && Character.isLowerCase(surface.charAt(0))) return LOWER_CASE_NAME;
        if (Character.isLowerCase(o.term().text().charAt(0)) && Character.isUpperCase(surface.charAt(0)) && insideName(text, o.start())) {
            return INSIDE_NAME;
        }
        if (VerbUses.of(lang).isVerb(text, o.start(), o.end())) return VERB_USE;
        if (OtherSenses.of(lang).covers(o.concept().id(), text, o.start(), o.end())) return OTHER_SENSE;
        return null;
    }

    static boolean isTermUse(String surface, Term term, String lang) {
        if (!Inflections.of(lang).inflects(surface, term.text())) return false;
        char t = term.text().charAt(0);
        char s = surface.charAt(0);
        return !(Character.isUpperCase(t) && Character.isLowerCase(s));
    }

    /**
     * Whether a capitalised word at {@code start} continues a name in title case ("United Nations Assistance
     * Mission", "Nuclear Smuggling Outreach Initiative"): a word, not the start of the text, a sentence or a list
     * item, comes before it. The name has its own official rendering; the common noun's is not to be expected.
     */
    static boolean insideName(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        if (i < 0) return false;
        char c = text.charAt(i);
        if (".:;!?(\"\u201c\u00ab\u2018'".indexOf(c) >= 0) return false;
        return Character.isLetter(c) && Character.isUpperCase(text.charAt(wordStart(text, i)));
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        return i;
    }

    /**
     * Whether the match is the end of a word joined to another by a hyphen before it: "Co-Chairs" are not Chairs,
     * "high-resolution" is no resolution, "non-nuclear-weapon States" are the opposite of nuclear-weapon States.
     * (A hyphen after the match, "Security Council-mandated", still uses the term.)
     */
    static boolean prefixed(String text, int start) {
        if (start < 2) return false;
        char h = text.charAt(start - 1);
        return (h == '-' || h == '\u2010' || h == '\u2011') && Character.isLetter(text.charAt(start - 2));
    }

    /** Whether an English source match is the plural of its term: longer than the term and ending in s. */
    static boolean pluralForm(String text, TermOccurrence o) {
        String surface = text.substring(o.start(), o.end());
        return surface.length() > o.term().text().length() && Character.toLowerCase(surface.charAt(surface.length() - 1)) == 's';
    }
}
