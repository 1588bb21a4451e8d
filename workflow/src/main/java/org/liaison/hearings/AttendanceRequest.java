package org.liaison.hearings;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** The officers asked to attend the hearing, and what was said to them (optional). */
public record AttendanceRequest(
    @NotEmpty(message = "{liaison.hearing.officers.required}") Set<UUID> officerIds,
    @Size(max = 2000, message = "{liaison.hearing.note.tooLong}") String note) {

  public AttendanceRequest {
    officerIds = officerIds == null ? Set.of() : Set.copyOf(officerIds);
  }
}
