package org.concord.term;

import java.util.List;

/**
 * One TBX data category kept as read: {@code element} is the TBX element (descrip, admin, note, ref, xref, termNote,
 * transac, transacNote, date, descripNote, adminNote) or a group (descripGrp, adminGrp, transacGrp, termNoteGrp) whose
 * parts are {@code children}. Keeping them as a tree is what lets an export give back everything an import read.
 */
record Info(String element, String type, String value, String target, List<Info> children) {

    Info {
        children = List.copyOf(children);
    }

    static Info of(String element, String type, String value) {
        return new Info(element, type, value, null, List.of());
    }

    boolean isGroup() {
        return element.endsWith("Grp");
    }

    /** The leading category of a group (the descrip of a descripGrp), or this item itself. */
    Info head() {
        return isGroup() && !children.isEmpty() ? children.get(0) : this;
    }

    boolean is(String elem, String typ) {
        Info h = head();
        return h.element.equals(elem) && (typ == null || typ.equals(h.type));
    }

    /** The first child of a group with this element and type. */
    String child(String elem, String typ) {
        for (Info c : children) {
            if (c.element.equals(elem) && (typ == null || typ.equals(c.type))) return c.value;
        }
        return null;
    }
}
