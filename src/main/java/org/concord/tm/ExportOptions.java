package org.concord.tm;

import java.time.Instant;
import java.util.List;

/**
 * Which units an export writes: only these languages (empty: all; the first is the header's source language),
 * only this document (null: all), only units changed at or after {@code since} (null: all).
 */
public record ExportOptions(List<String> langs, String docSymbol, Instant since) {
    public static final ExportOptions ALL = new ExportOptions(List.of(), null, null);

    public ExportOptions {
        langs = List.copyOf(langs);
    }
}
