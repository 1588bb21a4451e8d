package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.mail.Outbox;
import org.liaison.mail.SentMail;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.RowSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Need to know on defender records: member / coordinator / coordinator breaking the glass / focal point
 * / the other coalition's focal point × read / change, with the exact audit rows; focal points told of a
 * break-glass by mail (reference only); the audit append-only for the application and its hash chain
 * reporting a row edited or removed by the database owner.
 */
class DefenderAccessIT extends DatabaseIT {

  static final String NAME = "Ximena Quispe Mamani";

  @Autowired DefenderService defenders;
  @Autowired DefenderAuditVerifier verifier;
  @Autowired Accounts accounts;
  @Autowired Outbox outbox;
  @Autowired JdbcClient jdbc;
  @Autowired RowSecurity rowSecurity;
  @Autowired TransactionTemplate transactions;

  Actor focalPoint;
  Actor otherFocalPoint;
  Actor coordinator;
  Actor member;

  @BeforeEach
  void people() {
    DefenderFixture.focalPoint(accounts, memberships, coalitions.a.id(), "sec-a");
    DefenderFixture.focalPoint(accounts, memberships, coalitions.a.id(), "sec-a2");
    DefenderFixture.focalPoint(accounts, memberships, coalitions.b.id(), "sec-b");
    focalPoint = memberships.actorFor("sec-a", coalitions.a.id());
    otherFocalPoint = memberships.actorFor("sec-b", coalitions.b.id());
    coordinator = coalitions.coordinatorA();
    member = coalitions.memberA();
  }

  Defender reported() {
    return as(focalPoint, () -> defenders.report(new NewDefender("Condor", "BO", RiskLevel.HIGH, NAME,
        "Community radio, El Alto", "Signal +591 700 000", "Beaten at a protest, threatened since")));
  }

  static final IdentityChange CHANGE = new IdentityChange(NAME, "Moved to La Paz", "Signal +591 700 001", "Moved");

  @Test
  void each_role_reads_and_changes_what_it_needs_to_know_and_the_audit_rows_are_exact() {
    Defender d = reported();
    String ref = d.reference();

    // member: that a record exists; no change
    assertThat(as(member, () -> defenders.get(ref))).satisfies(seen -> {
      assertThat(seen.access()).isEqualTo(DefenderAccess.EXISTS_ONLY);
      assertThat(seen.identity()).isNull();
      assertThat(seen.pseudonym()).isNull();
    });
    assertThatThrownBy(() -> as(member, () -> defenders.changeIdentity(ref, CHANGE))).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(member, () -> defenders.breakGlass(ref, "curious"))).isInstanceOf(NotAllowedException.class);

