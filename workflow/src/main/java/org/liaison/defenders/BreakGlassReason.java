package org.liaison.defenders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a coordinator needs to read a defender's protected fields; the focal points read it in the audit trail. */
public record BreakGlassReason(
    @NotBlank(message = "{liaison.defender.reason.required}")
    @Size(max = 500, message = "{liaison.defender.reason.tooLong}") String reason) {}
