package org.liaison.defenders;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.testing.TestDatabase;

/** Security focal points with e-mail addresses for the tests' coalitions, and the owner's connection. */
final class DefenderFixture {

  private DefenderFixture() {}

  static void focalPoint(Accounts accounts, MembershipService memberships, String tenantId, String username) {
    accounts.ensurePerson(new Person(username, "Focal point " + username, username + "@security.example"), null);
    memberships.grant(tenantId, username, Set.of(Role.SECURITY));
  }

  /** A connection as the database owner (a superuser: it sees every coalition's rows), as a dump or an intruder would. */
  static Connection owner(TestDatabase db) throws SQLException {
    return DriverManager.getConnection(db.url(), db.username(), db.password());
  }
}
