package org.concord.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: a header row, a rule, and rows; numbers right-aligned, text left-aligned. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    TextTable row(List<?> cells) {
        rows.add(cells.stream().map(String::valueOf).toList());
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = displayWidth(header.get(c));
            for (List<String> r : rows) width[c] = Math.max(width[c], displayWidth(r.get(c)));
        }
        out.println(line(header, width));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        out.println(rule);
        for (List<String> r : rows) out.println(line(r, width));
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - displayWidth(cell));
            if (c > 0) sb.append("  ");
            sb.append(isNumber(cell) ? pad + cell : cell + pad);
        }
        return sb.toString().stripTrailing();
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == '%');
    }

    /** Columns a string takes in a terminal: East Asian wide characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean wide = script == Character.UnicodeScript.HAN || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x3000 && cp <= 0x303F);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
