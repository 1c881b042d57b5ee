package org.concord.prepare;

import java.time.Instant;
import org.concord.tm.Origin;

/**
 * A memory unit offered for a segment: its similarity in percent, its source and target text, the document it was
 * filed under (may be null), where it came from (aligner, TMX import, translator; null when not looked up, as for fuzzy matches), and who changed it last and when.
 */
public record MemoryMatch(long unitId, int percent, String source, String target, String docSymbol, Origin origin,
                          String changedBy, Instant changed) {

    /** What a CAT tool shows as the match's origin: "S/PV.7900, confirmed by anna". */
    public String describe() {
        String doc = docSymbol != null ? docSymbol : "memory unit " + unitId;
        if (origin == null) return doc;
        return switch (origin) {
            case CONFIRMED -> doc + ", confirmed by " + changedBy;
            case ALIGNED -> doc + ", aligned";
            case IMPORTED -> doc + ", imported";
        };
    }
}
