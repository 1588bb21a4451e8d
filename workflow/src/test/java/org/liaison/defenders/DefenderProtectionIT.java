package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.keys.KeyVault;
import org.liaison.keys.Keys;
import org.liaison.keys.MasterKey;
import org.liaison.keys.MasterKeyRing;
import org.liaison.keys.UndecryptableException;
import org.liaison.keys.internal.KeyFileMasterKey;
import org.liaison.mail.Outbox;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Portfolio;
import org.liaison.processes.DefenderEmergencyProcess.Elements;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.RowSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Defender records at rest: the protected fields are ciphertext under a data key per record, wrapped by
 * the coalition's key, wrapped by the master key. A marker typed into every protected field is in no
 * column of any table (as a dump would show them) and in no mail, and a focal point reads it back;
 * ciphertext copied elsewhere does not decrypt; erasure destroys the key for good; keys rotate.
 */
class DefenderProtectionIT extends DatabaseIT {

  @Autowired DefenderService defenders;
  @Autowired Accounts accounts;
  @Autowired ContactService contacts;
  @Autowired InboxService inbox;
  @Autowired StepService steps;
  @Autowired Outbox outbox;
  @Autowired Keys keys;
  @Autowired MasterKeyRing masters;
  @Autowired JdbcClient jdbc;
  @Autowired RowSecurity rowSecurity;
  @Autowired TransactionTemplate transactions;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired Clock clock;

  Actor security;
  Actor securityB;
  Actor coordinator;
  String marker;

  @BeforeEach
  void focalPoints() {
    DefenderFixture.focalPoint(accounts, memberships, coalitions.a.id(), "sec-a");
    DefenderFixture.focalPoint(accounts, memberships, coalitions.b.id(), "sec-b");
    security = memberships.actorFor("sec-a", coalitions.a.id());
    securityB = memberships.actorFor("sec-b", coalitions.b.id());
    coordinator = coalitions.coordinatorA();
    marker = "Canary" + UUID.randomUUID().toString().replace("-", "");
  }

  NewDefender withMarker(String country) {
    return new NewDefender("Kestrel", country, RiskLevel.CRITICAL, marker + " name", marker + " location",
        marker + " contact", marker + " risk summary");
  }

