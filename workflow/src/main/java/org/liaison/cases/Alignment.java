package org.liaison.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/**
 * The owner's alignment of a case: the embassy priorities it serves (may be none) and the officers
 * the outreach goes to (at least one, each with an e-mail address).
 */
public record Alignment(
    @NotNull Set<UUID> priorityIds,
    @NotNull(message = "{liaison.alignment.officers.required}")
    @Size(min = 1, message = "{liaison.alignment.officers.required}") Set<UUID> officerIds,
    @Size(max = 4000, message = "{liaison.step.note.tooLong}") String note) {}
