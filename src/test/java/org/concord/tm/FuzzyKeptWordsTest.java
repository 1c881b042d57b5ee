package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups that score candidates from the words an earlier lookup kept ({@link WordSequences}) instead of reading them. */
class FuzzyKeptWordsTest extends MemoryFixture {
    private static final String QUERY = "The Committee held its 1 meeting on the agenda item before the General Assembly";

    @Test
    void aSecondLookupScoredFromKeptWordsGivesTheSameTiesAcrossBatches() {
        // Forty near copies at 85 and two better ones stored last: the second lookup scores every candidate from kept
        // words, and must still give the better ones first and the oldest of the ties.
        List<AlignedUnit> beads = new ArrayList<>();
        for (int i = 0; i < 40; i++) beads.add(bead("D", i, QUERY.replace(" 1 ", " " + (100 + i) + " ").replace("General", "Special"), "copy " + i));
        beads.add(bead("D", 40, QUERY.replace("agenda", "main"), "near"));
        beads.add(bead("D", 41, QUERY, "exact"));
        tm.add(beads, "t");
        List<FuzzyMatch> first = tm.fuzzy(QUERY, "en", "fr", 70, 5);
        List<FuzzyMatch> second = tm.fuzzy(QUERY, "en", "fr", 70, 5);
        assertThat(second).extracting(FuzzyMatch::target, FuzzyMatch::percent).containsExactly(
            tuple("exact", 100), tuple("near", 92), tuple("copy 0", 85), tuple("copy 1", 85), tuple("copy 2", 85));
        assertThat(second).isEqualTo(first);
        // Another query meeting the same kept candidates: "near" is now the best (it is the query).
        assertThat(tm.fuzzy(QUERY.replace("agenda", "main"), "en", "fr", 70, 2)).extracting(FuzzyMatch::target, FuzzyMatch::percent)
            .containsExactly(tuple("near", 100), tuple("exact", 92));
    }

    @Test
    void aKeptCandidateWithoutTheTargetIsStillLeftOut() {
        // The English-Spanish exact matches are scored from kept words the second time: they must still be checked for
        // French, not enter because their words were kept.
        List<AlignedUnit> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) units.add(new AlignedUnit("D", i, "en", java.util.Map.of("en", QUERY, "es", "Solo " + i), 1.0));
        units.add(bead("D", 5, QUERY.replace("Assembly", "Council"), "Le Comité"));
        tm.add(units, "t");
        assertThat(tm.fuzzy(QUERY, "en", "es", 70, 1)).extracting(FuzzyMatch::target).containsExactly("Solo 0");
        assertThat(tm.fuzzy(QUERY, "en", "fr", 70, 1)).extracting(FuzzyMatch::target, FuzzyMatch::percent)
            .containsExactly(tuple("Le Comité", 92));
    }

    @Test
    void aCorrectionIsScoredWithItsNewWords() {
        tm.add(List.of(bead("D", 0, QUERY, "exact"), bead("D", 1, QUERY.replace("agenda", "main"), "near")), "t");
        assertThat(tm.fuzzy(QUERY, "en", "fr", 70, 5)).extracting(FuzzyMatch::percent).containsExactly(100, 92);
        // Unit 2's words were kept; corrected to the query itself, it now scores 100 (the older unit first).
        tm.correct(2, "en", QUERY, "t");
        assertThat(tm.fuzzy(QUERY, "en", "fr", 70, 5)).extracting(FuzzyMatch::target, FuzzyMatch::percent)
            .containsExactly(tuple("exact", 100), tuple("near", 100));
    }

    @Test
    void aChangeByAnotherProcessIsScoredWithItsNewWords(@TempDir Path dir) {
        Path file = dir.resolve("memory.db");
        try (Database mine = Database.open(file); Database theirs = Database.open(file)) {
            TranslationMemory here = TranslationMemory.open(mine);
            TranslationMemory there = TranslationMemory.open(theirs);
            here.add(List.of(bead("D", 0, QUERY.replace("agenda", "main"), "near")), "t");
            assertThat(here.fuzzy(QUERY, "en", "fr", 70, 5)).extracting(FuzzyMatch::percent).containsExactly(92);
            there.correct(1, "en", QUERY, "them");
            assertThat(here.fuzzy(QUERY, "en", "fr", 70, 5)).extracting(FuzzyMatch::percent).containsExactly(100);
        }
    }

    @Test
    void keptWordsAreNumberedAsTheQueryIsAndForgottenWhenCleared() {
        WordSequences sequences = new WordSequences();
        sequences.startLookup();
        int[] query = sequences.words("The Council met.");
        int[] kept = sequences.keep("en", 7, "Council: the COUNCIL met");
        assertThat(kept).containsExactly(query[1], query[0], query[1], query[2]);
        assertThat(sequences.get("en", 7)).isSameAs(kept);
        assertThat(sequences.get("fr", 7)).isNull();
        sequences.clear();
        assertThat(sequences.get("en", 7)).isNull();
    }
}
