package org.concord.term;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.concord.store.Database;

/**
 * Edits one concept at a time, as the team server does: add, change or remove a term, change the concept's subject
 * field, definition or source. Each edit rewrites the concept's entry in one transaction (joining the caller's, if
 * any), records who changed it and when as TBX transactions (so exports carry dates and authors), and makes the
 * termbase's lookups see it. Terms get stable ids ("{concept}-{lang}-{n}") the first time their concept is edited.
 */
public final class ConceptEditor {

    /** A term as the editor shows it. */
    public record TermItem(String id, String lang, String text, String status, String note) {}

    /** A concept as the editor shows it; dates are ISO days, authors null when unknown (imported data). */
    public record ConceptView(String id, String subjectField, String definition, String source, String note,
                              String created, String createdBy, String modified, String modifiedBy, List<TermItem> terms) {}

    /** The concept after an edit, and the term the edit touched (null for concept-level edits). */
    public record Edited(ConceptView concept, String termId) {}

    private final Termbase termbase;

    public ConceptEditor(Termbase termbase) {
        this.termbase = termbase;
    }

    public Database database() {
        return termbase.database();
    }

    /** The lock that orders edits with the termbase's own loading: hold it around a transaction of edits. */
    public Object lock() {
        return termbase;
    }

    public Optional<ConceptView> view(String conceptId) {
        synchronized (termbase) {
            return entry(conceptId).map(e -> view(withIds(e)));
        }
    }

    /** A new concept; {@code conceptId} null picks a fresh one. */
    public Edited create(String conceptId, String subjectField, String definition, String source, String user) {
        String id = conceptId != null ? conceptId : "c-" + UUID.randomUUID().toString().substring(0, 8);
        String today = today();
        List<Info> info = new ArrayList<>();
        info.add(transaction("origination", today, user));
        if (subjectField != null) info.add(Info.of("descrip", "subjectField", subjectField));
        if (definition != null) info.add(Info.of("descrip", "definition", definition));
        if (source != null) info.add(Info.of("admin", "source", source));
        Entry e = new Entry(id, today, today, info, List.of());
        synchronized (termbase) {
            return write(() -> {
                if (termbase.store().find(id).isPresent()) throw new IllegalArgumentException("id: concept '" + id + "' exists already");
                store(e);
                return new Edited(view(e), null);
            });
        }
    }

    public Edited addTerm(String conceptId, String lang, String text, TermStatus status, String note, String user) {
        return edit(conceptId, user, e -> {
            Set<String> used = ids(e);
            List<Section> sections = new ArrayList<>(e.sections());
            int at = -1;
            for (int i = 0; i < sections.size(); i++) if (sections.get(i).lang().equals(lang)) at = i;
            Section s = at >= 0 ? sections.get(at) : new Section(lang, today(), today(), List.of(), List.of());
            String id;
            int n = s.terms().size() + 1;
            while (used.contains(id = termId(e.id(), lang, n))) n++;
            List<TermEntry> terms = new ArrayList<>(s.terms());
            terms.add(new TermEntry(id, text, status, null, null, today(), today(), note == null ? List.of() : List.of(Info.of("note", null, note))));
            Section changed = new Section(lang, s.created(), today(), s.info(), terms);
            if (at >= 0) sections.set(at, changed);
            else sections.add(changed);
            return new Step(new Entry(e.id(), e.created(), e.modified(), e.info(), sections), id);
        });
    }

    /** Changes a term's text, status or note; a null argument leaves that part as it is. */
    public Edited updateTerm(String conceptId, String termId, String text, TermStatus status, String note, String user) {
        return edit(conceptId, user, e -> new Step(mapTerm(e, termId, t -> new TermEntry(t.id(), text != null ? text : t.text(),
            status != null ? status : t.status(), t.partOfSpeech(), t.termType(), t.created(), today(),
            note != null ? withNote(t.info(), note) : t.info())), termId));
    }

    public Edited deleteTerm(String conceptId, String termId, String user) {
        return edit(conceptId, user, e -> new Step(mapTerm(e, termId, t -> null), termId));
    }

