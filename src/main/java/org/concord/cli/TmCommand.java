package org.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "tm", mixinStandardHelpOptions = true,
    description = "Translation memory: import and export TMX, fuzzy lookup, concordance.",
    subcommands = {TmImportCommand.class, TmExportCommand.class, TmLookupCommand.class, TmSearchCommand.class})
final class TmCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
