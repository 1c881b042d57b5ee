package org.concord.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.concord.term.ConceptEditor;
import org.concord.term.ConceptEditor.ConceptView;
import org.concord.term.ConceptEditor.Edited;
import org.concord.term.TermStatus;

/**
 * Term edits of the team server: applied with a version check and a history entry in one transaction, or kept as a
 * proposal until a terminologist approves or rejects it. Who may do which is the caller's decision (the web layer).
 */
public final class TermEditing {

    /** A concept and its version (the ETag). */
    public record Versioned(ConceptView concept, long version) {}

    /** What an applied edit gave: the concept after it, the term it touched, the concept's new version. */
    public record Applied(ConceptView concept, String termId, long version, long historyId) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConceptEditor editor;
    private final ReviewStore store;
    /** Where {@link #catchUp} asks for the newest change: a connection of its own on a server, else {@link #store}. */
    private final ReviewStore changes;
    /** The newest history entry the termbase's lookups are known to include (see {@link #catchUp}). */
    private final AtomicLong seenChange;

    public TermEditing(ConceptEditor editor, ReviewStore store) {
        this(editor, store, store);
    }

    /**
     * As {@link #TermEditing(ConceptEditor, ReviewStore)}; {@code changes}, on a connection of its own, answers
     * {@link #catchUp} without waiting for edits (and the index rebuilds after them) to let go of the editor's lock.
     */
    public TermEditing(ConceptEditor editor, ReviewStore store, ReviewStore changes) {
        this.editor = editor;
        this.store = store;
        this.changes = changes;
        this.seenChange = new AtomicLong(lastChange());
    }

    /**
     * Makes the termbase's lookups see the edits and imports that other servers and processes on the same database
     * committed since the last call; a cheap check when there are none. Every such change leaves a history entry.
     */
    public void catchUp() {
        long last = lastChange();
        long seen = seenChange.get();
        if (last > seen && seenChange.compareAndSet(seen, last)) editor.committed();
    }

    private long lastChange() {
        synchronized (changes == store ? editor.lock() : changes) {
            return changes.lastChange();
        }
    }

    public Optional<Versioned> concept(String conceptId) {
        synchronized (editor.lock()) {
            return editor.view(conceptId).map(c -> new Versioned(c, store.version(conceptId)));
        }
    }

    /**
     * Applies an edit now. {@code expectedVersion} is the version the user saw (If-Match); null applies whatever the
     * version (approvals, new concepts). Throws {@link StaleVersion} and writes nothing when the concept has moved on.
     */
    public Applied apply(Edit edit, String user, Long expectedVersion, Long proposalId) {
        synchronized (editor.lock()) {
            return refreshing(() -> editor.database().inTransaction(() -> {
                String id = edit.conceptId();
                boolean create = edit.op() == Edit.Op.CREATE_CONCEPT;
                long current = create ? 0 : store.version(id);
                if (expectedVersion != null && expectedVersion != current) throw new StaleVersion(id, expectedVersion, current);
                // The version moves first, before anything else is written: another server's transaction on the same
                // concept waits here until this one ends, then finds the version moved on and writes nothing (412).
                if (id != null && !store.bumpVersion(id, current)) throw new StaleVersion(id, current, store.version(id));
                ConceptView before = create ? null : editor.view(id)
                    .orElseThrow(() -> new NoSuchElementException("id: no concept '" + id + "'"));
                Edited done = switch (edit.op()) {
                    case CREATE_CONCEPT -> editor.create(id, edit.subjectField(), edit.definition(), edit.source(), user);
                    case UPDATE_CONCEPT -> editor.updateConcept(id, edit.subjectField(), edit.definition(), edit.source(), user);
                    case ADD_TERM -> editor.addTerm(id, edit.lang(), edit.text(), status(edit.status()), edit.note(), user);
                    case UPDATE_TERM -> editor.updateTerm(id, edit.termId(), edit.text(), status(edit.status()), edit.note(), user);
                    case DELETE_TERM -> editor.deleteTerm(id, edit.termId(), user);
                };
                String conceptId = done.concept().id();
                // A concept created under a fresh id: no one else can know that id yet.
                if (id == null && !store.bumpVersion(conceptId, 0)) throw new StaleVersion(conceptId, 0, store.version(conceptId));
                long historyId = store.record(new HistoryEntry(0, conceptId, user, now(), action(edit.op()), json(before),
                    json(done.concept()), proposalId, null));
                return new Applied(done.concept(), done.termId(), current + 1, historyId);
            }));
        }
    }

