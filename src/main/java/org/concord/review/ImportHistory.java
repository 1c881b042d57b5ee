package org.concord.review;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concord.term.ConceptEditor;
import org.concord.term.ImportObserver;
import org.concord.term.Termbase;

/**
 * Keeps the team server's record true when a termbase file is imported from the command line (or by the build) into
 * its database: each concept the import changes gets a new version, so an editor holding the old ETag is refused
 * (412) instead of overwriting the import, and a history entry "import" naming who imported which file.
 */
public final class ImportHistory implements ImportObserver {
    private final ConceptEditor editor;
    private final ReviewStore store;
    private final String user;
    private final Map<String, String> before = new HashMap<>();

    private ImportHistory(ConceptEditor editor, ReviewStore store, String user) {
        this.editor = editor;
        this.store = store;
        this.user = user;
    }

    /**
     * The observer for an import into {@code termbase} by {@code user}: one that records versions and history when
     * the database is a team server's (it has the review schema), else {@link ImportObserver#NONE}.
     */
    public static ImportObserver forImport(Termbase termbase, String user) {
        try {
            if (termbase.database().version("review") == 0) return ImportObserver.NONE;
        } catch (SQLException e) {
            throw new IllegalStateException(termbase.database() + ": " + e.getMessage(), e);
        }
        return new ImportHistory(new ConceptEditor(termbase), new SqlReviewStore(termbase.database()), user);
    }

    @Override
    public void replacing(String conceptId) {
        before.put(conceptId, TermEditing.json(editor.view(conceptId).orElse(null)));
    }

    @Override
    public void stored(List<String> changedIds) {
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> after = new LinkedHashMap<>();
        for (String id : changedIds) {
            String was = before.get(id);
            String now = TermEditing.json(editor.view(id).orElse(null));
            if (Objects.equals(was, now)) continue; // a merge that brought nothing new
            long version = store.version(id);
            if (!store.bumpVersion(id, version)) throw new StaleVersion(id, version, store.version(id));
            after.put(id, now);
        }
        // Every version first, then the history: the ids of history entries are taken under one lock (see
        // SqlReviewStore), and holding it while waiting for a concept an editor holds on another server would deadlock.
        for (Map.Entry<String, String> e : after.entrySet()) {
            store.record(new HistoryEntry(0, e.getKey(), user, at, "import", before.get(e.getKey()), e.getValue(), null, null));
        }
    }
}
