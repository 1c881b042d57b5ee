package org.concord.segment;

import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds which words hyphenated across a line break the document also writes joined. Two streaming passes: the
 * first collects the candidates ("non-\nState" gives "nonstate"), the second keeps those that occur as one word.
 * Memory stays proportional to the number of candidates, not to the size of the document.
 */
final class Hyphenation {

    /** Opens the document's text again for each pass. */
    @FunctionalInterface
    interface Source {
        Reader open() throws IOException;
    }

    private Hyphenation() {}

    static Set<String> attestedJoins(Source source) throws IOException {
        Set<String> candidates;
        try (Reader in = source.open()) {
            candidates = candidates(in);
        }
        if (candidates.isEmpty()) return Set.of();
        try (Reader in = source.open()) {
            return attested(in, candidates);
        }
    }

    private enum State { WORD, HYPHEN, BROKEN, SUFFIX }

    static Set<String> candidates(Reader in) throws IOException {
        Set<String> found = new HashSet<>();
        StringBuilder word = new StringBuilder();
        String prefix = "";
        State state = State.WORD;
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int k = 0; k < n; k++) {
                char c = buf[k];
                boolean letter = Character.isLetter(c);
                switch (state) {
                    case WORD -> {
                        if (letter) word.append(c);
                        else if (Unwrapper.isHyphen(c) && word.length() > 0) {
                            prefix = word.toString();
                            state = State.HYPHEN;
                        }
                        if (!letter) word.setLength(0);
                    }
                    case HYPHEN, BROKEN -> {
                        if (c == '\n' || c == '\r') state = State.BROKEN;
                        else if (letter) {
                            word.append(c);
                            state = state == State.BROKEN ? State.SUFFIX : State.WORD;
                        } else if (!Unwrapper.isSpace(c)) state = State.WORD;
                    }
                    case SUFFIX -> {
                        if (letter) word.append(c);
                        else {
                            found.add((prefix + word).toLowerCase(Locale.ROOT));
                            word.setLength(0);
                            state = State.WORD;
                        }
                    }
                }
            }
        }
        if (state == State.SUFFIX) found.add((prefix + word).toLowerCase(Locale.ROOT));
        return found;
    }

    private static Set<String> attested(Reader in, Set<String> candidates) throws IOException {
        Set<String> found = new HashSet<>();
        StringBuilder word = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int k = 0; k < n; k++) {
                if (Character.isLetter(buf[k])) {
                    word.append(buf[k]);
                } else if (word.length() > 0) {
                    String w = word.toString().toLowerCase(Locale.ROOT);
                    if (candidates.contains(w)) found.add(w);
                    word.setLength(0);
                }
            }
        }
        String w = word.toString().toLowerCase(Locale.ROOT);
        if (candidates.contains(w)) found.add(w);
        return found;
    }
}
