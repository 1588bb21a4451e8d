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
import java.nio.file.Files;
import java.nio.file.Path;
import org.liaison.defenders.AuditChainBreak;
import org.liaison.defenders.DefenderAuditVerifier;
import org.liaison.testing.TestDatabase;
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
  @Autowired DefenderAuditVerifier verifier;
  @Autowired AuditAnchors anchors;

  @Test
  void a_chain_whose_last_rows_were_removed_is_shorter_than_its_anchor_and_reported() throws Exception {
    accounts.ensurePerson(new Person("sec-anchor", "Focal point", "sec-anchor@security.example"), null);
    memberships.grant(coalitions.a.id(), "sec-anchor", Set.of(Role.SECURITY));
    Actor security = memberships.actorFor("sec-anchor", coalitions.a.id());
    String tenant = coalitions.a.id();
    String ref = as(security, () -> defenders.report(new NewDefender("Egret", "KE", RiskLevel.HIGH, "Anchor Name",
        null, null, null))).reference();
    for (int i = 0; i < 3; i++) {
      as(security, () -> defenders.get(ref));
    }
    // each committed row raised the anchor, outside the database
    assertThat(anchors.file()).hasValueSatisfying(f -> assertThat(f).startsWith(TestDatabase.masterKeyFile().getParent()));
    assertThat(anchors.read().heads()).containsEntry(tenant, new AuditAnchors.Head(4, hashOf(tenant, 4)));
    assertThat(verifier.verify(tenant)).isEmpty();

    // the database owner removes the last two rows: what is left is a valid chain of two rows
    owner("delete from app.defender_audit where tenant_id = '" + tenant + "' and seq > 2");
    AuditChainBreak shorter = new AuditChainBreak(tenant, 2, "the chain ends at row 2, but its anchor outside the "
        + "database says it had 4 rows (rows removed from its end)");
    assertThat(verifier.verify(tenant)).containsExactly(shorter);
    assertThat(check.check()).contains(shorter);
    assertThat(outbox.platformRecent(Outbox.MAX_RECENT)).as("the platform admins are told (if there is one with mail)")
        .filteredOn(m -> m.body().contains(tenant + " row 2: the chain ends at row 2")).allSatisfy(m ->
            assertThat(m.body()).doesNotContain("Anchor Name").doesNotContain("Egret"));

    // the application goes on appending: the anchor stays where it was, and the new rows do not hide the cut
    for (int i = 0; i < 3; i++) {
      as(security, () -> defenders.get(ref));
    }
    assertThat(anchors.read().heads().get(tenant).seq()).isEqualTo(4);
    assertThat(verifier.verify(tenant)).containsExactly(new AuditChainBreak(tenant, 4,
        "does not match the hash its anchor outside the database holds (the chain was replaced from that row on)"));
  }

  @Test
  void an_anchor_file_edited_without_the_master_key_is_reported_and_left_as_evidence() throws Exception {
    accounts.ensurePerson(new Person("sec-anchor2", "Focal point", "sec-anchor2@security.example"), null);
    memberships.grant(coalitions.a.id(), "sec-anchor2", Set.of(Role.SECURITY));
    Actor security = memberships.actorFor("sec-anchor2", coalitions.a.id());
    String tenant = coalitions.a.id();
    String ref = as(security, () -> defenders.report(new NewDefender("Plover", "KE", RiskLevel.LOW, null, null, null,
        null))).reference();
    as(security, () -> defenders.get(ref));
    Path file = anchors.file().orElseThrow();
    String before = Files.readString(file);
    String head = "head " + tenant + " 2 " + hashOf(tenant, 2);
    assertThat(before).contains(head);
    try {
      // someone cuts the chain to one row and lowers its anchor to match, without the master key
      owner("delete from app.defender_audit where tenant_id = '" + tenant + "' and seq > 1");
      Files.writeString(file, before.replace(head, "head " + tenant + " 1 " + hashOf(tenant, 1)));
      assertThat(verifier.verify(tenant)).singleElement().satisfies(b -> assertThat(b.problem())
          .startsWith("cannot be checked against its anchor: the anchor file " + file)
          .endsWith("its MAC does not verify (edited by someone without the master key)"));
      String edited = Files.readString(file);
      as(security, () -> defenders.get(ref));
      assertThat(Files.readString(file)).as("an anchor file that does not verify is not rewritten").isEqualTo(edited);
    } finally {
      Files.writeString(file, before); // the file is shared by the other tests on this database
    }
  }

  private String hashOf(String tenant, long seq) throws Exception {
    try (Connection owner = DriverManager.getConnection(database().url(), database().username(), database().password());
        Statement st = owner.createStatement();
        java.sql.ResultSet rs = st.executeQuery("select hash from app.defender_audit where tenant_id = '" + tenant
            + "' and seq = " + seq)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void owner(String sql) throws Exception {
    try (Connection owner = DriverManager.getConnection(database().url(), database().username(), database().password());
        Statement st = owner.createStatement()) {
      st.executeUpdate(sql);
    }
  }

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
