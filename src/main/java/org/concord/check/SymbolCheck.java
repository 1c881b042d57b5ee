package org.concord.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols (S/2017/126, A/RES/69/1, S/PV.7837, A/C.1/69/L.1/Rev.1) are never translated: every symbol of
 * the source must be in the target and the target must not bring new ones.
 */
final class SymbolCheck extends PairCheck {

    /** A series of capitals, then slash-separated parts; at least one digit somewhere, checked in {@link #find}. */
    private static final Pattern SYMBOL =
        Pattern.compile("(?<![A-Za-z0-9/.])[A-Z][A-Z0-9]*(?:\\.\\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*)+");

    @Override
    public String id() {
        return "symbol-mismatch";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A UN document symbol (such as S/2017/126) differs between source and target.";
    }

    @Override
    List<Finding> check(AnalysedPair p) {
        Map<String, List<Span>> src = find(p.source());
        Map<String, List<Span>> tgt = find(p.target());
        List<String> missing = src.keySet().stream().filter(s -> !tgt.containsKey(s)).toList();
        List<String> extra = tgt.keySet().stream().filter(s -> !src.containsKey(s)).toList();
        if (missing.isEmpty() && extra.isEmpty()) return List.of();
        String message = missing.isEmpty() ? "The target has " + String.join(", ", extra) + ", which the source does not have."
            : "The target does not have " + String.join(", ", missing)
                + (extra.isEmpty() ? "." : "; it has " + String.join(", ", extra) + " instead.");
        return List.of(finding(p, spans(src, missing), spans(tgt, extra), message, missing));
    }

    private static List<Span> spans(Map<String, List<Span>> found, List<String> symbols) {
        return symbols.stream().flatMap(s -> found.get(s).stream()).toList();
    }

    /** Symbols of {@code text} (trailing full stops trimmed) with their spans. */
    static Map<String, List<Span>> find(String text) {
        Map<String, List<Span>> out = new LinkedHashMap<>();
        if (text.indexOf('/') < 0 && text.indexOf('\uFF0F') < 0) return out; // every symbol has a slash
        Matcher m = SYMBOL.matcher(Digits.fold(text));
        while (m.find()) {
            String symbol = m.group();
            int end = m.end();
            while (symbol.endsWith(".") || symbol.endsWith("-")) {
                symbol = symbol.substring(0, symbol.length() - 1);
                end--;
            }
            if (symbol.chars().noneMatch(Character::isDigit)) continue;
            out.computeIfAbsent(symbol, k -> new ArrayList<>()).add(new Span(m.start(), end));
        }
        return out;
    }
}
