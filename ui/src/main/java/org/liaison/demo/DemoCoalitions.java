package org.liaison.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.Role;

/** Who is in the demo: README lists the same people. */
final class DemoCoalitions {

  static final Coalition PRESS = new Coalition("press", "Press Freedom Coalition", "PFC");
  static final Coalition LABOR = new Coalition("labor", "Labor Rights Alliance", "LRA");

  record Person(String username, Map<Coalition, Set<Role>> roles) {}

  static final List<Person> PEOPLE = List.of(
      new Person("cora", Map.of(PRESS, Set.of(Role.COORDINATOR, Role.MEMBER))),
      new Person("milo", Map.of(PRESS, Set.of(Role.MEMBER))),
      // the press coalition's security focal point: the one who sees who an at-risk defender is
      new Person("sofia", Map.of(PRESS, Set.of(Role.SECURITY, Role.MEMBER))),
      new Person("lena", Map.of(LABOR, Set.of(Role.COORDINATOR, Role.MEMBER))),
      new Person("tomas", Map.of(LABOR, Set.of(Role.MEMBER))),
      new Person("sam", Map.of(PRESS, Set.of(Role.MEMBER), LABOR, Set.of(Role.COORDINATOR, Role.MEMBER))));

  private DemoCoalitions() {}
}
