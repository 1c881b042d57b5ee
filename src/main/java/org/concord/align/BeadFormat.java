package org.concord.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concord.InputException;

/** The bead lines of the Bleualign / Vecalign gold sets: {@code [0, 1]:[2]}, 0-based, {@code []} for an empty side. */
public final class BeadFormat {

    private static final Pattern LINE = Pattern.compile("\\s*\\[([0-9,\\s]*)]\\s*:\\s*\\[([0-9,\\s]*)]\\s*");

    private BeadFormat() {}

    public static String format(Bead b) {
        return side(b.src()) + ":" + side(b.tgt());
    }

    private static String side(List<Integer> idx) {
        return idx.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Parses bead lines; blank lines are skipped, anything else malformed is an error naming {@code file} and the line. */
    public static List<Bead> parse(List<String> lines, String file) {
        List<Bead> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank()) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) throw InputException.at(file, k + 1, 1, "not a bead line like '[0, 1]:[2]': " + abbreviate(line));
            out.add(Bead.of(indices(m.group(1), file, k + 1), indices(m.group(2), file, k + 1)));
        }
        return out;
    }

    private static List<Integer> indices(String list, String file, int line) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            try {
                out.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                throw InputException.at(file, line, 1, "sentence number out of range: " + abbreviate(p));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
