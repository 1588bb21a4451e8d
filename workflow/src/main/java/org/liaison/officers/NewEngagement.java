package org.liaison.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** One touch with an officer to record; {@code caseId} null when it belongs to no case. */
public record NewEngagement(
    @NotNull(message = "{liaison.engagement.officer.required}") UUID officerId,
    UUID caseId,
    @NotNull(message = "{liaison.engagement.kind.required}") EngagementKind kind,
    @NotBlank(message = "{liaison.engagement.summary.required}")
    @Size(max = 4000, message = "{liaison.engagement.summary.tooLong}") String summary,
    @NotNull(message = "{liaison.engagement.date.required}")
    @PastOrPresent(message = "{liaison.engagement.date.future}") LocalDate occurredOn) {}
