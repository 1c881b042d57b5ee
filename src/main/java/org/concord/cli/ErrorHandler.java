package org.concord.cli;

import org.concord.InputException;
import org.concord.store.ConnectionLost;
import org.concord.store.DiskFull;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** Turns failures into one-line messages: exit 2 for bad usage or input, 3 for internal errors. */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (DiskFull.causedBy(ex)) {
            cl.getErr().println("concord: " + diskFull(cl.getCommandSpec()));
            if (System.getenv("CONCORD_DEBUG") != null) ex.printStackTrace(cl.getErr());
            return BAD_INPUT;
        }
        // A connection never made (unreachable server) is an InputException saying so, not a lost one.
        if (ConnectionLost.causedBy(ex) && !(ex instanceof InputException)) {
            cl.getErr().println("concord: " + connectionLost(cl.getCommandSpec()));
            if (System.getenv("CONCORD_DEBUG") != null) ex.printStackTrace(cl.getErr());
            return BAD_INPUT;
        }
        if (ex instanceof InputException) {
            cl.getErr().println("concord: " + ex.getMessage());
            return BAD_INPUT;
        }
        cl.getErr().println("concord: internal error: " + ex);
        if (System.getenv("CONCORD_DEBUG") != null) ex.printStackTrace(cl.getErr());
        return INTERNAL;
    }

    /**
     * "disk full: FILE: nothing was imported|written". Every write is one transaction or a temporary file moved into
     * place, so a full disk leaves the database and the output as they were; FILE is the output being written, else
     * the database.
     */
    static String diskFull(CommandSpec command) {
        OptionSpec output = command.findOption("--output") != null ? command.findOption("--output") : command.findOption("--to");
        OptionSpec db = command.findOption("--db");
        Object where = output != null && output.getValue() != null ? output.getValue()
            : db != null && db.getValue() != null ? db.getValue() : "the disk";
        boolean imports = output == null && command.name().equals("import");
        return "disk full: " + where + ": nothing was " + (imports ? "imported" : "written")
            + " (free some space and run it again)";
    }

    /**
     * "lost the connection to DB: nothing was imported|written". Every write is one transaction, which PostgreSQL rolls
     * back when its connection goes: the database is as it was.
     */
    static String connectionLost(CommandSpec command) {
        OptionSpec db = command.findOption("--db");
        Object where = db != null && db.getValue() != null ? db.getValue() : "the database";
        boolean imports = command.name().equals("import");
        return "lost the connection to " + where + ": nothing was " + (imports ? "imported" : "written")
            + " (the server rolled the unfinished transaction back); run it again when the server is reachable";
    }

    static int parameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("concord: " + ex.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return BAD_INPUT;
    }
}
