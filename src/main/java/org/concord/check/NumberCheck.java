package org.concord.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates must agree between source and target. Each side is reduced to a set of values: numbers in any
 * script and grouping style (1,000 = 1 000 = ١٬٠٠٠; 2.5 = 2,5), and month names next to a number as the month's
 * number, so "11 and 12 March 2014", "2014年3月11日和12日", «11 и 12 марта 2014 года» and "11 و 12 آذار/مارس 2014" all
 * give {11, 12, 3, 2014}. A value only one side has is reported unless the other side spells it out in words
 * ("five years" ~ "5年"). Numbers inside document symbols are left to {@link SymbolCheck}; a paragraph number opening
 * the segment ("51. The working group…") is layout, not content, and is not compared.
 */
final class NumberCheck extends PairCheck {

    private static final Pattern NUMBER =
        Pattern.compile("\\d{1,3}(?:[\u00A0\u202F ,.']\\d{3})+(?!\\d)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?");
    /** A paragraph number opening a segment ("51. ", "12 - ", "(3) "): layout that translations often drop. */
    private static final Pattern LABEL = Pattern.compile("^\\s*\\(?\\d{1,3}(?:\\.|\\)|\\s*[-\u2013])\\s+");
    /** How close (in characters) a month name must be to a digit to count as part of a date. */
    private static final int DATE_REACH = 16;
    /** Longer than any month name of the six languages ("كانون الثاني", "сентября"). */
    private static final int MONTH_LENGTH = 16;

    @Override
    public String id() {
        return "number-mismatch";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A number or date in the source is missing or different in the target.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        String srcLang = p.pair().srcLang();
        String tgtLang = p.pair().tgtLang();
        Map<String, List<Span>> src = values(p.source(), srcLang);
        Map<String, List<Span>> tgt = values(p.target(), tgtLang);
        if (src.keySet().equals(tgt.keySet())) return List.of();
        Set<String> srcWords = spelledOut(p.source(), srcLang);
        Set<String> tgtWords = spelledOut(p.target(), tgtLang);
        List<String> missing = src.keySet().stream().filter(v -> !tgt.containsKey(v) && !tgtWords.contains(v)).toList();
        List<String> extra = tgt.keySet().stream().filter(v -> !src.containsKey(v) && !srcWords.contains(v)).toList();
        if (missing.isEmpty() && extra.isEmpty()) return List.of();
        List<Span> srcSpans = missing.stream().flatMap(v -> src.get(v).stream()).sorted(NumberCheck::byStart).toList();
        List<Span> tgtSpans = extra.stream().flatMap(v -> tgt.get(v).stream()).sorted(NumberCheck::byStart).toList();
        return List.of(finding(p, srcSpans, tgtSpans, message(p, srcSpans, tgtSpans), List.of()));
    }

