package org.liaison.hrr;

import java.time.Instant;
import java.util.UUID;

/** A member organisation's input to one cycle. */
public record HrrSubmission(UUID organisationId, String organisationName, String text, String recordedBy,
    Instant recordedAt) {}
