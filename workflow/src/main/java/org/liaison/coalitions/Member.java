package org.liaison.coalitions;

import java.util.Set;
import org.liaison.tenancy.Role;

/** A person of the coalition with their roles; name and e-mail are blank for a username Liaison has no person for. */
public record Member(String username, String displayName, String email, Set<Role> roles) {

  public Member {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
