package org.liaison.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A coordinator's triage: the confirmed severity and an optional note for the drafter. */
public record Triage(
    @NotNull(message = "{liaison.case.severity.required}")
    Severity severity,
    @Size(max = CaseLimits.TRIAGE_NOTE, message = "{liaison.triage.note.tooLong}")
    String note) {}
