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

    // Working translations written for this test: the French cuts the German's long second sentence into five. Its
    // last piece is short, so by length it could as well open the next bead; only the words say where it belongs.
    static final List<String> LONG_DE = List.of(
        "Der Winter kam früh in jenem Jahr.",
        "Am Morgen weckte uns der Hahn, wir tranken Milch in der Küche, der Vater holte das Pferd aus dem Stall, "
            + "die Mutter packte Brot und Käse ein, und dann gingen wir alle zusammen zum Markt.",
        "Dort war es laut und voll, und überall riefen die Händler ihre Preise.",
        "Am Abend kehrten wir müde heim.");
    static final List<String> FIVE_FR = List.of(
        "L'hiver arriva tôt cette année-là.",
        "Le matin, le coq nous réveilla.",
        "Nous bûmes du lait dans la cuisine.",
        "Le père sortit le cheval de l'écurie.",
        "La mère emballa le pain et le fromage.",
        "Puis nous allâmes tous ensemble au marché.",
        "Il y avait du bruit et du monde partout.",
        "Le soir, nous rentrâmes fatigués à la maison.");
    static final BilingualDictionary FARM = new BilingualDictionary("de", "fr", "farm", List.of(
        new Lexicon.Entry("Winter", "hiver"), new Lexicon.Entry("Morgen", "matin"), new Lexicon.Entry("Hahn", "coq"),
        new Lexicon.Entry("Milch", "lait"), new Lexicon.Entry("Küche", "cuisine"), new Lexicon.Entry("Vater", "père"),
        new Lexicon.Entry("Pferd", "cheval"), new Lexicon.Entry("Stall", "écurie"), new Lexicon.Entry("Mutter", "mère"),
        new Lexicon.Entry("Brot", "pain"), new Lexicon.Entry("Käse", "fromage"), new Lexicon.Entry("Markt", "marché"),
        new Lexicon.Entry("gehen", "aller"), new Lexicon.Entry("zusammen", "ensemble"), new Lexicon.Entry("alle", "tous"),
        new Lexicon.Entry("Abend", "soir"), new Lexicon.Entry("müde", "fatigué")));

    @Test
    void aSentenceTranslatedAsFiveIsOneBeadWhenTheDictionaryLinksAllFive() {
        List<String> withDictionary = Aligner.forLanguages("de", "fr").withDictionaries(List.of(FARM)).align(LONG_DE, FIVE_FR)
            .beads().stream().map(BeadFormat::format).toList();
        assertThat(withDictionary).containsExactly("[0]:[0]", "[1]:[1, 2, 3, 4, 5]", "[2]:[6]", "[3]:[7]");
        List<String> fromFrench = Aligner.forLanguages("fr", "de").withDictionaries(List.of(FARM)).align(FIVE_FR, LONG_DE)
            .beads().stream().map(BeadFormat::format).toList();
        assertThat(fromFrench).as("five sentences into one, the other way round").contains("[1, 2, 3, 4, 5]:[1]");
    }

    @Test
    void withoutTheDictionaryTheShortLastPieceIsNotPulledIntoAFiveSentenceBead() {
        List<String> plain = Aligner.forLanguages("de", "fr").align(LONG_DE, FIVE_FR).beads().stream().map(BeadFormat::format).toList();
        assertThat(plain).as("a 1-5 bead is rare: lengths alone do not make one").doesNotContain("[1]:[1, 2, 3, 4, 5]")
            .contains("[1]:[1, 2, 3, 4]", "[2]:[5, 6]");
    }
}
