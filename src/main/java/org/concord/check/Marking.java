package org.concord.check;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Puts markers around spans of a text, escaping the text between them; shared by the terminal and HTML reports. */
final class Marking {
    private Marking() {}

    static String mark(String text, List<Span> spans, String open, String close, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : spans.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
            if (s.start() < at || s.end() > text.length()) continue;
            out.append(escape.apply(text.substring(at, s.start()))).append(open)
                .append(escape.apply(text.substring(s.start(), s.end()))).append(close);
            at = s.end();
        }
        return out.append(escape.apply(text.substring(at))).toString();
    }
}
