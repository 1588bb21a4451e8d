package org.liaison.coalitions;

import java.time.Instant;
import java.util.Set;
import org.liaison.tenancy.Role;

/**
 * What the invitation page shows about a link: its state and, unless it is {@link InvitationState#INVALID}
 * (unknown, altered, or another coalition's), the coalition, the invited address and the roles.
 */
public record InvitationDetails(InvitationState state, String coalitionId, String coalitionName, String email,
    Set<Role> roles, Instant expiresAt) {

  public InvitationDetails {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  static InvitationDetails invalid() {
    return new InvitationDetails(InvitationState.INVALID, null, null, null, Set.of(), null);
  }
}
