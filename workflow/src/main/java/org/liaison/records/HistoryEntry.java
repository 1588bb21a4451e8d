package org.liaison.records;

import java.time.Instant;

/** One change of one field of a record: who, when, which field, from what to what (null: empty). */
public record HistoryEntry(Instant at, String by, String field, String oldValue, String newValue) {}