    // coordinator: restricted; no change; no break-glass without a reason
    assertThat(as(coordinator, () -> defenders.get(ref))).satisfies(seen -> {
      assertThat(seen.access()).isEqualTo(DefenderAccess.RESTRICTED);
      assertThat(seen.identity()).isNull();
      assertThat(seen.riskSummary()).isNull();
      assertThat(seen.pseudonym()).isEqualTo("Condor");
    });
    assertThatThrownBy(() -> as(coordinator, () -> defenders.changeIdentity(ref, CHANGE))).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coordinator, () -> defenders.breakGlass(ref, "  ")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsEntry("reason",
            "Say why you need to see who the defender is: the focal points read your reason."));
    assertThatThrownBy(() -> as(coordinator, () -> defenders.auditTrail(ref))).isInstanceOf(NotAllowedException.class);

    // coordinator breaking the glass: reads, with the reason audited; change still refused
    Defender broken = as(coordinator, () -> defenders.breakGlass(ref, "Embassy needs the name for a visa today"));
    assertThat(broken.access()).isEqualTo(DefenderAccess.BROKE_THE_GLASS);
    assertThat(broken.identity().name()).isEqualTo(NAME);
    assertThat(as(coordinator, () -> defenders.get(ref)).identity()).as("the glass is broken for one read").isNull();

    // focal point: reads and changes
    assertThat(as(focalPoint, () -> defenders.get(ref)).identity().location()).isEqualTo("Community radio, El Alto");
    assertThat(as(focalPoint, () -> defenders.changeIdentity(ref, CHANGE)).identity().location()).isEqualTo("Moved to La Paz");

    // the other coalition's focal point: not found, whatever it tries
    assertThatThrownBy(() -> as(otherFocalPoint, () -> defenders.get(ref))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherFocalPoint, () -> defenders.changeIdentity(ref, CHANGE))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherFocalPoint, () -> defenders.breakGlass(ref, "why not"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherFocalPoint, () -> defenders.erase(ref))).isInstanceOf(NotFoundException.class);
    assertThat(as(otherFocalPoint, () -> defenders.list())).isEmpty();

    assertThat(as(focalPoint, () -> defenders.auditTrail(ref)))
        .extracting(AuditEntry::seq, AuditEntry::actor, AuditEntry::action, AuditEntry::reason)
        .containsExactly(
            tuple(1L, "sec-a", AuditAction.REPORTED, null),
            tuple(2L, "coordA", AuditAction.BROKE_THE_GLASS, "Embassy needs the name for a visa today"),
            tuple(3L, "sec-a", AuditAction.READ, null),
            tuple(4L, "sec-a", AuditAction.CHANGED, null));
    assertThat(verifier.verify(coalitions.a.id())).isEmpty();
  }

  @Test
  void only_a_focal_point_of_the_coalition_exports_a_record_and_every_export_is_audited() {
    Defender d = reported();
    String ref = d.reference();

    // member, coordinator, coordinator who broke the glass: refused, nothing audited for them
    assertThatThrownBy(() -> as(member, () -> defenders.export(ref))).isInstanceOf(NotAllowedException.class)
        .hasMessage("Only the coalition's security focal points can export a defender record");
    assertThatThrownBy(() -> as(coordinator, () -> defenders.export(ref))).isInstanceOf(NotAllowedException.class);
    as(coordinator, () -> defenders.breakGlass(ref, "The lawyer needs the contact now"));
    assertThatThrownBy(() -> as(coordinator, () -> defenders.export(ref))).as("the glass opens one read, not a copy")
        .isInstanceOf(NotAllowedException.class);
    // the other coalition's focal point: not found
    assertThatThrownBy(() -> as(otherFocalPoint, () -> defenders.export(ref))).isInstanceOf(NotFoundException.class);

    // the focal point: a file with the reference, identity and history, this export in it
    DefenderExport export = as(focalPoint, () -> defenders.export(ref));
    assertThat(export.filename()).isEqualTo(ref + ".json");
    assertThat(export.text()).contains("\"reference\" : \"" + ref + "\"").contains("\"name\" : \"" + NAME + "\"")
        .contains("Community radio, El Alto").contains("Signal +591 700 000").contains("Beaten at a protest")
        .contains("\"action\" : \"BROKE_THE_GLASS\"").contains("The lawyer needs the contact now")
        .contains("\"action\" : \"EXPORTED\"").contains("\"pseudonym\" : \"Condor\"");
    assertThat(export.toString()).doesNotContain(NAME).doesNotContain("El Alto");
    as(focalPoint, () -> defenders.export(ref));

    assertThat(as(focalPoint, () -> defenders.auditTrail(ref)))
        .extracting(AuditEntry::seq, AuditEntry::actor, AuditEntry::action, AuditEntry::reason)
        .containsExactly(
            tuple(1L, "sec-a", AuditAction.REPORTED, null),
            tuple(2L, "coordA", AuditAction.BROKE_THE_GLASS, "The lawyer needs the contact now"),
            tuple(3L, "sec-a", AuditAction.EXPORTED, null),
            tuple(4L, "sec-a", AuditAction.EXPORTED, null));
    assertThat(as(otherFocalPoint, () -> defenders.list())).isEmpty();
    assertThat(verifier.verify(coalitions.a.id())).isEmpty();

    // an erased record exports its reference and history, nothing of who the defender was
    as(focalPoint, () -> defenders.erase(ref));
    DefenderExport afterErasure = as(focalPoint, () -> defenders.export(ref));
    assertThat(afterErasure.text()).contains(ref).contains("\"action\" : \"ERASED\"")
        .doesNotContain(NAME).doesNotContain("El Alto").doesNotContain("Condor");
    as(focalPoint, () -> defenders.get(ref));
    assertThat(as(focalPoint, () -> defenders.auditTrail(ref))).extracting(AuditEntry::action)
        .as("opening an erased record reads nothing: no READ row")
        .containsExactly(AuditAction.REPORTED, AuditAction.BROKE_THE_GLASS, AuditAction.EXPORTED, AuditAction.EXPORTED,
            AuditAction.ERASED, AuditAction.EXPORTED);
  }

  @Test
  void every_focal_point_is_told_of_a_break_glass_by_mail_with_the_reference_only() {
    Defender d = reported();
    as(coordinator, () -> defenders.breakGlass(d.reference(), "Embassy needs the name for a visa today"));

    List<SentMail> mail = as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT));
    assertThat(mail).filteredOn(m -> m.subject().startsWith("Break-glass")).singleElement().satisfies(m -> {
      assertThat(m.to()).containsExactlyInAnyOrder("sec-a@security.example", "sec-a2@security.example");
      assertThat(m.subject()).isEqualTo("Break-glass read of defender record " + d.reference());
      assertThat(m.body()).contains("coordA").contains(d.reference())
          .doesNotContain("Ximena").doesNotContain("El Alto").doesNotContain("visa").doesNotContain("Condor");
    });
  }

  @Test
  void the_application_cannot_edit_or_delete_audit_rows() {
    Defender d = reported();
    for (String sql : List.of("update app.defender_audit set reason = 'x' where tenant_id = :t",
        "delete from app.defender_audit where tenant_id = :t")) {
      assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
        rowSecurity.bindTenant(coalitions.a.id());
        jdbc.sql(sql).param("t", coalitions.a.id()).update();
      })).as(sql).rootCause().hasMessageContaining("permission denied for table defender_audit");
    }
    assertThat(as(focalPoint, () -> defenders.auditTrail(d.reference()))).hasSize(1);
  }

  @Test
  void a_row_edited_or_removed_by_the_database_owner_is_reported_by_the_verify_command() throws SQLException {
    Defender d = reported();
    for (int i = 0; i < 4; i++) {
      as(focalPoint, () -> defenders.get(d.reference()));
    }
    String tenant = coalitions.a.id();
    assertThat(verifier.verify(tenant)).isEmpty();

    try (Connection owner = DefenderFixture.owner(database()); Statement st = owner.createStatement()) {
      st.executeUpdate("update app.defender_audit set actor = 'someone-else' where tenant_id = '" + tenant + "' and seq = 2");
    }
    assertThat(verifier.verify(tenant)).containsExactly(
        new AuditChainBreak(tenant, 2, "its content does not match its hash (edited)"));

    try (Connection owner = DefenderFixture.owner(database()); Statement st = owner.createStatement()) {
      st.executeUpdate("update app.defender_audit set actor = 'sec-a' where tenant_id = '" + tenant + "' and seq = 2");
      st.executeUpdate("delete from app.defender_audit where tenant_id = '" + tenant + "' and seq = 4");
    }
    assertThat(verifier.verify(tenant)).containsExactly(
        new AuditChainBreak(tenant, 5, "rows 4 to 4 are missing (removed)"),
        new AuditChainBreak(tenant, 5, "does not follow the row before it (a row was removed or edited)"));
    assertThat(verifier.verify(coalitions.b.id())).as("other coalitions' chains are their own").isEmpty();
    assertThat(verifier.verifyAll()).contains(new AuditChainBreak(tenant, 5, "rows 4 to 4 are missing (removed)"));
  }
}