    /** Keeps the edit as a proposal; a stale {@code expectedVersion} is refused as for an applied edit. */
    public long propose(Edit edit, String user, Long expectedVersion) {
        synchronized (editor.lock()) {
            return editor.database().inTransaction(() -> {
                if (edit.op() != Edit.Op.CREATE_CONCEPT) {
                    String id = edit.conceptId();
                    if (editor.view(id).isEmpty()) throw new NoSuchElementException("id: no concept '" + id + "'");
                    long current = store.version(id);
                    if (expectedVersion != null && expectedVersion != current) throw new StaleVersion(id, expectedVersion, current);
                }
                return store.propose(new Proposal(0, edit.conceptId(), user, now(), edit, Proposal.State.OPEN, null, null, null));
            });
        }
    }

    public List<Proposal> openProposals() {
        synchronized (editor.lock()) {
            return store.proposals(Proposal.State.OPEN);
        }
    }

    public Optional<Proposal> proposal(long id) {
        synchronized (editor.lock()) {
            return store.proposal(id);
        }
    }

    /** Applies an open proposal in the reviewer's name, linked to it in the history. */
    public Applied approve(long proposalId, String reviewer, String comment) {
        synchronized (editor.lock()) {
            return refreshing(() -> editor.database().inTransaction(() -> {
                Proposal p = open(proposalId);
                Applied applied = apply(p.edit(), reviewer, null, proposalId);
                // Another reviewer (perhaps on another server) decided it meanwhile: the edit is rolled back.
                if (!store.decide(proposalId, Proposal.State.APPROVED, reviewer, now(), comment)) throw closed(proposalId);
                return applied;
            }));
        }
    }

    /** Lookups see an applied edit once its transaction (the outermost) has committed, and never a rolled-back one. */
    private Applied refreshing(java.util.function.Supplier<Applied> transaction) {
        boolean outermost;
        try {
            outermost = editor.database().connection().getAutoCommit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            Applied a = transaction.get();
            if (outermost) {
                seenChange.accumulateAndGet(a.historyId(), Math::max);
                editor.committed();
            }
            return a;
        } catch (RuntimeException e) {
            if (outermost) editor.rolledBack();
            throw e;
        }
    }

    public void reject(long proposalId, String reviewer, String comment) {
        synchronized (editor.lock()) {
            editor.database().inTransaction(() -> {
                open(proposalId);
                if (!store.decide(proposalId, Proposal.State.REJECTED, reviewer, now(), comment)) throw closed(proposalId);
                return null;
            });
        }
    }

    public List<HistoryEntry> history(String conceptId) {
        synchronized (editor.lock()) {
            return store.history(conceptId);
        }
    }

    private Proposal open(long proposalId) {
        Proposal p = store.proposal(proposalId).orElseThrow(() -> new NoSuchElementException("id: no proposal " + proposalId));
        if (p.state() != Proposal.State.OPEN) throw closed(proposalId);
        return p;
    }

    private ProposalClosed closed(long proposalId) {
        String state = store.proposal(proposalId).map(p -> p.state().name().toLowerCase(Locale.ROOT)).orElse("closed");
        return new ProposalClosed("proposal " + proposalId + " was already " + state);
    }

    private static TermStatus status(String status) {
        return status == null ? null : TermStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    private static String action(Edit.Op op) {
        return op.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A concept as the history stores it (null for none). */
    static String json(ConceptView view) {
        if (view == null) return null;
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
