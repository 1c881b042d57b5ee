package org.concord.read;

/** What a removed piece of page layout was. */
public enum LayoutKind {
    RUNNING_HEAD("running head"),
    PAGE_FOOTER("page footer"),
    PAGE_NUMBER("page number"),
    JOB_NUMBER("job number"),
    BARCODE("barcode"),
    RECYCLE_NOTICE("recycle notice"),
    FOOTNOTE_MARK("footnote mark");

    private final String label;

    LayoutKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
