package org.liaison.steps;

import java.time.Instant;

/** One completed step of a record's lifecycle, as its journal shows it. */
public record StepRecord(Instant at, String by, String processKey, String taskName, String note, Boolean decision) {}
