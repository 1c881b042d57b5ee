package org.concord.read;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a document's metadata names its UN document symbol, for the commands that file or match by symbol. */
public final class DocumentSymbols {
    private static final Pattern UN_SYMBOL = Pattern.compile("[A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+");

    private DocumentSymbols() {}

    /** The "symbol" of the front matter (or of an official file's running head), or null. */
    public static String declared(Map<String, String> metadata) {
        String symbol = metadata.get("symbol");
        return symbol == null ? null : symbol.strip();
    }

    /** The UN symbol that opens the front matter's "official-record" entry ("S/PV.7900 (…)"), or null. */
    public static String ofOfficialRecord(Map<String, String> metadata) {
        String record = metadata.get("official-record");
        if (record == null) return null;
        Matcher m = UN_SYMBOL.matcher(record.strip());
        return m.lookingAt() ? m.group() : null;
    }
}
