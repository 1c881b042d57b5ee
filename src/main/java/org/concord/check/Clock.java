package org.concord.check;

import org.concord.analysis.LanguageData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 12-hour clock times of a language ({@code clock-en.txt}: "1 p.m.", "10.30 a.m."), read as 24-hour values so that they
 * compare with the 24-hour clock the other languages use.
 */
final class Clock {

    /** A time found in text: the 24-hour hour and the minutes (0 when not written). */
    record Time(int start, int end, int hour, int minutes) {}

    private static final Map<String, Clock> CACHE = new ConcurrentHashMap<>();

    private final List<Pattern> am = new ArrayList<>();
    private final List<Pattern> pm = new ArrayList<>();

    private Clock(String resource) {
        List<String> lines = LanguageData.linesIfAny(Clock.class, resource);
        if (lines == null) return;
        for (String line : lines) {
            String[] f = line.split("\t", 2);
            (f[0].equals("pm") ? pm : am).add(Pattern.compile(f[1]));
        }
    }

    static Clock of(String lang) {
        return CACHE.computeIfAbsent("clock-" + lang + ".txt", Clock::new);
    }

    List<Time> find(String text) {
        List<Time> out = new ArrayList<>();
        for (Pattern p : pm) collect(p, text, 12, out);
        for (Pattern p : am) collect(p, text, 0, out);
        return out;
    }

    private static void collect(Pattern p, String text, int offset, List<Time> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1)) % 12 + offset;
            int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            out.add(new Time(m.start(), m.end(), hour, minutes));
        }
    }
}
