package org.concord.read;

/** The document formats Concord reads. */
public enum Format {
    TEXT("plain text"),
    HTML("HTML"),
    DOCX("DOCX"),
    XLIFF("XLIFF 1.2"),
    XLIFF2("XLIFF 2"),
    PDF("PDF");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
