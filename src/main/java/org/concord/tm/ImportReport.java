package org.concord.tm;

import java.util.List;

/** What an import or an add did: units read, added, replaced, skipped as duplicates, and warnings (file:line:col). */
public record ImportReport(int read, int added, int replaced, int unchanged, int skipped, List<String> warnings) {}