    /** Changes the concept's subject field, definition or source; a null argument leaves that part as it is. */
    public Edited updateConcept(String conceptId, String subjectField, String definition, String source, String user) {
        return edit(conceptId, user, e -> {
            List<Info> info = e.info();
            if (subjectField != null) info = replaceHead(info, "descrip", "subjectField", subjectField);
            if (definition != null) info = replaceHead(info, "descrip", "definition", definition);
            if (source != null) info = replaceHead(info, "admin", "source", source);
            return new Step(new Entry(e.id(), e.created(), e.modified(), info, e.sections()), null);
        });
    }

    // ------------------------------------------------------------------ mechanics

    private record Step(Entry entry, String termId) {}

    private Edited edit(String conceptId, String user, java.util.function.Function<Entry, Step> change) {
        synchronized (termbase) {
            return write(() -> {
                Entry before = withIds(entry(conceptId).orElseThrow(() -> new NoSuchElementException("id: no concept '" + conceptId + "'")));
                Step step = change.apply(before);
                Entry e = step.entry();
                String today = today();
                List<Info> info = new ArrayList<>();
                boolean hasOrigination = false;
                for (Info i : e.info()) {
                    if (!i.element().equals("transacGrp")) info.add(i);
                    else if ("modification".equals(i.child("transac", null))) continue;
                    else {
                        info.add(i);
                        hasOrigination |= "origination".equals(i.child("transac", null));
                    }
                }
                if (!hasOrigination) info.add(0, transaction("origination", day(e.created()), null));
                info.add(transaction("modification", today, user));
                Entry after = new Entry(e.id(), e.created(), today, info, e.sections());
                termbase.store().delete(conceptId);
                store(after);
                return new Edited(view(after), step.termId());
            });
        }
    }

    /**
     * Runs an edit in a transaction. On its own, it refreshes the termbase's lookups once committed; inside a caller's
     * transaction, the caller does that ({@link #committed()} or {@link #rolledBack()}) when its transaction ends.
     */
    private <T> T write(Database.Work<T> work) {
        boolean own;
        try {
            own = termbase.database().connection().getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!own) return termbase.database().inTransaction(work);
        try {
            T result = termbase.database().inTransaction(work);
            committed();
            return result;
        } catch (RuntimeException e) {
            rolledBack();
            throw e;
        }
    }

    /** The caller's transaction of edits committed: lookups see them once the new index is built. */
    public void committed() {
        termbase.refresh();
    }

    /** The caller's transaction rolled back: whatever was loaded meanwhile is dropped and read again when needed. */
    public void rolledBack() {
        termbase.reload();
    }

    private void store(Entry e) throws SQLException {
        try (TermStore.Writer w = termbase.store().writer()) {
            w.insert(e);
            w.flush();
        }
    }

