package org.concord.check;

import java.nio.file.Path;
import java.util.List;
import org.concord.term.Termbase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The project's own termbase (termbase/un-terms.tbx), loaded once per test class, for checks on real sentences. */
abstract class ProjectTermbase {
    static Termbase termbase;

    @BeforeAll
    static void loadTermbase() {
        termbase = Termbase.load(Path.of("termbase/un-terms.tbx"));
    }

    @AfterAll
    static void closeTermbase() {
        termbase.close();
    }

    /** What the three term checks report on these pairs, one "pair-id check-id: message" line each. */
    static List<String> termFindings(SegmentPair... pairs) {
        return checks("term-missing", "term-wrong-word", "term-deprecated", "term-inconsistent").check(List.of(pairs)).findings().stream()
            .map(f -> f.pairId() + " " + f.checkId() + ": " + f.message()).toList();
    }

    /** The checks with these ids over the project's termbase. */
    static Checker checks(String... ids) {
        return Checker.standard(termbase.recognizer()).only(List.of(ids));
    }
}
