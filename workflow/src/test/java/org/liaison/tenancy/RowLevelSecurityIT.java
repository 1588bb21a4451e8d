package org.liaison.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.tenancy.internal.RowSecurityDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgreSQL row-level security: the last line of tenant isolation, which fails closed. */
class RowLevelSecurityIT extends DatabaseIT {

  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;


  Connection asOwner() throws SQLException {
    return DriverManager.getConnection(database().url(), database().username(), database().password());
  }

  /** Tables in schema app with a tenant_id column that are not protected by forced RLS with a policy. */
  static List<String> unprotectedTenantTables(Connection owner) throws SQLException {
    List<String> unprotected = new ArrayList<>();
    try (Statement st = owner.createStatement(); ResultSet rs = st.executeQuery("""
        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
               (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'app' and c.relkind in ('r', 'p')
           and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
         order by c.relname""")) {
      while (rs.next()) {
        if (!rs.getBoolean(2) || !rs.getBoolean(3) || rs.getInt(4) == 0) {
          unprotected.add(rs.getString(1));
        }
      }
    }
    return unprotected;
  }

  static List<String> tenantTables(Connection owner) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement st = owner.createStatement(); ResultSet rs = st.executeQuery(
        "select table_name from information_schema.columns where table_schema = 'app' and column_name = 'tenant_id'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  @Test
  void every_table_with_a_tenant_id_has_forced_row_level_security_and_a_policy() throws SQLException {
    try (Connection owner = asOwner()) {
      assertThat(tenantTables(owner)).contains("case_file", "case_activity", "outreach_message", "membership",
          "record_reference_counter");
      assertThat(unprotectedTenantTables(owner)).isEmpty();
    }
  }

  @Test
  void a_new_tenant_table_without_a_policy_is_caught_by_the_catalog_check() throws SQLException {
    try (Connection owner = asOwner(); Statement st = owner.createStatement()) {
      st.execute("create table app.rls_probe (id int, tenant_id varchar(40))");
      try {
        assertThat(unprotectedTenantTables(owner)).containsExactly("rls_probe");
        st.execute("alter table app.rls_probe enable row level security");
        assertThat(unprotectedTenantTables(owner)).as("enabled but not forced, no policy").containsExactly("rls_probe");
        st.execute("select app.isolate_by_tenant('app.rls_probe')");
        assertThat(unprotectedTenantTables(owner)).as("after the migration helper").isEmpty();
      } finally {
        st.execute("drop table app.rls_probe");
      }
    }
  }

  @Test
  void the_application_role_owns_nothing_and_cannot_bypass_row_security() {
    var role = jdbc.sql("select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
        .query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).single();
    assertThat(role).containsExactly(database().appUsername(), false, false);
    assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'app' and tableowner = current_user")
        .query(Long.class).single()).isZero();
  }

  @Test
  void a_query_that_forgets_its_tenant_filter_sees_only_the_bound_coalition_or_nothing() {
    Actor inA = coalitions.memberA();
    Actor inB = coalitions.coordinatorB();
    TenantContext.callAs(inA, () -> cases.raise(aCase("A")));
    TenantContext.callAs(inB, () -> cases.raise(aCase("B")));

    List<String> seenByA = TenantContext.callAs(inA, () -> tx.execute(s ->
        jdbc.sql("select tenant_id from app.case_file").query(String.class).list()));
    assertThat(seenByA).isNotEmpty().containsOnly(coalitions.a.id());

    List<String> seenWithoutCoalition = tx.execute(s -> jdbc.sql("select tenant_id from app.case_file").query(String.class).list());
    assertThat(seenWithoutCoalition).isEmpty();
    Long activitiesWithoutCoalition = tx.execute(s -> jdbc.sql("select count(*) from app.case_activity").query(Long.class).single());
    assertThat(activitiesWithoutCoalition).isZero();

    assertThatThrownBy(() -> TenantContext.runAs(inA, () -> tx.executeWithoutResult(s ->
        jdbc.sql("insert into app.record_reference_counter (tenant_id, kind, year, last_value) values (:t, 'CASE', 1999, 1)")
            .param("t", coalitions.b.id()).update())))
        .hasStackTraceContaining("violates row-level security policy");
  }

  @Test
  void many_threads_alternating_coalitions_over_a_small_pool_with_rollbacks_never_see_foreign_rows() throws Exception {
    Actor inA = coalitions.memberA();
    Actor inB = coalitions.coordinatorB();
    for (int i = 0; i < 3; i++) {
      TenantContext.callAs(inA, () -> cases.raise(aCase("A")));
      TenantContext.callAs(inB, () -> cases.raise(aCase("B")));
    }
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(database().url());
    pool.setUsername(database().appUsername());
    pool.setPassword(database().appPassword());
    pool.setMaximumPoolSize(3);
    pool.setPoolName("rls-pool-test");
    RowSecurityDataSource rowSecure = new RowSecurityDataSource(pool);
    TransactionTemplate poolTx = new TransactionTemplate(new DataSourceTransactionManager(rowSecure));
    JdbcClient poolJdbc = JdbcClient.create(rowSecure);
    long activitiesBefore = countActivities(inA) + countActivities(inB);

    int threads = 8;
    int iterations = 250;
    AtomicLong transactions = new AtomicLong();
    AtomicLong foreignRows = new AtomicLong();
    AtomicLong ownRows = new AtomicLong();
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(executor.submit(() -> {
          for (int i = 0; i < iterations; i++) {
            Actor actor = ThreadLocalRandom.current().nextBoolean() ? inA : inB;
            boolean rollBack = ThreadLocalRandom.current().nextInt(3) == 0;
            try {
              TenantContext.runAs(actor, () -> poolTx.executeWithoutResult(status -> {
                List<String> seen = poolJdbc.sql("select tenant_id from app.case_file").query(String.class).list();
                ownRows.addAndGet(seen.stream().filter(actor.tenantId()::equals).count());
                foreignRows.addAndGet(seen.stream().filter(tenant -> !actor.tenantId().equals(tenant)).count());
                if (rollBack) {
                  poolJdbc.sql("""
                      insert into app.case_activity (tenant_id, case_id, occurred_at, actor, kind)
                      select tenant_id, id, now(), 'pool-test', 'RAISED' from app.case_file limit 1""").update();
                  throw new IllegalStateException("roll back");
                }
              }));
            } catch (IllegalStateException expected) {
              // rolled back on purpose
            }
            transactions.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      executor.shutdownNow();
      pool.close();
    }

    System.out.printf("[pool test] %d transactions on %d threads over a pool of 3: %d own rows read, %d foreign%n",
        transactions.get(), threads, ownRows.get(), foreignRows.get());
    assertThat(transactions.get()).isEqualTo((long) threads * iterations);
    assertThat(ownRows.get()).isGreaterThanOrEqualTo((long) threads * iterations * 3);
    assertThat(foreignRows.get()).isZero();
    assertThat(countActivities(inA) + countActivities(inB)).as("rolled back inserts left nothing").isEqualTo(activitiesBefore);
  }

  long countActivities(Actor actor) {
    return TenantContext.callAs(actor, () -> tx.execute(s ->
        jdbc.sql("select count(*) from app.case_activity").query(Long.class).single()));
  }

  static NewCase aCase(String title) {
    return new NewCase(title + " " + UUID.randomUUID(), "Summary", "KE", Set.of(Theme.OTHER), Severity.LOW);
  }
}
