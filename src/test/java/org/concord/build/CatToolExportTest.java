package org.concord.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.concord.prepare.PrepareJob;
import org.concord.prepare.PrepareOptions;
import org.concord.prepare.XliffVersion;
import org.concord.read.Documents;
import org.concord.segment.Segmenter;
import org.concord.store.Database;
import org.concord.term.Termbase;
import org.concord.testing.Tmx14;
import org.concord.tm.TranslationMemory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the main job gives a translator's CAT tool, tried as a user would with OmegaT 3.6 (Debian package omegat) in
 * console mode: the statement translated into French in a project whose tm/auto holds Concord's TMX.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatToolExportTest {
    private static final Path OMEGAT_JAR = Path.of("/usr/share/omegat/OmegaT.jar");
    /** Letters of the other official scripts: any of them in a French translation is a unit of the wrong language. */
    private static final Pattern OTHER_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsCyrillic}\\p{IsArabic}]");

    @TempDir static Path dir;
    BuildSummary built;
    List<String> english;

    @BeforeAll
    void build() throws Exception {
        built = new BuildPipeline(new BuildOptions(Path.of("segments"), Path.of("termbase"), dir.resolve("concord.db"),
            dir.resolve("out"), null, "tester"), Progress.NONE).run();
        english = new ArrayList<>();
        Segmenter.forLanguage("en").segment(Documents.read(Path.of("segments/en.txt"), "en"), s -> english.add(s.text()));
    }

    @Test
    void buildWritesOneBilingualTmxPerLanguagePairWithOnlyThatPair() throws Exception {
        assertThat(built.pairTmx()).containsOnlyKeys("fr", "es", "ru", "zh", "ar");
        for (var e : built.pairTmx().entrySet()) {
            assertThat(e.getValue().getFileName()).hasToString("S-PV.7900.en-" + e.getKey() + ".tmx");
            var tmx = Tmx14.assertValid(Files.readString(e.getValue()));
            NodeList tus = tmx.getElementsByTagName("tu");
            assertThat(tus.getLength()).isGreaterThanOrEqualTo(24);
            for (int i = 0; i < tus.getLength(); i++) {
                NodeList tuvs = ((Element) tus.item(i)).getElementsByTagName("tuv");
                List<String> langs = new ArrayList<>();
                for (int j = 0; j < tuvs.getLength(); j++) langs.add(((Element) tuvs.item(j)).getAttribute("xml:lang"));
                assertThat(langs).as("unit %d of %s", i, e.getValue().getFileName()).containsExactly("en", e.getKey());
            }
        }
    }

    private static void assumeOmegaT() {
        assumeTrue(Files.isReadable(OMEGAT_JAR), "skipped: OmegaT is not installed (Debian package omegat; .ci/run installs it)");
    }

    /** An OmegaT project translating English into French, with the given files in source/ and tm/auto/. */
    private Path project(String name) throws Exception {
        Path p = dir.resolve(name);
        for (String sub : List.of("source", "target", "tm/auto", "glossary", "omegat", "dictionary")) Files.createDirectories(p.resolve(sub));
        Files.writeString(p.resolve("omegat.project"), """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <omegat>
                <project version="1.0">
                    <source_dir>__DEFAULT__</source_dir>
                    <target_dir>__DEFAULT__</target_dir>
                    <tm_dir>__DEFAULT__</tm_dir>
                    <glossary_dir>__DEFAULT__</glossary_dir>
                    <glossary_file>__DEFAULT__</glossary_file>
                    <dictionary_dir>__DEFAULT__</dictionary_dir>
                    <source_lang>EN</source_lang>
                    <target_lang>FR</target_lang>
                    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
                    <sentence_seg>true</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                </project>
            </omegat>
            """);
        return p;
    }

    /** Runs OmegaT's console-translate on the project, in a JVM of its own, headless. */
    private static String consoleTranslate(Path project) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-jar", OMEGAT_JAR.toString(), project.toString(),
            "--mode=console-translate").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return log;
    }

    @Test
    void omegatPreTranslatesFromThePairTmxInFrenchOnly() throws Exception {
        assumeOmegaT();
        Path p = project("pair");
        // The statement as Concord segments it, one sentence a line, as a translator would get it.
        Files.write(p.resolve("source/statement.txt"), english);
        Files.copy(built.pairTmx().get("fr"), p.resolve("tm/auto").resolve(built.pairTmx().get("fr").getFileName()));
        consoleTranslate(p);
        List<String> out = Files.readAllLines(p.resolve("target/statement.txt"));
        assertThat(out).hasSize(28);
        List<String> translated = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (!out.get(i).equals(english.get(i))) translated.add(out.get(i));
        assertThat(translated).as("pre-translated from tm/auto").hasSize(24);
        assertThat(translated).noneMatch(s -> OTHER_SCRIPT.matcher(s).find());
        assertThat(translated).contains("Je lui souhaite plein succès dans l'exercice de cette importante responsabilité.");
    }

    @Test
    void omegatOpensThePreparedXliff12AndWritesItBackWhole() throws Exception {
        assumeOmegaT();
        Path p = project("xliff");
        Path xlf = p.resolve("source/statement.fr.xlf");
        try (Database d = Database.open(dir.resolve("concord.db"))) {
            new PrepareJob(TranslationMemory.open(d), Termbase.open(d).recognizer(),
                new PrepareOptions("en", List.of("fr"), XliffVersion.V1_2, 70, 5, "S/PV.7900", "Concord test"))
                .run(List.of(Path.of("segments/en.txt")), xlf, Progress.NONE);
        }
        String log = consoleTranslate(p);
        assertThat(log).contains("statement.fr.xlf").doesNotContainIgnoringCase("exception");
        String written = Files.readString(p.resolve("target/statement.fr.xlf"));
        assertThat(written.split("<trans-unit ", -1)).hasSize(29);
        assertThat(written).contains("target-language=\"fr\"", "match-quality=\"100\"",
            "<target xml:lang=\"fr\" state=\"needs-review-translation\" state-qualifier=\"exact-match\">Je lui souhaite plein succès");
    }
}
