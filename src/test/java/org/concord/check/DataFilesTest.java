package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concord.InputException;
import org.concord.analysis.LanguageData;
import org.junit.jupiter.api.Test;

/** The checks' data files (phrase lists, word lists, the benchmark's confusables): a line that does not parse names its file and line. */
class DataFilesTest {

    @Test
    void aLineWithTooFewFieldsNamesItsFileAndLine() {
        // line 2: one tab-separated field where three are needed
        assertThatThrownBy(() -> LanguageData.rows(DataFilesTest.class, "baddata/confusables.txt", 3))
            .isInstanceOf(InputException.class)
            .hasMessage("org/concord/check/baddata/confusables.txt:2: expected 3 tab-separated fields, found 2");
    }

    @Test
    void aPatternThatDoesNotCompileNamesItsFileAndLine() {
        assertThatThrownBy(() -> new OtherSenses(DataFilesTest.class, "baddata/other-senses-en.txt"))
            .isInstanceOf(InputException.class)
            .hasMessageStartingWith("org/concord/check/baddata/other-senses-en.txt:2: not a regular expression: Unclosed group");
    }

    @Test
    void aVerbUseLineOfAnUnknownKindNamesItsFileAndLine() {
        assertThatThrownBy(() -> VerbUses.load(DataFilesTest.class, "baddata/verb-uses-en.txt"))
            .isInstanceOf(InputException.class)
            .hasMessage("org/concord/check/baddata/verb-uses-en.txt:3: unknown kind 'verbs' (homograph, before or noun-after)");
    }

    @Test
    void theShippedFilesParse() {
        for (String lang : new String[] {"en", "fr", "es", "ru", "zh", "ar"}) {
            assertThat(new OtherSenses(OtherSenses.class, "other-senses-" + lang + ".txt")).isNotNull();
        }
        assertThat(VerbUses.of("en").isVerb("to safeguard them", 3, 12)).isTrue();
        assertThat(LanguageData.rows(Anaphora.class, "anaphora.txt", 3)).isNotEmpty();
        assertThat(LanguageData.rows(SubjectPronouns.class, "subject-pronouns.txt", 2)).isNotEmpty();
        assertThat(LanguageData.rows(Substitutions.class, "confusables.txt", 3)).isNotEmpty();
    }
}
