package org.liaison.officers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded touch with an officer; {@code handedOverFrom} is the predecessor it was actually with, when
 * the officer took it over in a hand-over.
 */
public record Engagement(UUID id, UUID officerId, UUID caseId, EngagementKind kind, String summary,
    LocalDate occurredOn, String outcome, String recordedBy, Instant recordedAt, UUID handedOverFrom) {}
