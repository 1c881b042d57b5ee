package org.concord.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.InputException;
import org.concord.store.Database;
import org.concord.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TbxExchangeTest {
    @TempDir Path dir;

    private static List<Entry> stored(Termbase tb) throws Exception {
        return new TermStore(tb.database()).readAll();
    }

    @Test
    void tbxBasicExportValidatesAndRoundTripKeepsEverything() throws Exception {
        List<Entry> original = TbxReader.read(TermTesting.sample()).entries();
        Path first = dir.resolve("first.tbx");
        Path second = dir.resolve("second.tbx");
        try (Termbase tb = TermTesting.sampleTermbase()) {
            tb.export(first, ExportFormat.TBX);
        }
        TermTesting.assertValidTbxBasic(first);
        try (Termbase back = Termbase.load(first)) {
            List<Entry> again = stored(back);
            assertThat(again).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                Entry o = original.get(i);
                Entry a = again.get(i);
                assertThat(a.id()).isEqualTo(o.id());
                assertThat(a.sections()).isEqualTo(o.sections());
                assertThat(a.info()).containsAll(o.info());
                assertThat(a.created()).isEqualTo(o.created());
                assertThat(a.modified()).isEqualTo(o.modified());
            }
            back.export(second, ExportFormat.TBX);
        }
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(first)).contains("<refObject id=\"p1\">", "target=\"p1\"", "target=\"https://www.un.org/disarmament/wmd/\"");
    }

    @Test
    void publishedTbxBasicExampleSurvivesTheRoundTrip() throws Exception {
        Path example = Shared.require("specs/tbx-basic-example.tbx");
        Path out = dir.resolve("example.tbx");
        try (Termbase tb = Termbase.load(example)) {
            assertThat(tb.concepts()).hasSizeGreaterThan(40);
            tb.export(out, ExportFormat.TBX);
        }
        TermTesting.assertValidTbxBasic(out);
        try (Termbase a = Termbase.load(example); Termbase b = Termbase.load(out)) {
            assertThat(stored(b)).extracting(Entry::sections).isEqualTo(stored(a).stream().map(Entry::sections).toList());
            assertThat(b.concepts()).isEqualTo(a.concepts());
        }
    }

    @Test
    void tbx2008ExportIsMartifAndReadsBack() throws Exception {
        Path out = dir.resolve("omegat.tbx");
        try (Termbase tb = TermTesting.sampleTermbase()) {
            tb.export(out, ExportFormat.TBX2008);
            String xml = Files.readString(out);
            assertThat(xml).contains("<martif type=\"TBX-Basic\"", "<termEntry id=\"wmd\">", "<langSet xml:lang=\"ru\">",
                "<tig", "<term>оружие массового уничтожения</term>");
            try (Termbase back = Termbase.load(out)) {
                assertThat(back.concepts()).isEqualTo(tb.concepts());
            }
        }
    }

    @Test
    void acceptsTheTbx3NamespaceAndTbx2008Ntig() throws Exception {
        Path v3 = dir.resolve("v3.tbx");
        Files.writeString(v3, Files.readString(TermTesting.sample()).replace("urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0"));
        try (Termbase tb = Termbase.load(v3)) {
            assertThat(tb.concepts()).hasSize(4);
        }
        Path martif = dir.resolve("m.tbx");
        Files.writeString(martif, """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
            <text><body><termEntry id="t1"><descrip type="subjectField">disarmament</descrip>
              <langSet xml:lang="en"><ntig><termGrp><term>Treaty on the Non-Proliferation of Nuclear Weapons</term>
                <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
                <tig><term>NPT</term><termNote type="termType">acronym</termNote></tig></langSet>
              <langSet xml:lang="fr-FR"><tig><term>Traité sur la non-prolifération des armes nucléaires</term></tig></langSet>
            </termEntry></body></text></martif>
            """);
        try (Termbase tb = Termbase.load(martif)) {
            Concept c = tb.concepts().get(0);
            assertThat(c.subjectField()).isEqualTo("disarmament");
            assertThat(c.preferred("en").orElseThrow().text()).isEqualTo("Treaty on the Non-Proliferation of Nuclear Weapons");
            assertThat(c.terms("fr")).hasSize(1);
            Term npt = c.terms("en").get(1);
            assertThat(tb.fullForms(c, npt)).containsExactly("Treaty on the Non-Proliferation of Nuclear Weapons");
        }
    }

    @Test
    void refusesDtdsAndEntities() throws Exception {
        Path laughs = dir.resolve("laughs.tbx");
        Files.writeString(laughs, """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>&b;</body></text></tbx>
            """);
        assertThatThrownBy(() -> TbxReader.read(laughs)).isInstanceOf(InputException.class)
            .hasMessageStartingWith(laughs + ":2:").hasMessageContaining("DTD");
        Path xxe = dir.resolve("xxe.tbx");
        Files.writeString(xxe, """
            <?xml version="1.0"?>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
            <conceptEntry id="c"><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """);
        assertThatThrownBy(() -> TbxReader.read(xxe)).isInstanceOf(InputException.class).hasMessageStartingWith(xxe + ":3:");
    }

    @Test
    void badContentIsNamedWithItsPosition() throws Exception {
        assertBad("<conceptEntry id=\"c\"><langSec xml:lang=\"xx\"><termSec><term>a</term></termSec></langSec></conceptEntry>",
            ":3:", "unknown language code 'xx'");
        assertBad("<conceptEntry id=\"c\"><langSec xml:lang=\"en\"><termSec><term>  </term></termSec></langSec></conceptEntry>",
            ":3:", "empty term");
        assertBad("<conceptEntry id=\"c\"><langSec xml:lang=\"en\"><termSec><term>a</term></termSec></langSec>", ":4:", "malformed XML");
        Path latin1 = dir.resolve("latin1.tbx");
        Files.write(latin1, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>"
            + "<conceptEntry id=\"c\"><langSec xml:lang=\"fr\"><termSec><term>sécurité</term></termSec></langSec></conceptEntry>"
            + "</body></text></tbx>").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TbxReader.read(latin1)).isInstanceOf(InputException.class).hasMessageStartingWith(latin1 + ":2:");
    }

    private void assertBad(String body, String position, String what) throws Exception {
        Path f = dir.resolve("bad.tbx");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\"><text><body>\n"
            + body + "\n</body></text></tbx>\n");
        try (Termbase tb = Termbase.open(Database.inMemory())) {
            assertThatThrownBy(() -> tb.importFile(f, OnConflict.SKIP)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + position).hasMessageContaining(what);
            assertThat(tb.size()).isZero();
        }
    }
}
