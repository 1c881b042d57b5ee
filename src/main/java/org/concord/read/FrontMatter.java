package org.concord.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leading block of {@code key: value} lines between two {@code ---} lines, as the working translations in
 * segments/ carry ("status: working translation, not the official United Nations text"). Anything else at the top
 * of a file is text.
 */
record FrontMatter(Map<String, String> fields, int end) {
    static final FrontMatter NONE = new FrontMatter(Map.of(), 0);
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][\\w.-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*");

    /** The block at the start of {@code head}, or NONE; {@code end} is the offset just past its closing line. */
    static FrontMatter parse(CharSequence head) {
        String text = head.toString();
        int pos = 0;
        Map<String, String> fields = new LinkedHashMap<>();
        boolean first = true;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) return NONE; // unclosed within what was read
            String line = text.substring(pos, nl).replace("\r", "");
            pos = nl + 1;
            if (first) {
                if (!line.equals("---")) return NONE;
                first = false;
            } else if (line.equals("---")) {
                return new FrontMatter(fields, pos);
            } else {
                Matcher m = FIELD.matcher(line);
                if (!m.matches()) return NONE;
                fields.put(m.group(1), m.group(2));
            }
        }
        return NONE;
    }
}
