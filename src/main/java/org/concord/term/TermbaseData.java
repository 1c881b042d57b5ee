package org.concord.term;

import java.util.List;

/** What a file holds: the concept entries and the back matter they refer to. */
record TermbaseData(List<Entry> entries, List<RefObject> back) {

    TermbaseData {
        entries = List.copyOf(entries);
        back = List.copyOf(back);
    }
}
