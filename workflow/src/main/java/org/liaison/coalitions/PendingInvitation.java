package org.liaison.coalitions;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.liaison.tenancy.Role;

/** An invitation not yet accepted, revoked or expired; {@code sends} counts the first mail and each resend. */
public record PendingInvitation(UUID id, String email, Set<Role> roles, String invitedBy, Instant sentAt,
    Instant expiresAt, int sends) {

  public PendingInvitation {
    roles = Set.copyOf(roles);
  }
}