    private static String message(AnalysedPair p, List<Span> missing, List<Span> extra) {
        StringBuilder m = new StringBuilder();
        if (!missing.isEmpty()) m.append(sentence("Not in the target: " + texts(p.source(), missing))).append(' ');
        if (!extra.isEmpty()) m.append(sentence("Not in the source: " + texts(p.target(), extra)));
        return m.toString().strip();
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    private static String texts(String text, List<Span> spans) {
        return String.join(", ", spans.stream().map(s -> text.substring(s.start(), s.end())).distinct().toList());
    }

    private static int byStart(Span a, Span b) {
        return Integer.compare(a.start(), b.start());
    }

    /** Value → spans: digits (outside symbols) and month names next to a digit. */
    static Map<String, List<Span>> values(String text, String lang) {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        if (!hasDigit(text)) return out; // month names count only next to a digit
        String folded = maskSymbols(Digits.fold(text));
        StringBuilder masked = new StringBuilder(folded);
        Matcher label = LABEL.matcher(folded);
        if (label.find()) for (int i = label.start(); i < label.end(); i++) masked.setCharAt(i, '#');
        for (Clock.Time t : Clock.of(lang).find(folded)) {
            Span at = new Span(t.start(), t.end());
            out.computeIfAbsent(Integer.toString(t.hour()), k -> new ArrayList<>()).add(at);
            if (t.minutes() != 0) out.computeIfAbsent(Integer.toString(t.minutes()), k -> new ArrayList<>()).add(at);
            for (int i = t.start(); i < t.end(); i++) masked.setCharAt(i, '#');
        }
        Matcher m = NUMBER.matcher(masked);
        List<int[]> windows = new ArrayList<>();
        while (m.find()) {
            window(windows, m.start(), m.end(), folded.length());
            if (m.group().equals("00")) continue; // the minutes of a full hour: "13 ч. 00 м.", "13:00"
            out.computeIfAbsent(key(m.group()), k -> new ArrayList<>()).add(new Span(m.start(), m.end()));
        }
        // Month names only count next to a number, so only the text around numbers is searched for them.
        WordList months = WordList.of("months", lang);
        for (int[] w : windows) {
            for (WordList.Match month : months.find(folded, w[0], w[1])) {
                if (nearDigit(folded, month)) {
                    out.computeIfAbsent(Long.toString(month.value()), k -> new ArrayList<>()).add(new Span(month.start(), month.end()));
                }
            }
        }
        return out;
    }

    /** Values spelt out in words, single and combined ("twenty-five" gives 20, 5 and 25). */
    static Set<String> spelledOut(String text, String lang) {
        Set<String> out = new HashSet<>();
        List<WordList.Match> words = WordList.of("numbers", lang).find(text);
        for (int i = 0; i < words.size(); i++) {
            WordList.Match w = words.get(i);
            out.add(Long.toString(w.value()));
            if (i + 1 < words.size()) {
                WordList.Match next = words.get(i + 1);
                boolean adjacent = next.start() - w.end() <= 1;
                if (adjacent && w.value() >= 20 && w.value() < 100 && w.value() % 10 == 0 && next.value() < 10) {
                    out.add(Long.toString(w.value() + next.value()));
                }
            }
        }
        return out;
    }

    /**
     * Digits only, leading zeros and an all-zero fraction dropped: "1,000" = "1 000" = "1000"; "2.5" = "2,5";
     * "09" = "9"; "13.00" = "13".
     */
    static String key(String number) {
        // By hand, not by three regular expressions: this runs for every number of every pair.
        int end = number.length();
        if (end >= 2 && number.charAt(end - 1) == '0') {
            int sep = number.charAt(end - 2) == '0' && end >= 3 ? end - 3 : end - 2;
            if (number.charAt(sep) == '.' || number.charAt(sep) == ',') end = sep;
        }
        StringBuilder digits = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') { // ASCII digits only: the text is folded to them
                if (digits.length() == 1 && digits.charAt(0) == '0') digits.setLength(0); // a leading zero
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** Adds the stretch of text where a month name next to the number at [start, end) may lie, merging overlaps. */
    private static void window(List<int[]> windows, int start, int end, int length) {
        int from = Math.max(0, start - DATE_REACH - MONTH_LENGTH);
        int to = Math.min(length, end + DATE_REACH + MONTH_LENGTH);
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && from <= last[1]) last[1] = Math.max(last[1], to);
        else windows.add(new int[] {from, to});
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    private static boolean nearDigit(String text, WordList.Match w) {
        int from = Math.max(0, w.start() - DATE_REACH);
        int to = Math.min(text.length(), w.end() + DATE_REACH);
        for (int i = from; i < to; i++) {
            if ((i < w.start() || i >= w.end()) && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) return true;
        }
        return false;
    }

    private static String maskSymbols(String folded) {
        StringBuilder b = new StringBuilder(folded);
        for (List<Span> spans : SymbolCheck.find(folded).values()) {
            for (Span s : spans) {
                for (int i = s.start(); i < s.end(); i++) b.setCharAt(i, '#');
            }
        }
        return b.toString();
    }
}
