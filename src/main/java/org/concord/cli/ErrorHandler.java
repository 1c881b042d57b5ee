package org.concord.cli;

import org.concord.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one-line messages: exit 2 for bad usage or input, 3 for internal errors. */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (ex instanceof InputException) {
            cl.getErr().println("concord: " + ex.getMessage());
            return BAD_INPUT;
        }
        cl.getErr().println("concord: internal error: " + ex);
        if (System.getenv("CONCORD_DEBUG") != null) ex.printStackTrace(cl.getErr());
        return INTERNAL;
    }

    static int parameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("concord: " + ex.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return BAD_INPUT;
    }
}
