package org.liaison.defenders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.defenders.AuditChainBreak;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.NewDefender;
import org.liaison.defenders.RiskLevel;
import org.liaison.mail.Outbox;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled check: a broken defender audit chain is mailed to the platform admins, naming no record's content. */
class AuditChainCheckIT extends DatabaseIT {

  @Autowired AuditChainCheck check;
  @Autowired DefenderService defenders;
  @Autowired Accounts accounts;
  @Autowired Outbox outbox;

  @Test
  void a_broken_chain_is_mailed_to_the_platform_admins() throws Exception {
    accounts.ensurePerson(new Person("audit-admin", "Platform admin", "admin@platform.example"), null);
    accounts.grantPlatformAdmin("audit-admin", "test");
    accounts.ensurePerson(new Person("sec-check", "Focal point", "sec-check@security.example"), null);
    memberships.grant(coalitions.a.id(), "sec-check", Set.of(Role.SECURITY));
    Actor security = memberships.actorFor("sec-check", coalitions.a.id());
    String ref = as(security, () -> defenders.report(new NewDefender("Ibis", "KE", RiskLevel.HIGH, "Secret Name",
        null, null, null))).reference();
    as(security, () -> defenders.get(ref));
    as(security, () -> defenders.get(ref));

    try (Connection owner = DriverManager.getConnection(database().url(), database().username(), database().password());
        Statement st = owner.createStatement()) {
      st.executeUpdate("delete from app.defender_audit where tenant_id = '" + coalitions.a.id() + "' and seq = 2");
    }

    assertThat(check.check()).contains(new AuditChainBreak(coalitions.a.id(), 3, "rows 2 to 2 are missing (removed)"));
    assertThat(outbox.platformRecent(Outbox.MAX_RECENT))
        .filteredOn(m -> m.subject().equals("ALERT: the defender audit chain does not verify"))
        .isNotEmpty()
        .allSatisfy(m -> {
          assertThat(m.to()).contains("admin@platform.example");
          assertThat(m.body()).doesNotContain("Secret Name").doesNotContain("Ibis");
        })
        .anySatisfy(m -> assertThat(m.body()).contains(coalitions.a.id() + " row 3: rows 2 to 2 are missing (removed)"));
  }
}
