package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
    /** The import's shortcuts for common scripts answer as the JDK does, for every char (a wrong range would cut words). */
    @Test
    void characterShortcutsAgreeWithTheJdkForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(Tokens.lower(ch)).as("lower U+%04X", c).isEqualTo(Character.toLowerCase(ch));
            assertThat(Tokens.startsWord(c)).as("startsWord U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            assertThat(Tokens.isWordPart(c)).as("isWordPart U+%04X", c).isEqualTo(Character.isLetterOrDigit(c) || mark);
        }
    }

    @Test
    void wordsOfCyrillicArabicAndAccentedLatinAreCutAndLowerCased() {
        List<String> terms = new ArrayList<>();
        Tokens.scan("Генеральная Ассамблея, الجمعيةُ العامة; Sécurité ÉTAT 42.", (t, start, end, term) -> terms.add(term != null ? term : t.substring(start, end).toLowerCase()));
        assertThat(terms).containsExactly("генеральная", "ассамблея", "الجمعيةُ", "العامة", "sécurité", "état", "42");
        WordTable table = new WordTable();
        PostingsWriter.Words w = table.words("ÉTAT état Ассамблея АССАМБЛЕЯ");
        assertThat(w.terms()).containsExactly(0, 0, 1, 1);
        assertThat(table.drainNew()).containsExactly("état", "ассамблея");
    }
}
