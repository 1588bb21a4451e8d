package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.liaison.testing.TestDatabase;

/**
 * V12 moves the case reference counters into the one counter of every record kind. Run as a schema
 * owner that is not a superuser (as in production), on a database whose counters are in use: case
 * numbering goes on where it stood, and row-level security is forced again afterwards.
 */
class ReferenceCounterMigrationIT {

  @Test
  void case_numbering_goes_on_where_it_stood_when_an_ordinary_owner_migrates() throws SQLException {
    TestDatabase db = TestDatabase.create("v12");
    String owner = "liaison_owner_" + UUID.randomUUID().toString().substring(0, 8);
    String password = UUID.randomUUID().toString();
    try (Connection su = DriverManager.getConnection(db.url(), db.username(), db.password());
        Statement st = su.createStatement()) {
      st.execute("create role " + owner + " login nosuperuser nobypassrls password '" + password + "'");
      st.execute("grant create on database " + su.getCatalog() + " to " + owner);
    }

    flyway(db, owner, password, "11").migrate();
    try (Connection c = DriverManager.getConnection(db.url(), owner, password); Statement st = c.createStatement()) {
      st.execute("insert into app.tenant (id, name, reference_prefix) values ('press', 'Press', 'PFC'), ('labor', 'Labor', 'LRA')");
      for (String[] counter : new String[][] {{"press", "2026", "41"}, {"press", "2025", "97"}, {"labor", "2026", "3"}}) {
        st.execute("select set_config('app.tenant_id', '" + counter[0] + "', false)");
        st.execute("insert into app.case_reference_counter (tenant_id, year, last_value) values ('" + counter[0] + "', "
            + counter[1] + ", " + counter[2] + ")");
      }
      st.execute("select set_config('app.tenant_id', 'press', false)");
      st.execute("insert into app.record_reference_counter (tenant_id, kind, year, last_value) values ('press', 'HRG', 2026, 5)");
    }

    flyway(db, owner, password, "12").migrate();

    try (Connection su = DriverManager.getConnection(db.url(), db.username(), db.password());
        Statement st = su.createStatement()) {
      Map<String, Integer> counters = new java.util.TreeMap<>();
      try (ResultSet rs = st.executeQuery("select tenant_id, kind, year, last_value from app.record_reference_counter")) {
        while (rs.next()) {
          counters.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getInt(4));
        }
      }
      assertThat(counters).containsExactlyInAnyOrderEntriesOf(Map.of(
          "press/CASE/2026", 41, "press/CASE/2025", 97, "labor/CASE/2026", 3, "press/HRG/2026", 5));
      try (ResultSet rs = st.executeQuery("select relforcerowsecurity, relrowsecurity from pg_class "
          + "where oid = 'app.record_reference_counter'::regclass")) {
        rs.next();
        assertThat(rs.getBoolean(1)).as("row-level security forced again").isTrue();
        assertThat(rs.getBoolean(2)).isTrue();
      }
      try (ResultSet rs = st.executeQuery("select to_regclass('app.case_reference_counter')")) {
        rs.next();
        assertThat(rs.getString(1)).isNull();
      }
    }
  }

  private static Flyway flyway(TestDatabase db, String owner, String password, String target) {
    return Flyway.configure()
        .dataSource(db.url(), owner, password)
        .schemas("app").defaultSchema("app")
        .placeholders(Map.of("app_role", db.appUsername()))
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }
}
