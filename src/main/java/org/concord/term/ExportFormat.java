package org.concord.term;

/** Export formats: TBX-Basic v3, TBX 2008 (martif, what OmegaT reads), multilingual CSV. */
public enum ExportFormat {
    TBX, TBX2008, CSV
}
