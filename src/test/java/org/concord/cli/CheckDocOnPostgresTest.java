package org.concord.cli;

import org.concord.testing.Postgres;
import org.junit.jupiter.api.Test;

/** check --doc with --db postgresql://…: the same findings as from a SQLite file. */
class CheckDocOnPostgresTest {
    @Test
    void aDocumentOfTheMemoryIsChecked() {
        CheckCommandTest.checksADocumentOfTheMemory(Postgres.freshDatabase("checkdoc"));
    }
}
