package org.concord.dictionary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.align.BilingualDictionary;
import org.concord.align.Lexicon;
import org.concord.store.Database;
import org.concord.store.Migration;

/**
 * Bilingual dictionaries imported into the database, which {@code concord build} and {@code concord align DIR} use
 * for every language pair they cover. A dictionary is kept under its file name; importing one of the same name again
 * replaces it, in one transaction.
 */
public final class DictionaryStore {

    /** Schema "dictionary", migrated on its own (see {@link Database#migrate}). */
    static final List<Migration> MIGRATIONS = List.of(Migration.sql("""
        CREATE TABLE dictionary (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            src_lang TEXT NOT NULL,
            tgt_lang TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE dictionary_entry (
            dictionary_id INTEGER NOT NULL REFERENCES dictionary(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            target TEXT NOT NULL
        );
        CREATE INDEX dictionary_entry_by_dictionary ON dictionary_entry(dictionary_id)
        """));

    /** One stored dictionary, without its entries. */
    public record Summary(String name, String srcLang, String tgtLang, int entries, String importedAt) {}

    private final Database db;

    private DictionaryStore(Database db) {
        this.db = db;
    }

    public static DictionaryStore open(Database db) {
        db.migrate("dictionary", MIGRATIONS);
        return new DictionaryStore(db);
    }

    /**
     * The dictionaries stored in the database file {@code path}; none when the file does not exist (reading never
     * creates a database).
     */
    public static List<BilingualDictionary> storedIn(Path path) {
        if (!Files.exists(path)) return List.of();
        try (Database db = Database.open(path)) {
            return open(db).all();
        }
    }

    /** Stores {@code dictionary}, replacing one of the same name; returns whether one was replaced. */
    public boolean put(BilingualDictionary dictionary) {
        return db.inTransaction(() -> {
            Connection c = db.connection();
            boolean replaced;
            try (PreparedStatement del = c.prepareStatement("DELETE FROM dictionary WHERE name = ?")) {
                del.setString(1, dictionary.name());
                replaced = del.executeUpdate() > 0;
            }
            long id;
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO dictionary(name, src_lang, tgt_lang, imported_at) VALUES (?, ?, ?, ?)")) {
                ins.setString(1, dictionary.name());
                ins.setString(2, dictionary.srcLang());
                ins.setString(3, dictionary.tgtLang());
                ins.setString(4, Instant.now().toString());
                ins.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM dictionary WHERE name = ?")) {
                q.setString(1, dictionary.name());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO dictionary_entry(dictionary_id, source, target) VALUES (?, ?, ?)")) {
                int batch = 0;
                for (Lexicon.Entry e : dictionary.entries()) {
                    ins.setLong(1, id);
                    ins.setString(2, e.source());
                    ins.setString(3, e.target());
                    ins.addBatch();
                    if (++batch % 10_000 == 0) ins.executeBatch();
                }
                ins.executeBatch();
            }
            return replaced;
        });
    }

    public List<Summary> list() {
        return db.inTransaction(() -> {
            List<Summary> out = new ArrayList<>();
            try (PreparedStatement q = db.connection().prepareStatement(
                    "SELECT d.name, d.src_lang, d.tgt_lang, (SELECT count(*) FROM dictionary_entry e WHERE e.dictionary_id = d.id), "
                        + "d.imported_at FROM dictionary d ORDER BY d.name");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
            }
            return out;
        });
    }

    /** Every stored dictionary with its entries. */
    public List<BilingualDictionary> all() {
        return db.inTransaction(() -> {
            Map<Long, String[]> heads = new LinkedHashMap<>();
            try (PreparedStatement q = db.connection().prepareStatement("SELECT id, name, src_lang, tgt_lang FROM dictionary ORDER BY name");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) heads.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
            List<BilingualDictionary> out = new ArrayList<>();
            for (Map.Entry<Long, String[]> h : heads.entrySet()) {
                List<Lexicon.Entry> entries = new ArrayList<>();
                try (PreparedStatement q = db.connection().prepareStatement(
                        "SELECT source, target FROM dictionary_entry WHERE dictionary_id = ? ORDER BY rowid")) {
                    q.setLong(1, h.getKey());
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) entries.add(new Lexicon.Entry(rs.getString(1), rs.getString(2)));
                    }
                }
                String[] v = h.getValue();
                out.add(new BilingualDictionary(v[1], v[2], v[0], entries));
            }
            return out;
        });
    }
}
