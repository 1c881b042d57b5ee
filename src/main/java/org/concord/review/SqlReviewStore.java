package org.concord.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.store.Database;
import org.concord.store.Migration;

/** {@link ReviewStore} in the Concord database (schema "review"); bound parameters only. */
public final class SqlReviewStore implements ReviewStore {
    private static final List<Migration> MIGRATIONS = List.of(Migration.sqlResource(SqlReviewStore.class, "schema-1.sql"),
        Migration.sqlResource(SqlReviewStore.class, "schema-2.sql"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public SqlReviewStore(Database db) {
        this.db = db;
        db.migrate("review", MIGRATIONS);
    }

    private Connection c() {
        return db.connection();
    }

    @Override
    public long version(String conceptId) {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement("SELECT version FROM concept_version WHERE concept_id = ?")) {
                ps.setString(1, conceptId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public boolean bumpVersion(String conceptId, long expected) {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement(
                    "UPDATE concept_version SET version = ? WHERE concept_id = ? AND version = ?")) {
                ps.setLong(1, expected + 1);
                ps.setString(2, conceptId);
                ps.setLong(3, expected);
                if (ps.executeUpdate() == 1) return true;
            }
            if (expected != 0) return false;
            // A first edit: two servers may insert at once; the second waits for the first and then inserts nothing.
            try (PreparedStatement ps = c().prepareStatement(
                    "INSERT INTO concept_version(concept_id, version) VALUES (?, 1) ON CONFLICT (concept_id) DO NOTHING")) {
                ps.setString(1, conceptId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public long record(HistoryEntry e) {
        return run(() -> {
            long id = nextId("concept_change");
            try (PreparedStatement ps = c().prepareStatement("INSERT INTO concept_change(id, concept_id, changed_by, changed_at,"
                    + " action, before_json, after_json, proposal_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, e.conceptId());
                ps.setString(3, e.user());
                ps.setString(4, e.at());
                ps.setString(5, e.action());
                ps.setString(6, e.before());
                ps.setString(7, e.after());
                if (e.proposalId() == null) ps.setNull(8, Types.BIGINT);
                else ps.setLong(8, e.proposalId());
                ps.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public long lastChange() {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement("SELECT coalesce(max(id), 0) FROM concept_change");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<HistoryEntry> history(String conceptId) {
        return run(() -> {
            List<HistoryEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c().prepareStatement("SELECT h.id, h.concept_id, h.changed_by, h.changed_at, h.action,"
                    + " h.before_json, h.after_json, h.proposal_id, p.proposed_by FROM concept_change h"
                    + " LEFT JOIN proposal p ON p.id = h.proposal_id WHERE h.concept_id = ? ORDER BY h.id DESC")) {
                ps.setString(1, conceptId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long pid = rs.getLong(8);
                        Long proposal = rs.wasNull() ? null : pid;
                        out.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), proposal, rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long propose(Proposal p) {
        return run(() -> {
            long id = nextId("proposal");
            try (PreparedStatement ps = c().prepareStatement("INSERT INTO proposal(id, concept_id, proposed_by, proposed_at,"
                    + " edit_json, state) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, p.conceptId());
                ps.setString(3, p.proposedBy());
                ps.setString(4, p.proposedAt());
                ps.setString(5, write(p.edit()));
                ps.setString(6, Proposal.State.OPEN.name());
                ps.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public Optional<Proposal> proposal(long id) {
        List<Proposal> found = proposals("WHERE id = ?", ps -> ps.setLong(1, id));
        return found.stream().findFirst();
    }

    @Override
    public List<Proposal> proposals(Proposal.State state) {
        return proposals("WHERE state = ?", ps -> ps.setString(1, state.name()));
    }

    @Override
    public boolean decide(long id, Proposal.State state, String reviewer, String at, String comment) {
        return run(() -> {
            try (PreparedStatement ps = c().prepareStatement("UPDATE proposal SET state = ?, reviewed_by = ?, reviewed_at = ?,"
                    + " review_comment = ? WHERE id = ? AND state = ?")) {
                ps.setString(1, state.name());
                ps.setString(2, reviewer);
                ps.setString(3, at);
                ps.setString(4, comment);
                ps.setLong(5, id);
                ps.setString(6, Proposal.State.OPEN.name());
                return ps.executeUpdate() == 1;
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Proposal> proposals(String where, Binder binder) {
        return run(() -> {
            List<Proposal> out = new ArrayList<>();
            try (PreparedStatement ps = c().prepareStatement("SELECT id, concept_id, proposed_by, proposed_at, edit_json, state,"
                    + " reviewed_by, reviewed_at, review_comment FROM proposal " + where + " ORDER BY id")) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), read(rs.getString(5)),
                            Proposal.State.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    private long nextId(String table) throws SQLException {
        try (PreparedStatement lock = c().prepareStatement("UPDATE review_lock SET taken = taken + 1 WHERE name = 'ids'")) {
            lock.executeUpdate(); // held until the caller's transaction ends (see schema-2.sql)
        }
        // Table names come from this class only, never from input.
        try (PreparedStatement ps = c().prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String write(Edit e) {
        try {
            return JSON.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Edit read(String json) {
        try {
            return JSON.readValue(json, Edit.class);
        } catch (IOException ex) {
            throw new IllegalStateException("stored proposal is not readable: " + ex.getMessage(), ex);
        }
    }

    private <T> T run(Database.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }
}
