package org.concord.cli;

import java.io.PrintWriter;
import org.concord.build.Progress;

/** Draws a one-line progress bar on standard error, only when it is a terminal (scripts and logs stay clean). */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when the process runs in a terminal; otherwise nothing is drawn. */
    static Progress on(PrintWriter err) {
        return System.console() != null ? new ProgressBar(err) : Progress.NONE;
    }

    @Override
    public void update(String what, int done, int total) {
        int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + what + "\u001B[K");
        if (done >= total) err.print("\r\u001B[K");
        err.flush();
    }
}