    private Optional<Entry> entry(String conceptId) {
        try {
            return termbase.store().find(conceptId);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Entry mapTerm(Entry e, String termId, UnaryOperator<TermEntry> change) {
        boolean found = false;
        List<Section> sections = new ArrayList<>();
        for (Section s : e.sections()) {
            List<TermEntry> terms = new ArrayList<>();
            for (TermEntry t : s.terms()) {
                if (termId.equals(t.id())) {
                    found = true;
                    TermEntry changed = change.apply(t);
                    if (changed != null) terms.add(changed);
                } else {
                    terms.add(t);
                }
            }
            // A language left without terms goes: TBX wants at least one term in a language section.
            if (!terms.isEmpty()) sections.add(new Section(s.lang(), s.created(), s.modified(), s.info(), terms));
        }
        if (!found) throw new NoSuchElementException("termId: no term '" + termId + "' in concept '" + e.id() + "'");
        return new Entry(e.id(), e.created(), e.modified(), e.info(), sections);
    }

    /** Gives every term without an id one that stays with it: "{concept}-{lang}-{position}", unique in the entry. */
    private static Entry withIds(Entry e) {
        Set<String> used = ids(e);
        List<Section> sections = new ArrayList<>();
        for (Section s : e.sections()) {
            List<TermEntry> terms = new ArrayList<>();
            int n = 0;
            for (TermEntry t : s.terms()) {
                n++;
                if (t.id() != null) {
                    terms.add(t);
                    continue;
                }
                String id;
                int k = n;
                while (used.contains(id = termId(e.id(), s.lang(), k))) k++;
                used.add(id);
                terms.add(new TermEntry(id, t.text(), t.status(), t.partOfSpeech(), t.termType(), t.created(), t.modified(), t.info()));
            }
            sections.add(new Section(s.lang(), s.created(), s.modified(), s.info(), terms));
        }
        return new Entry(e.id(), e.created(), e.modified(), e.info(), sections);
    }

    private static Set<String> ids(Entry e) {
        Set<String> used = new HashSet<>();
        e.sections().forEach(s -> s.terms().forEach(t -> { if (t.id() != null) used.add(t.id()); }));
        return used;
    }

    private static String termId(String conceptId, String lang, int n) {
        return conceptId + "-" + lang + "-" + n;
    }

    private static List<Info> withNote(List<Info> info, String note) {
        List<Info> out = new ArrayList<>();
        boolean replaced = false;
        for (Info i : info) {
            if (!replaced && i.element().equals("note")) {
                replaced = true;
                if (!note.isEmpty()) out.add(Info.of("note", null, note));
            } else {
                out.add(i);
            }
        }
        if (!replaced && !note.isEmpty()) out.add(Info.of("note", null, note));
        return out;
    }

    /** Replaces the value of the first category of this kind (inside its group, if grouped), or adds one. */
    private static List<Info> replaceHead(List<Info> info, String element, String type, String value) {
        List<Info> out = new ArrayList<>();
        boolean replaced = false;
        for (Info i : info) {
            if (!replaced && i.is(element, type)) {
                replaced = true;
                if (value.isEmpty()) continue;
                if (i.isGroup()) {
                    List<Info> children = new ArrayList<>(i.children());
                    Info h = children.get(0);
                    children.set(0, new Info(h.element(), h.type(), value, h.target(), h.children()));
                    out.add(new Info(i.element(), i.type(), i.value(), i.target(), children));
                } else {
                    out.add(new Info(element, type, value, i.target(), List.of()));
                }
            } else {
                out.add(i);
            }
        }
        if (!replaced && !value.isEmpty()) out.add(Info.of(element, type, value));
        return out;
    }

    private static Info transaction(String kind, String day, String user) {
        List<Info> parts = new ArrayList<>();
        parts.add(Info.of("transac", "transactionType", kind));
        parts.add(Info.of("date", null, day));
        if (user != null) parts.add(Info.of("transacNote", "responsibility", user));
        return new Info("transacGrp", null, null, null, parts);
    }

    private static ConceptView view(Entry e) {
        String createdBy = null, modifiedBy = null;
        for (Info i : e.info()) {
            if (!i.element().equals("transacGrp")) continue;
            String kind = i.child("transac", null);
            String who = i.child("transacNote", "responsibility");
            if ("origination".equals(kind)) createdBy = who;
            if ("modification".equals(kind)) modifiedBy = who;
        }
        List<TermItem> terms = new ArrayList<>();
        for (Section s : e.sections()) {
            for (TermEntry t : s.terms()) {
                String note = t.info().stream().filter(i -> i.element().equals("note")).map(Info::value).findFirst().orElse(null);
                TermStatus status = t.status() == null ? TermStatus.ADMITTED : t.status();
                terms.add(new TermItem(t.id(), s.lang(), t.text(), status.name().toLowerCase(Locale.ROOT), note));
            }
        }
        return new ConceptView(e.id(), e.subjectField(), e.definition(), e.source(), e.note(), day(e.created()), createdBy,
            day(e.modified()), modifiedBy, terms);
    }

    private static String day(String date) {
        return date != null && date.length() > 10 ? date.substring(0, 10) : date;
    }

    private static String today() {
        return LocalDate.now().toString();
    }
}
