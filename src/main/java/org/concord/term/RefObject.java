package org.concord.term;

import java.util.List;

/** An entry of a TBX back matter section (a responsible person, say), which transacNote targets point to. */
record RefObject(String section, String id, List<Info> items) {

    RefObject {
        items = List.copyOf(items);
    }
}
