package org.concord;

/**
 * Bad input from the user: a file that cannot be read or parsed, an unknown language, a malformed option value.
 * The message is one line naming the file, the position when known, and what is wrong; the CLI prints it and exits 2.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(oneLine(message));
    }

    public InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** "file:line:col: what" – the shape every position-bearing error takes. */
    public static InputException at(String file, long line, long column, String what) {
        return new InputException(file + ":" + line + ":" + column + ": " + what);
    }

    /**
     * The message with line breaks and other control characters written as escapes: a message quotes values from the
     * file, and a value holding a line break (or a terminal escape) must not break the refusal's one line.
     */
    static String oneLine(String message) {
        if (message == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) out = new StringBuilder(message.length() + 8).append(message, 0, i);
            if (out == null) continue;
            if (!control) out.append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else out.append(String.format("\\u%04X", (int) c));
        }
        return out == null ? message : out.toString();
    }
}
