package org.concord;

/**
 * Bad input from the user: a file that cannot be read or parsed, an unknown language, a malformed option value.
 * The message is one line naming the file, the position when known, and what is wrong; the CLI prints it and exits 2.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "file:line:col: what" – the shape every position-bearing error takes. */
    public static InputException at(String file, long line, long column, String what) {
        return new InputException(file + ":" + line + ":" + column + ": " + what);
    }
}
