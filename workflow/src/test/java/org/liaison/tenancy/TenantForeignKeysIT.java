package org.liaison.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database refuses a row of one coalition that points at a record of another, even from a
 * transaction that is bound to the first coalition (row-level security does not apply to foreign
 * key checks, so a key on the id alone would let it through).
 */
class TenantForeignKeysIT extends DatabaseIT {

  @Autowired MembershipService memberships;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void every_reference_between_tenant_tables_names_the_coalition() throws SQLException {
    List<String> withoutCoalition = new ArrayList<>();
    try (Connection owner = DriverManager.getConnection(database().url(), database().username(), database().password());
        Statement st = owner.createStatement(); ResultSet rs = st.executeQuery("""
            select c.conrelid::regclass || '.' || c.conname
              from pg_constraint c join pg_namespace n on n.oid = c.connamespace
             where c.contype = 'f' and n.nspname = 'app'
               and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id')
               and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id')
               and not exists (select 1 from unnest(c.conkey) k(attnum)
                                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
                                where a.attname = 'tenant_id')
             order by 1""")) {
      while (rs.next()) {
        withoutCoalition.add(rs.getString(1));
      }
    }
    assertThat(withoutCoalition).as("foreign keys between tenant tables on the id alone").isEmpty();
  }

  @Test
  void an_engagement_of_one_coalition_cannot_point_at_another_coalitions_case() {
    TestCoalitions coalitions = new TestCoalitions(memberships);
    CaseDetails inB = TenantContext.callAs(coalitions.coordinatorB(), () -> cases.raise(
        new NewCase("B's case", "Only coalition B may refer to it", "KE", Set.of(Theme.OTHER), Severity.LOW)));
    UUID caseOfB = inB.id(); // as if guessed or leaked: bound to A, the application cannot even read it

    assertThatThrownBy(() -> TenantContext.runAs(coalitions.coordinatorA(), () -> tx.executeWithoutResult(s ->
        jdbc.sql("""
            insert into app.engagement (id, tenant_id, case_id, kind, summary, occurred_on, recorded_by, recorded_at)
            values (:id, :tenant, :case, 'QUESTION', 'pointing across', current_date, 'coordA', now())""")
            .param("id", UUID.randomUUID()).param("tenant", coalitions.a.id()).param("case", caseOfB).update())))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("engagement_case_id_same_coalition");
  }
}
