package org.concord.build;

import java.nio.file.Path;
import org.concord.store.DbLocation;

/**
 * What the main job works on: a folder of documents (en.* and its translations), a folder of termbase files
 * (TBX or CSV), the database the memory and termbase live in, the folder outputs are written to, and the document
 * symbol the memory files the units under (null: taken from the documents' front matter, else the folder's name).
 */
public record BuildOptions(Path documents, Path termbase, DbLocation database, Path out, String docSymbol, String user) {
    /** Options with the memory and termbase in the SQLite file {@code database}. */
    public BuildOptions(Path documents, Path termbase, Path database, Path out, String docSymbol, String user) {
        this(documents, termbase, DbLocation.of(database), out, docSymbol, user);
    }
}
