package org.liaison.officers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An officer leaves their post: the date, and the successor who takes the relationship over, either
 * an officer already recorded ({@code successorId}) or a new one ({@code newSuccessor}), not both.
 */
public record Handover(
    @NotNull(message = "{liaison.handover.leavingOn.required}") LocalDate leavingOn,
    UUID successorId,
    @Valid NewOfficer newSuccessor) {}
