package org.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code concord} command: parses, dispatches, turns errors into exit codes. */
@Command(
    name = "concord",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Translation and terminology memory for United Nations documents.",
    subcommands = {
        CommandLine.HelpCommand.class,
        BuildCommand.class,
        SegmentCommand.class,
        AlignCommand.class,
        DictionaryCommand.class,
        EvalAlignCommand.class,
        TermCommand.class,
        TmCommand.class,
        CheckCommand.class,
        ServeCommand.class,
        PrepareCommand.class,
        UserCommand.class,
        DbCommand.class,
    })
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with Concord's error handling; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::parameterError);
        return cl;
    }

    public static void main(String[] args) {
        try {
            System.exit(commandLine().execute(args));
        } catch (OutOfMemoryError e) {
            // Nothing is half-written: the work's transaction was never committed.
            System.err.println("concord: out of memory: the Java heap is too small for this work;"
                + " give it more, e.g. CONCORD_JAVA_OPTS=-Xmx1g");
            System.exit(ErrorHandler.INTERNAL);
        }
    }
}
