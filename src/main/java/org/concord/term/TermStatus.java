package org.concord.term;

/** TBX administrative status of a term. Preferred and admitted renderings are approved; the others are not. */
public enum TermStatus {
    PREFERRED, ADMITTED, DEPRECATED, SUPERSEDED;

    public boolean approved() {
        return this == PREFERRED || this == ADMITTED;
    }
}
