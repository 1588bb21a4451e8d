package org.liaison.officers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A next step agreed in an engagement: what, who does it (a user name of the coalition) and by when;
 * {@code doneAt} is null while it is open.
 */
public record NextStep(UUID id, UUID engagementId, String description, String owner, LocalDate dueOn,
    Instant doneAt, String doneBy, String doneNote) {

  public boolean done() {
    return doneAt != null;
  }
}
