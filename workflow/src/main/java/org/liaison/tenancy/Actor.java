package org.liaison.tenancy;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.liaison.processes.TenantGroups;

/** Who is acting, for which coalition, with which roles there. */
public record Actor(String username, String tenantId, Set<Role> roles) {

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(tenantId, "tenantId");
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Engine candidate groups of this actor: {@code <tenant>:<role>} for each role. */
  public List<String> engineGroups() {
    return roles.stream().sorted().map(r -> TenantGroups.of(tenantId, r.key())).toList();
  }
}
