package org.liaison.tenancy;

import java.util.Set;

/** One user's membership in one coalition. */
public record Membership(Coalition coalition, Set<Role> roles) {

  public Membership {
    roles = Set.copyOf(roles);
  }

  public Actor actor(String username) {
    return new Actor(username, coalition.id(), roles);
  }
}
