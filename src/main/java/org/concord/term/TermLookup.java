package org.concord.term;

import java.util.List;

/** Finds concepts by any of their terms; {@code lang} may be null for "any language". */
@FunctionalInterface
public interface TermLookup {
    List<LookupHit> lookup(String query, String lang, int limit);
}
