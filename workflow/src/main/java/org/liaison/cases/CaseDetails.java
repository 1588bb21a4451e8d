package org.liaison.cases;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A case as its workspace shows it; urgency is null until routed, outcome until closed; {@code version}
 * goes back with an edit ({@link CaseService#edit}).
 */
public record CaseDetails(
    UUID id,
    String reference,
    String title,
    String summary,
    String country,
    Set<Theme> themes,
    Severity severity,
    CaseStatus status,
    String owner,
    Instant createdAt,
    Instant updatedAt,
    Urgency urgency,
    String outcome,
    int version) {}
