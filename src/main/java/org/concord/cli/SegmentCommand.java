package org.concord.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.InputException;
import org.concord.segment.Segmenter;
import org.concord.segment.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Cut documents into sentences with Concord's SRX rules for UN text.")
final class SegmentCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to segment; '-' reads standard input.")
    List<Path> files;

    @Option(names = "--lang", required = true, description = "Language of the documents: en, fr, es, ru, zh, ar.")
    String lang;

    @Override
    public Integer call() throws IOException {
        Segmenter segmenter = Segmenter.forLanguage(lang);
        var out = spec.commandLine().getOut();
        for (Path file : files) {
            if (!Files.isReadable(file)) throw new InputException(file + ": cannot read file");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int paragraph = -1;
            for (Sentence s : segmenter.segment(text)) {
                if (paragraph >= 0 && s.paragraph() != paragraph) out.println();
                paragraph = s.paragraph();
                out.println(s.text());
            }
        }
        out.flush();
        return 0;
    }
}