  @Test
  void a_marker_in_every_protected_field_is_in_no_column_of_any_table_nor_in_mail_and_a_focal_point_reads_it() throws SQLException {
    as(coordinator, () -> {
      Embassy nairobi = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
      contacts.addOfficer(new NewOfficer(nairobi.id(), "Jane Doe", "Human rights officer", Portfolio.HUMAN_RIGHTS,
          "hro.nairobi@state.example", null));
    });
    Defender d = as(security, () -> defenders.report(withMarker("KE")));
    String assess = as(security, () -> inbox.tasks().stream().map(InboxItem::task)
        .filter(t -> d.reference().equals(t.businessKey()) && t.taskKey().equals(Elements.TASK_ASSESS_RISK))
        .findFirst().orElseThrow().id());
    as(security, () -> steps.complete(assess, new StepInput("Confirmed", true)));
    as(coordinator, () -> defenders.breakGlass(d.reference(), "The focal point is unreachable and the embassy asks"));

    assertThat(as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT)))
        .as("the embassy notice, the break-glass mail and the focal point's notice of the report")
        .hasSize(3).allSatisfy(m -> assertThat(m.subject() + m.body()).doesNotContain(marker))
        .anySatisfy(m -> assertThat(m.subject()).startsWith("Break-glass"))
        .anySatisfy(m -> assertThat(m.subject()).contains("A defender at risk was reported"));
    assertThat(columnsHolding(marker)).as("columns of the app and public schemas (ACT_* too) holding the marker")
        .isEmpty();
    assertThat(columnsHolding("Kestrel")).as("the scan finds what is stored in plain text").contains("app.defender.pseudonym");

    Defender read = as(security, () -> defenders.get(d.reference()));
    assertThat(read.identity()).isEqualTo(new DefenderIdentity(marker + " name", marker + " location", marker + " contact"));
    assertThat(read.riskSummary()).isEqualTo(marker + " risk summary");
  }

  @Test
  void ciphertext_copied_to_another_field_record_or_coalition_does_not_decrypt_and_nothing_of_it_is_shown() throws SQLException {
    Defender first = as(security, () -> defenders.report(withMarker("KE")));
    Defender second = as(security, () -> defenders.report(new NewDefender("Osprey", "KE", RiskLevel.LOW, "Other person",
        null, null, null)));
    Defender inB = as(securityB, () -> defenders.report(new NewDefender("Wren", "GT", RiskLevel.HIGH, "Person in B",
        null, null, null)));
    try (Connection owner = DefenderFixture.owner(database())) {
      copy(owner, "name_ct", first.id(), "name_ct", second.id());
      copy(owner, "name_ct", first.id(), "name_ct", inB.id());
    }
    assertThatThrownBy(() -> as(security, () -> defenders.get(second.reference())))
        .isInstanceOf(UndecryptableException.class)
        .hasMessageContaining("The protected fields of defender " + second.reference() + " do not decrypt, so none is shown")
        .hasMessageContaining("'name'")
        .hasMessageNotContaining(marker);
    assertThatThrownBy(() -> as(securityB, () -> defenders.get(inB.reference())))
        .isInstanceOf(UndecryptableException.class)
        .hasMessageContaining(inB.reference());

    // within one record, the field is bound too
    try (Connection owner = DefenderFixture.owner(database())) {
      copy(owner, "name_ct", first.id(), "contact_ct", first.id());
    }
    assertThatThrownBy(() -> as(security, () -> defenders.get(first.reference())))
        .isInstanceOf(UndecryptableException.class).hasMessageContaining("'contact'");

    // the data key copied along with the ciphertext is bound to its record as well
    try (Connection owner = DefenderFixture.owner(database())) {
      try (PreparedStatement st = owner.prepareStatement("""
          update app.data_key set wrapped_keyset = (select wrapped_keyset from app.data_key where record_id = ?)
           where record_id = ?""")) {
        st.setObject(1, first.id());
        st.setObject(2, second.id());
        assertThat(st.executeUpdate()).isOne();
      }
    }
    assertThatThrownBy(() -> as(security, () -> defenders.get(second.reference())))
        .isInstanceOf(UndecryptableException.class).hasMessageContaining("was not made for this record");

    // an altered key stops a rotation before it writes anything, but not an erasure of another record
    assertThatThrownBy(() -> inTenant(coalitions.a.id(), () -> keys.rotateCoalitionKey(coalitions.a.id())))
        .isInstanceOf(UndecryptableException.class).hasMessageContaining("was not rotated, nothing changed");
    assertThat(as(security, () -> defenders.erase(first.reference())).erased()).isTrue();
    assertThat(inTenant(coalitions.a.id(), () -> jdbc.sql("select count(*) from app.data_key where tenant_id = :t")
        .param("t", coalitions.a.id()).query(Long.class).single())).as("only the altered record's key is left").isOne();
    assertThat(inTenant(coalitions.a.id(), () -> jdbc.sql("select max(version) from app.coalition_key where tenant_id = :t")
        .param("t", coalitions.a.id()).query(Integer.class).single())).as("the coalition key was not rotated").isOne();
  }

  @Test
  void erasure_destroys_the_key_so_the_old_ciphertext_and_key_rows_put_back_do_not_decrypt_and_others_still_do() throws SQLException {
    Defender erased = as(security, () -> defenders.report(withMarker("KE")));
    Defender kept = as(security, () -> defenders.report(new NewDefender("Osprey", "KE", RiskLevel.LOW, "Kept person",
        "Kept place", null, "Kept summary")));
    Map<String, Object> keyRow;
    Map<String, Object> cipherRow;
    try (Connection owner = DefenderFixture.owner(database())) {
      keyRow = row(owner, "select * from app.data_key where record_id = ?", erased.id());
      cipherRow = row(owner, "select name_ct, location_ct, contact_ct, risk_summary_ct, pseudonym from app.defender where id = ?",
          erased.id());
    }
    assertThat(keyRow).isNotEmpty();

    Defender after = as(security, () -> defenders.erase(erased.reference()));
    assertThat(after.erased()).isTrue();
    assertThat(after.identity()).isNull();
    assertThat(after.pseudonym()).isNull();
    assertThat(after.reference()).isEqualTo(erased.reference());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(erased.reference())
        .tenantIdIn(coalitions.a.id()).count()).as("the lifecycle ends: nothing left to assess").isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(erased.reference())
        .tenantIdIn(coalitions.a.id()).singleResult()).as("its history keeps the reference")
        .satisfies(h -> assertThat(h.getDeleteReason()).isEqualTo("defender record erased"));
    assertThat(as(security, () -> inbox.tasks())).as("no step of the erased record waits in the inbox")
        .noneSatisfy(i -> assertThat(i.task().businessKey()).isEqualTo(erased.reference()));
    try (Connection owner = DefenderFixture.owner(database())) {
      assertThat(row(owner, "select * from app.data_key where record_id = ?", erased.id())).isEmpty();
      assertThat(row(owner, "select name_ct, location_ct, contact_ct, risk_summary_ct, pseudonym from app.defender where id = ?",
          erased.id())).containsOnlyKeys("name_ct", "location_ct", "contact_ct", "risk_summary_ct", "pseudonym")
          .allSatisfy((k, v) -> assertThat(v).as(k).isNull());
      assertThat(columnsHolding(marker)).isEmpty();

      // a restore of the record's rows: its key row (wrapped by the coalition key of then) and its ciphertext
      try (PreparedStatement st = owner.prepareStatement("""
          insert into app.data_key (tenant_id, record_id, coalition_key_version, wrapped_keyset, created_at)
          values (?, ?, (select max(version) from app.coalition_key where tenant_id = ?), ?, now())""")) {
        st.setString(1, coalitions.a.id());
        st.setObject(2, erased.id());
        st.setString(3, coalitions.a.id());
        st.setBytes(4, (byte[]) keyRow.get("wrapped_keyset"));
        st.executeUpdate();
      }
      try (PreparedStatement st = owner.prepareStatement("""
          update app.defender set erased_at = null, erased_by = null, pseudonym = ?, name_ct = ?, location_ct = ?,
                 contact_ct = ?, risk_summary_ct = ? where id = ?""")) {
        st.setString(1, (String) cipherRow.get("pseudonym"));
        st.setBytes(2, (byte[]) cipherRow.get("name_ct"));
        st.setBytes(3, (byte[]) cipherRow.get("location_ct"));
        st.setBytes(4, (byte[]) cipherRow.get("contact_ct"));
        st.setBytes(5, (byte[]) cipherRow.get("risk_summary_ct"));
        st.setObject(6, erased.id());
        st.executeUpdate();
      }
      try (Statement st = owner.createStatement();
          ResultSet rs = st.executeQuery("select count(*) from app.coalition_key where tenant_id = '" + coalitions.a.id() + "'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the coalition key of before the erasure is gone").isOne();
      }
    }
    assertThatThrownBy(() -> as(security, () -> defenders.get(erased.reference())))
        .isInstanceOf(UndecryptableException.class).hasMessageContaining(erased.reference());
    assertThat(as(security, () -> defenders.get(kept.reference())))
        .satisfies(k -> assertThat(k.identity().name()).isEqualTo("Kept person"))
        .satisfies(k -> assertThat(k.riskSummary()).isEqualTo("Kept summary"));
  }

  @Test
  void minimal_data_runs_the_lifecycle_and_a_focal_point_adds_the_identity_later() {
    Defender d = as(coordinator, () -> defenders.report(new NewDefender("Plover", "KE", RiskLevel.MEDIUM,
        null, " ", null, null)));
    assertThat(d.status()).isEqualTo(DefenderStatus.ASSESSING);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(d.reference())
        .tenantIdIn(coalitions.a.id()).count()).isOne();
    assertThat(as(security, () -> defenders.get(d.reference()))).satisfies(seen -> {
      assertThat(seen.identity()).isEqualTo(new DefenderIdentity(null, null, null));
      assertThat(seen.pseudonym()).isEqualTo("Plover");
    });

    Defender changed = as(security, () -> defenders.changeIdentity(d.reference(),
        new IdentityChange("Added later", "Somewhere safe", null, "Threats by phone")));
    assertThat(changed.identity()).isEqualTo(new DefenderIdentity("Added later", "Somewhere safe", null));
    assertThat(as(security, () -> defenders.get(d.reference())).riskSummary()).isEqualTo("Threats by phone");
  }

  @Test
  void rotating_the_coalition_key_and_the_master_key_leaves_every_record_readable_and_the_old_keys_unused() throws Exception {
    List<Defender> reported = new ArrayList<>();
    for (String name : List.of("One", "Two", "Three")) {
      reported.add(as(security, () -> defenders.report(new NewDefender("P" + name, "KE", RiskLevel.HIGH, name, null, null, null))));
    }
    String tenant = coalitions.a.id();
    assertThat(inTenant(tenant, () -> keys.rotateCoalitionKey(tenant))).isEqualTo(3);
    try (Connection owner = DefenderFixture.owner(database());
        Statement st = owner.createStatement();
        ResultSet rs = st.executeQuery("select version from app.coalition_key where tenant_id = '" + tenant + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("only the new version is left").isEqualTo(2);
      assertThat(rs.next()).isFalse();
    }
    for (Defender d : reported) {
      assertThat(as(security, () -> defenders.get(d.reference())).identity().name()).isNotBlank();
    }

    // a new master key: the old one still unwraps (retired) until everything is re-wrapped with the new one
    MasterKey next = KeyFileMasterKey.generate(java.nio.file.Files.createTempDirectory("next-master").resolve("k.json"));
    MasterKeyRing rotated = new MasterKeyRing(next, List.of(masters.current()));
    assertThat(inTenant(tenant, () -> KeyVault.on(jdbc, rotated, clock).rewrapCoalitionKeys(tenant))).isOne();
    assertThat(inTenant(tenant, () -> KeyVault.on(jdbc, rotated, clock).rewrapCoalitionKeys(tenant))).isZero();
    MasterKeyRing onlyNext = new MasterKeyRing(next, List.of());
    for (Defender d : reported) {
      assertThat(inTenant(tenant, () -> KeyVault.on(jdbc, onlyNext, clock).open(tenant, d.id())
          .decrypt("name", (byte[]) jdbc.sql("select name_ct from app.defender where id = :id").param("id", d.id())
              .query().singleValue()))).isIn("One", "Two", "Three");
    }
    assertThatThrownBy(() -> as(security, () -> defenders.get(reported.get(0).reference())))
        .as("the application's old master key alone no longer unwraps this coalition's key")
        .isInstanceOf(UndecryptableException.class).hasMessageContaining("not configured");
  }

  <T> T inTenant(String tenant, java.util.function.Supplier<T> work) {
    return transactions.execute(tx -> {
      rowSecurity.bindTenant(tenant);
      return work.get();
    });
  }

  /** Every column of every table in the app and public schemas whose value holds {@code text} (as a dump would show it). */
  List<String> columnsHolding(String text) throws SQLException {
    List<String> hits = new ArrayList<>();
    try (Connection owner = DefenderFixture.owner(database())) {
      List<String[]> columns = new ArrayList<>();
      try (Statement st = owner.createStatement(); ResultSet rs = st.executeQuery("""
          select c.table_schema, c.table_name, c.column_name, c.data_type
            from information_schema.columns c join information_schema.tables t
              on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
           where c.table_schema in ('app', 'public')
             and c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')""")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      assertThat(columns).as("the scan sees the engine's tables too").anyMatch(c -> c[1].equalsIgnoreCase("act_ge_bytearray"));
      for (String[] c : columns) {
        String column = "\"" + c[2] + "\"";
        String condition = c[3].equals("bytea")
            ? "position(convert_to(?, 'UTF8') in " + column + ") > 0"
            : column + "::text ilike '%' || ? || '%'";
        try (PreparedStatement st = owner.prepareStatement(
            "select count(*) from " + c[0] + ".\"" + c[1] + "\" where " + condition)) {
          st.setString(1, text);
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              hits.add(c[0] + "." + c[1] + "." + c[2]);
            }
          }
        }
      }
    }
    return hits;
  }

  static void copy(Connection owner, String fromColumn, UUID from, String toColumn, UUID to) throws SQLException {
    try (PreparedStatement st = owner.prepareStatement("update app.defender set " + toColumn
        + " = (select " + fromColumn + " from app.defender where id = ?) where id = ?")) {
      st.setObject(1, from);
      st.setObject(2, to);
      assertThat(st.executeUpdate()).isOne();
    }
  }

  static Map<String, Object> row(Connection owner, String sql, UUID id) throws SQLException {
    try (PreparedStatement st = owner.prepareStatement(sql)) {
      st.setObject(1, id);
      try (ResultSet rs = st.executeQuery()) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        if (rs.next()) {
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
          }
        }
        return row;
      }
    }
  }
}
