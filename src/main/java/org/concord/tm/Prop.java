package org.concord.tm;

/** A TMX property kept with a unit or variant. */
public record Prop(String type, String value) {}
