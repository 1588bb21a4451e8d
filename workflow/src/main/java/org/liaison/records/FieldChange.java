package org.liaison.records;

/** One field of a record that changed, as text: {@code old} or {@code now} null when empty. */
public record FieldChange(String field, String old, String now) {}
