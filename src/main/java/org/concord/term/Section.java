package org.concord.term;

import java.util.List;

/** The language section of a concept: its terms, and its own data categories (definition, notes, sources...). */
record Section(String lang, String created, String modified, List<Info> info, List<TermEntry> terms) {

    Section {
        info = List.copyOf(info);
        terms = List.copyOf(terms);
    }
}
