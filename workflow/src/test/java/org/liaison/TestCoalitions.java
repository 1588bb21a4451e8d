package org.liaison;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;

/**
 * Two fresh coalitions per test class, so test classes sharing one database never see each other's
 * data: in A, a coordinator and a member; in B, a coordinator; and one person in both, member in A
 * and coordinator in B.
 */
public final class TestCoalitions {

  public final Coalition a;
  public final Coalition b;
  private final MembershipService memberships;

  public TestCoalitions(MembershipService memberships) {
    this.memberships = memberships;
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    a = new Coalition("a-" + suffix, "Coalition A " + suffix, ("A" + suffix).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "0"));
    b = new Coalition("b-" + suffix, "Coalition B " + suffix, ("B" + suffix).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "0"));
    memberships.ensureCoalition(a);
    memberships.ensureCoalition(b);
    memberships.grant(a.id(), "coordA", Set.of(Role.COORDINATOR, Role.MEMBER));
    memberships.grant(a.id(), "coordA2", Set.of(Role.COORDINATOR));
    memberships.grant(a.id(), "memberA", Set.of(Role.MEMBER));
    memberships.grant(b.id(), "coordB", Set.of(Role.COORDINATOR));
    memberships.grant(a.id(), "both", Set.of(Role.MEMBER));
    memberships.grant(b.id(), "both", Set.of(Role.COORDINATOR));
  }

  public Actor coordinatorA() {
    return memberships.actorFor("coordA", a.id());
  }

  public Actor secondCoordinatorA() {
    return memberships.actorFor("coordA2", a.id());
  }

  public Actor memberA() {
    return memberships.actorFor("memberA", a.id());
  }

  public Actor coordinatorB() {
    return memberships.actorFor("coordB", b.id());
  }

  public Actor bothInA() {
    return memberships.actorFor("both", a.id());
  }

  public Actor bothInB() {
    return memberships.actorFor("both", b.id());
  }
}
