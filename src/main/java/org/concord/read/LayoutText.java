package org.concord.read;

/**
 * A piece of page layout removed before segmentation: the page it was on (1-based; 0 when the format has no pages,
 * as in a DOCX header part), what it is, and its text.
 */
public record LayoutText(int page, LayoutKind kind, String text) {}
