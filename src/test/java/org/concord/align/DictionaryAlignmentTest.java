package org.concord.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A general dictionary keeps sentences with their translations where lengths alone point elsewhere. */
class DictionaryAlignmentTest {

    // Working translations written for this test. The French spins the farmer's sentence out and packs the children and
    // the mother into one sentence, so that by length the children would go with the farmer.
    static final List<String> DE = List.of(
        "Das Dorf liegt in einem stillen Tal.",
        "Der Bauer geht früh auf das Feld.",
        "Die kleinen Kinder spielen fröhlich im Garten.",
        "Die Mutter kocht eine Suppe.",
        "Am Abend essen alle zusammen.");
    static final List<String> FR = List.of(
        "Le village se trouve dans une vallée tranquille.",
        "Chaque matin, très tôt, bien avant le lever du soleil, sans un mot, le vieux paysan se rend aux champs.",
        "Les petits enfants jouent gaiement au jardin pendant que la mère prépare la soupe.",
        "Le soir, tous mangent ensemble.");
    static final BilingualDictionary DICTIONARY = new BilingualDictionary("de", "fr", "sample", List.of(
        new Lexicon.Entry("Kind", "enfant"), new Lexicon.Entry("klein", "petit"), new Lexicon.Entry("fröhlich", "gaiement"), new Lexicon.Entry("Garten", "jardin"), new Lexicon.Entry("spielen", "jouer"),
        new Lexicon.Entry("Bauer", "paysan"), new Lexicon.Entry("Feld", "champ"), new Lexicon.Entry("früh", "tôt"),
        new Lexicon.Entry("Mutter", "mère"), new Lexicon.Entry("Suppe", "soupe"), new Lexicon.Entry("kochen", "préparer"),
        new Lexicon.Entry("Dorf", "village"), new Lexicon.Entry("Tal", "vallée"), new Lexicon.Entry("Abend", "soir"),
        new Lexicon.Entry("essen", "manger")));

    private static List<String> beads(Aligner a) {
        return a.align(DE, FR).beads().stream().map(BeadFormat::format).toList();
    }

    /** Whether source sentence i and target sentence j, which translate each other, end up in one bead. */
    private static boolean together(Aligner a, int i, int j) {
        return a.align(DE, FR).beads().stream().anyMatch(b -> b.src().contains(i) && b.tgt().contains(j));
    }

    @Test
    void theDictionaryKeepsEachSentenceWithItsTranslation() {
        Aligner plain = Aligner.forLanguages("de", "fr");
        assertThat(beads(plain)).as("lengths alone put the children with the farmer").contains("[1, 2]:[1]", "[3]:[2]");
        Aligner withDictionary = plain.withDictionaries(List.of(DICTIONARY));
        assertThat(together(withDictionary, 1, 1)).isTrue();
        assertThat(together(withDictionary, 2, 2)).as("the children with the children").isTrue();
        assertThat(together(withDictionary, 3, 2)).isTrue();
        assertThat(together(withDictionary, 4, 3)).isTrue();
    }

    @Test
    void aDictionaryMadeTheOtherWayRoundServesToo() {
        BilingualDictionary reversed = new BilingualDictionary("fr", "de", "reversed",
            DICTIONARY.entries().stream().map(e -> new Lexicon.Entry(e.target(), e.source())).toList());
        assertThat(together(Aligner.forLanguages("de", "fr").withDictionaries(List.of(reversed)), 2, 2)).isTrue();
    }

    @Test
    void aDictionaryForAnotherPairChangesNothing() {
        BilingualDictionary enFr = new BilingualDictionary("en", "fr", "other", List.of(new Lexicon.Entry("children", "enfants")));
        assertThat(beads(Aligner.forLanguages("de", "fr").withDictionaries(List.of(enFr)))).isEqualTo(beads(Aligner.forLanguages("de", "fr")));
    }
}
