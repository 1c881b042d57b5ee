package org.concord.tm;

/**
 * What an import does with a unit the memory already holds (same tuid, or without tuid the same source text):
 * keep the stored one, store both, or overwrite the stored one.
 */
public enum OnDuplicate { SKIP, KEEP, REPLACE }
