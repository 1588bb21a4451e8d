package org.liaison.convenings;

import java.time.Instant;
import java.util.UUID;

/**
 * One invitation of a convening.
 *
 * @param invitedAt when the invitation mail was queued; null until the format is agreed
 * @param respondedAt when the RSVP was recorded; null while pending
 */
public record Invitation(UUID id, String inviteeName, String email, Rsvp rsvp, Instant respondedAt, Instant invitedAt) {

  public boolean sent() {
    return invitedAt != null;
  }
}
