package org.concord.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the rules decide, the sentences of a paragraph, in order and with only white space between
 * them, make up the unwrapped paragraph exactly; nothing is lost, duplicated or reordered, and each sentence's
 * offsets point at its first and last characters in the original text. Checked on random hard-wrapped paragraphs
 * built from UN-style pieces (fixed seed, so a failure is reproducible).
 */
class ConcatenationPropertyTest {
    private static final String[][] PIECES = {
        {"en", "Mr. Umarov (Kazakhstan):", "I congratulate the Chair.", "resolution 1540 (2004).", "S/2017/126", "para. 5",
            "e.g.", "i.e.", "U.N.", "at 3 p.m.", "etc.", "non-State actors", "counter-terrorism", "J. F. Kennedy",
            "Is it?", "No!", "\"We must act.\"", "51.", "annex I.", "The President:", "capacity-building", "pp. 4-6"},
        {"fr", "M. Umarov (Kazakhstan)\u00A0:", "Je remercie le Président.", "p. ex.", "par. 5", "MM.", "Mme Dupont",
            "«\u00A0Nous devons agir.\u00A0»", "vraiment\u00A0?", "non étatiques", "etc.", "S/PV.7900."},
        {"es", "Sr. Umarov (Kazajstán):", "¿Qué hacer?", "¡Basta!", "párr. 5", "núm. 3", "Excmo. Sr.", "Sra.",
            "resolución 1540 (2004).", "etc."},
        {"ru", "Г-н Умаров (Казахстан) (говорит по-английски):", "2014 г.", "гг.", "т.е.", "и т.д.", "п. 5", "См.",
            "резолюция 1540 (2004).", "Совет", "г-на", "«Мы должны действовать»."},
        {"zh", "乌马罗夫先生（哈萨克斯坦）（以英语发言）：", "我祝贺主席。", "第1540（2004）号决议", "S/PV.7900", "吗？", "！",
            "“我们必须行动。”", "；", "：", "非国家行为者"},
        {"ar", "السيد أوماروف (كازاخستان) (تكلم بالإنكليزية):", "أهنئ الرئيس.", "القرار 1540 (2004).", "الفقرة 5.", "؟",
            "!", "د.", "S/2017/126", "وتؤكد اللجنة ذلك."},
    };

    @Test
    void sentencesOfAParagraphConcatenateBackToTheUnwrappedParagraph() {
        Random random = new Random(20170126);
        for (String[] pieces : PIECES) {
            Segmenter segmenter = Segmenter.forLanguage(pieces[0]);
            for (int run = 0; run < 150; run++) {
                String paragraph = randomParagraph(random, pieces);
                checkProperty(segmenter, paragraph);
            }
        }
    }

    private static void checkProperty(Segmenter segmenter, String paragraph) {
        String unwrapped = Segmenter.unwrap(paragraph);
        List<Sentence> sentences = segmenter.segment(paragraph);
        StringBuilder rebuilt = new StringBuilder();
        int pos = 0;
        for (Sentence s : sentences) {
            assertThat(s.paragraph()).as("one paragraph: %s", paragraph).isZero();
            int at = unwrapped.indexOf(s.text(), pos);
            assertThat(at).as("sentence %s in order in %s", s.text(), unwrapped).isGreaterThanOrEqualTo(pos);
            assertThat(unwrapped.substring(pos, at)).as("only space between sentences").isBlank();
            rebuilt.append(unwrapped, pos, at).append(s.text());
            pos = at + s.text().length();
            assertThat(paragraph.charAt(s.start())).isEqualTo(s.text().charAt(0));
            assertThat(paragraph.charAt(s.end() - 1)).isEqualTo(s.text().charAt(s.text().length() - 1));
        }
        assertThat(unwrapped.substring(pos)).isBlank();
        rebuilt.append(unwrapped.substring(pos));
        assertThat(rebuilt.toString()).isEqualTo(unwrapped);
    }

    private static String randomParagraph(Random random, String[] pieces) {
        boolean spaced = !pieces[0].equals("zh");
        StringBuilder sb = new StringBuilder();
        int n = 3 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            if (i > 0 || random.nextInt(4) == 0) sb.append(separator(random, spaced));
            sb.append(pieces[1 + random.nextInt(pieces.length - 1)]);
        }
        if (random.nextBoolean()) sb.append(separator(random, true));
        return sb.toString();
    }

    /** A space, or what hard-wrapping leaves: line breaks with stray spaces, tabs, a word hyphenated at the break. */
    private static String separator(Random random, boolean spaced) {
        return switch (random.nextInt(8)) {
            case 0 -> "\n";
            case 1 -> "  \n  ";
            case 2 -> "\t";
            case 3 -> "-\n";
            case 4 -> spaced ? "   " : "";
            default -> spaced ? " " : "";
        };
    }
}
