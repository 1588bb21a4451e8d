package org.liaison.coalitions;

import java.time.Instant;
import java.util.Set;
import org.liaison.tenancy.Role;

/**
 * Why the signed-in person's access to a coalition differs from what an open page was showing: they
 * were removed, their roles changed, or the coalition was suspended; {@link Kind#NONE} when nothing
 * about them changed there (e.g. another tab switched coalition).
 *
 * @param roles their roles there now (empty when removed or suspended)
 */
public record AccessChange(String coalitionName, Kind kind, String by, Instant at, String reason, Set<Role> roles) {

  public enum Kind {
    REMOVED,
    ROLES_CHANGED,
    SUSPENDED,
    NONE
  }

  public AccessChange {
    roles = Set.copyOf(roles);
  }
}
