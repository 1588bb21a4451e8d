package org.liaison.hrr;

import java.time.Instant;
import java.util.UUID;

/**
 * One year's input for one country: the dates its timers fire on, the compiled text, where it was
 * submitted and the embassy's acknowledgement.
 */
public record HrrCycle(
    UUID id,
    String reference,
    UUID calendarId,
    String country,
    int year,
    Instant opensAt,
    Instant reminderAt,
    Instant submissionDeadline,
    Instant nextCycleOpens,
    CycleStatus status,
    String compiledText,
    Instant compiledAt,
    String compiledBy,
    Instant submittedAt,
    String submittedTo,
    Instant acknowledgedAt,
    String acknowledgedBy,
    String acknowledgement) {}
