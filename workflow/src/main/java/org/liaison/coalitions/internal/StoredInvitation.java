package org.liaison.coalitions.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.liaison.tenancy.Role;

/** An invitation row. */
public record StoredInvitation(UUID id, String tenantId, String email, Set<Role> roles, String invitedBy,
    Instant createdAt, Instant sentAt, int sends, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {

  public boolean pendingAt(Instant now) {
    return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
  }
}
