package org.concord.tm;

/** What filing one document's aligned units did: units added, changed, left as they were, and removed as stale. */
public record DocumentFiling(int added, int changed, int unchanged, int removed) {}
