package org.liaison.hearings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** Who of the officers asked attended the hearing, and what was observed. */
public record Observation(
    Set<UUID> attendedOfficerIds,
    @NotBlank(message = "{liaison.hearing.observation.required}")
    @Size(max = 4000, message = "{liaison.hearing.observation.tooLong}") String observation) {

  public Observation {
    attendedOfficerIds = attendedOfficerIds == null ? Set.of() : Set.copyOf(attendedOfficerIds);
  }
}
