package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    static Path resource(String name) {
        try {
            return Path.of(InputsTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tmxGivesOnePairPerTargetLanguageWithoutInlineCodes() {
        List<SegmentPair> pairs = Inputs.bilingualFile(resource("statement.tmx"), null, null);
        assertThat(pairs).extracting(SegmentPair::id).containsExactly("s1/fr", "s2/fr", "s3/fr", "s1/ru", "s2/ru", "s3/ru");
        assertThat(pairs.get(1).source()).isEqualTo("On 11 and 12 March 2014, Astana hosted a seminar on resolution 1540 (2004).");
        assertThat(pairs.get(1).document()).isEqualTo("S/PV.7837");
        assertThat(Inputs.bilingualFile(resource("statement.tmx"), null, "ru")).extracting(SegmentPair::id)
            .containsExactly("s1", "s2", "s3");
    }

    @Test
    void xliff12And20AreRead() {
        List<SegmentPair> v12 = Inputs.bilingualFile(resource("statement-12.xlf"), null, null);
        assertThat(v12).extracting(SegmentPair::tgtLang).containsOnly("zh");
        assertThat(v12.get(0).source()).isEqualTo("The report is contained in document S/2017/126.");
        assertThat(v12.get(2).target()).isEmpty();
        List<SegmentPair> v20 = Inputs.bilingualFile(resource("statement-20.xlf"), null, null);
        assertThat(v20).extracting(SegmentPair::id).containsExactly("u1#1", "u1#2");
        assertThat(v20.get(1).source()).isEqualTo("We are among the 77 Member States.");
        assertThat(v20.get(1).srcLang() + ">" + v20.get(1).tgtLang()).isEqualTo("en>ar");
    }

    @Test
    void externalEntitiesAreRefusedWithThePosition() {
        assertThatThrownBy(() -> Inputs.bilingualFile(resource("xxe.tmx"), null, null))
            .isInstanceOf(InputException.class).hasMessageContaining("xxe.tmx:6:")
            .hasMessageContaining("entity \"secret\" was referenced, but not declared");
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() {
        assertThatThrownBy(() -> Inputs.bilingualFile(resource("broken.tmx"), null, null))
            .isInstanceOf(InputException.class).hasMessageContaining("broken.tmx:5:").hasMessageContaining("</seg>");
    }

    @Test
    void parallelLinesMustHaveTheSameLength(@TempDir Path dir) throws Exception {
        Path en = Files.writeString(dir.resolve("en.txt"), "One.\nTwo.\n");
        Path fr = Files.writeString(dir.resolve("fr.txt"), "Un.\n");
        assertThatThrownBy(() -> Inputs.linesOf(en, fr, "en", "fr")).isInstanceOf(InputException.class)
            .hasMessageContaining("has 2 lines but").hasMessageContaining("has 1");
        Files.writeString(fr, "Un.\nDeux.\n");
        assertThat(Inputs.linesOf(en, fr, "en", "fr")).extracting(SegmentPair::id, SegmentPair::target)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Un."), org.assertj.core.groups.Tuple.tuple("2", "Deux."));
    }

    @Test
    void parallelTextsAreReadWithoutTheirFrontMatter() {
        List<SegmentPair> pairs = Inputs.aligned(Path.of("segments/en.txt"), Path.of("segments/fr.txt"), "en", "fr");
        assertThat(pairs.get(0).target()).startsWith("M. Umarov (Kazakhstan)");
        assertThat(pairs).noneSatisfy(p -> assertThat(p.target()).contains("working translation"));
    }
}
