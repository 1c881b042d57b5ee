package org.concord.prepare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concord.store.Database;
import org.concord.term.OnConflict;
import org.concord.term.Termbase;
import org.concord.tm.AlignedUnit;
import org.concord.tm.TranslationMemory;

/**
 * A database as a user has it after building a statement: the project's termbase, the aligned sentences of document
 * S/PV.9999 and of an older S/PV.8888 that shares one sentence with another French rendering; and the new document.
 */
public final class PrepareFixture {
    public static final String SYMBOL = "S/PV.9999";
    public static final String S1 = "The Security Council met today to discuss non-proliferation.";
    public static final String S2 = "We condemn the proliferation of weapons of mass destruction to non-state actors.";
    public static final String S3 = "The Committee will report to the Member States on its work.";
    public static final String S4 = "Photosynthesis needs light and water.";
    public static final String FR1 = "Le Conseil de sécurité s'est réuni aujourd'hui pour examiner la non-prolifération.";
    public static final String FR1_OLD = "Le Conseil s'est réuni ce jour sur la non-prolifération.";
    public static final String FR2 = "Nous condamnons la prolifération des armes de destruction massive au profit des acteurs non étatiques.";
    public static final String FR3_SIMILAR = "Le Comité fera rapport aux États Membres sur ses activités.";
    public static final String FR3_OTHER = "Le Comité fera rapport aux États sur ses travaux.";

    private PrepareFixture() {}

    /** The database with termbase and memory. */
    public static Path database(Path dir) {
        Path db = dir.resolve("concord.db");
        try (Database d = Database.open(db)) {
            Termbase.open(d).importFile(Path.of("termbase/un-terms.tbx"), OnConflict.REPLACE);
            TranslationMemory tm = TranslationMemory.open(d);
            tm.fileDocument("S/PV.8888", List.of(
                new AlignedUnit("S/PV.8888", 0, "en", Map.of("en", S1, "fr", FR1_OLD), 0.9),
                new AlignedUnit("S/PV.8888", 1, "en", Map.of("en", "The Committee will report to the States on its work.", "fr", FR3_OTHER), 0.9),
                new AlignedUnit("S/PV.8888", 2, "en", Map.of("en", "The Committee reports to the General Assembly.", "fr", "Le Comité fait rapport à l'Assemblée générale."), 0.9)),
                "aligner");
            tm.fileDocument(SYMBOL, List.of(
                new AlignedUnit(SYMBOL, 0, "en", Map.of("en", S1, "fr", FR1), 0.95),
                new AlignedUnit(SYMBOL, 1, "en", Map.of("en", S2, "fr", FR2), 0.95),
                new AlignedUnit(SYMBOL, 2, "en", Map.of("en", "The Committee will report to the Member States on its activities.", "fr", FR3_SIMILAR), 0.95)),
                "aligner");
        }
        return db;
    }

    /** The new document: front matter naming its symbol, four sentences in one paragraph. */
    public static Path document(Path dir) throws Exception {
        Path doc = dir.resolve("statement.txt");
        Files.writeString(doc, "---\nsymbol: " + SYMBOL + "\n---\n" + S1 + " " + S2 + " " + S3 + " " + S4 + "\n");
        return doc;
    }
}
