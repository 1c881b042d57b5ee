package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    /** The words as the index stores them: numbers that map back to Tokens' words, pairs in Index's buckets. */
    @Test
    void numbersTheWordsTokensFindsAndBucketsTheirPairsAsTheIndexDoes() {
        WordTable table = new WordTable();
        List<String> vocabulary = new ArrayList<>();
        String[] texts = {"The Council's 15 MEMBERS, in New-York; the council.", "Le Conseil de sécurité, ÉTATS et İstanbul",
            "安全理事会的决议", "مجلس الأمن", "the THE The", "СОВЕТ Безопасности ООН", "ΟΔΟΣ ΣΟΦΙΑΣ Σ ΑΣ", "İSTANBUL İ",
            "\uD801\uDC00BC \uD835\uDC00x 𠀀字 Straße ǄUNGLA \u212Aelvin e\u0301TAT ÀÉÎÕÜ"};
        for (String text : texts) {
            PostingsWriter.Words w = table.words(text);
            vocabulary.addAll(table.drainNew());
            String[] expected = Tokens.terms(text);
            assertThat(w.terms()).hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) assertThat(vocabulary.get(w.terms()[i])).isEqualTo(expected[i]);
            for (int i = 1; i < expected.length; i++) assertThat(w.pairs()[i - 1]).isEqualTo(Index.pairBucket(expected[i - 1], expected[i]));
        }
        // Random words from scripts with and without case, marks, surrogate pairs and the special lower cases.
        java.util.Random rnd = new java.util.Random(7);
        int[] pool = {'A', 'z', 'É', 'ß', 'Σ', 'σ', 'İ', 'Д', 'я', 'Ա', 'ق', '字', 'ア', 0x0301, 0x212A, 0x01C5, 0x10400, 0x1D400, 0x20000, ' ', '.', '-'};
        for (int t = 0; t < 2_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 1 + rnd.nextInt(30); k++) b.appendCodePoint(pool[rnd.nextInt(pool.length)]);
            String text = b.toString();
            PostingsWriter.Words w = table.words(text);
            vocabulary.addAll(table.drainNew());
            String[] expected = Tokens.terms(text);
            assertThat(w.terms()).as(text).hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) assertThat(vocabulary.get(w.terms()[i])).as(text).isEqualTo(expected[i]);
            for (int i = 1; i < expected.length; i++) assertThat(w.pairs()[i - 1]).isEqualTo(Index.pairBucket(expected[i - 1], expected[i]));
        }
        assertThat(table.words("the the").terms()).containsExactly(0, 0);
        assertThat(table.drainNew()).isEmpty();
    }

    @Test
    void wordsWithTheSameHashKeepTheirOwnNumbers() {
        // "ая" and "ба" have the same String.hashCode: the table keeps hashes in its slots and must still compare the words.
        assertThat("ая".hashCode()).isEqualTo("ба".hashCode());
        WordTable table = new WordTable();
        for (int i = 0; i < 5_000; i++) table.words("filler" + i); // the table grows and moves its slots
        table.drainNew();
        PostingsWriter.Words w = table.words("ая ба ая ба");
        assertThat(w.terms()).containsExactly(5_000, 5_001, 5_000, 5_001);
        assertThat(table.drainNew()).containsExactly("ая", "ба");
        for (int i = 5_000; i < 20_000; i++) table.words("filler" + i);
        assertThat(table.words("ба ая").terms()).containsExactly(5_001, 5_000);
        assertThat(w.pairs()).containsExactly(Index.pairBucket("ая", "ба"), Index.pairBucket("ба", "ая"), Index.pairBucket("ая", "ба"));
        // Repeated, they still share a hash, short or long.
        table.drainNew();
        for (String[] pair : new String[][] {{"аяаяаяая", "бабабаба"}, {"аяаяаяаяая", "бабабабаба"}}) {
            assertThat(pair[0].hashCode()).isEqualTo(pair[1].hashCode());
            int[] terms = table.words(pair[0] + " " + pair[1] + " " + pair[0]).terms();
            assertThat(terms[0]).isNotEqualTo(terms[1]).isEqualTo(terms[2]);
            assertThat(table.drainNew()).containsExactly(pair[0], pair[1]);
            assertThat(table.find(pair[1])).isEqualTo(terms[1]);
        }
    }

    @Test
    void startsOverWhenCleared() {
        WordTable table = new WordTable();
        for (int i = 0; i < 100_000; i++) table.words("word" + i);
        assertThat(table.size()).isEqualTo(100_000);
        assertThat(table.drainNew()).hasSize(100_000).contains("word99999");
        table.clear();
        assertThat(table.words("later words").terms()).containsExactly(0, 1);
        assertThat(table.drainNew()).containsExactly("later", "words");
    }
}
