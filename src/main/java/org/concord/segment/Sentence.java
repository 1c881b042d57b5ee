package org.concord.segment;

/**
 * One sentence of a document: its paragraph (0-based), its index inside that paragraph (0-based), the character
 * offsets of its first and one-past-last characters in the text it was cut from, and its normalised text.
 */
public record Sentence(int paragraph, int index, int start, int end, String text) {}
