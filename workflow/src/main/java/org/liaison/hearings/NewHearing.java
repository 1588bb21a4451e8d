package org.liaison.hearings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A hearing to schedule; {@code caseReference} is optional (blank: no case). */
public record NewHearing(
    @NotBlank(message = "{liaison.hearing.title.required}")
    @Size(max = 200, message = "{liaison.hearing.title.tooLong}") String title,
    @NotBlank(message = "{liaison.hearing.court.required}")
    @Size(max = 200, message = "{liaison.hearing.court.tooLong}") String court,
    @NotNull(message = "{liaison.hearing.date.required}") Instant hearingAt,
    String caseReference) {}
