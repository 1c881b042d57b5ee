package org.concord.build;

/** Told how a long job advances, so a front end can draw a progress bar; the library never prints. */
@FunctionalInterface
public interface Progress {
    /** Step {@code done} of {@code total} finished or started; {@code what} says what is going on now. */
    void update(String what, int done, int total);

    Progress NONE = (what, done, total) -> {};
}
