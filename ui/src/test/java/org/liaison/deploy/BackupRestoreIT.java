package org.liaison.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.AppIT;

/**
 * deploy/backup.sh and deploy/restore.sh against the running application's real database: the backup
 * restored into a fresh database holds every table of Liaison and of the engine with the rows it had
 * (a row written after the backup is not in it, one written before is), the row-level security policies and
 * the application role's grants; restoring over an existing database is refused in one line.
 */
class BackupRestoreIT extends AppIT {

  @TempDir Path dir;

  @Test
  void a_backup_restored_into_a_fresh_database_has_every_row_policy_and_grant() throws Exception {
    String before = marker("before-backup");
    Map<String, Long> countsBefore = counts(database().name());
    Path dump = dir.resolve("liaison.dump");
    Result backup = run(database().name(), "backup.sh", dump.toString());
    assertThat(backup.code).as(backup.output).isZero();
    assertThat(backup.output).contains("backup of " + database().name());
    Map<String, Long> countsAfter = counts(database().name());
    String after = marker("after-backup");

    String restored = "liaison_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      Result restore = run("postgres", "restore.sh", dump.toString(), restored, database().username(), database().appUsername());
      assertThat(restore.code).as(restore.output).isZero();
      assertThat(restore.output).contains("restored").contains("process definitions");

      Map<String, Long> countsRestored = counts(restored);
      assertThat(countsRestored.keySet()).as("every table").isEqualTo(countsBefore.keySet());
      assertThat(countsRestored.keySet()).anyMatch(t -> t.startsWith("app.")).anyMatch(t -> t.startsWith("public.act_hi_"));
      countsRestored.forEach((table, n) -> assertThat(n).as(table)
          .isBetween(Math.min(countsBefore.get(table), countsAfter.get(table)), Math.max(countsBefore.get(table), countsAfter.get(table))));
      assertThat(countsRestored.get("app.tenant")).isPositive();
      assertThat(query(restored, "select count(*) from app.outbox_message where idempotency_key = '" + before + "'")).isEqualTo("1");
      assertThat(query(restored, "select count(*) from app.outbox_message where idempotency_key = '" + after + "'")).isEqualTo("0");
      String policies = "select count(*) from pg_policies where schemaname = 'app'";
      assertThat(query(restored, policies)).isEqualTo(query(database().name(), policies)).isNotEqualTo("0");
      String grants = "select has_schema_privilege('" + database().appUsername() + "', 'app', 'usage') and "
          + "has_table_privilege('" + database().appUsername() + "', 'app.tenant', 'select')";
      assertThat(query(restored, grants)).isEqualTo("t");

      Result again = run("postgres", "restore.sh", dump.toString(), restored, database().username(), database().appUsername());
      assertThat(again.code).isEqualTo(1);
      assertThat(again.output.strip()).as("one line").doesNotContain("\n").contains("database " + restored + " exists");
    } finally {
      try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
        st.execute("drop database if exists " + restored + " with (force)");
      }
      try (Connection c = connect(database().name()); Statement st = c.createStatement()) {
        st.executeUpdate("delete from app.outbox_message where idempotency_key in ('" + before + "', '" + after + "')");
      }
    }
  }

  private String marker(String what) throws SQLException {
    String key = what + "-" + UUID.randomUUID();
    try (Connection c = connect(database().name()); Statement st = c.createStatement()) {
      st.executeUpdate("""
          insert into app.outbox_message (id, tenant_id, idempotency_key, recipients, subject, body, status, attempts,
                                          next_attempt_at, created_at, sent_at, delivered_via)
          values (gen_random_uuid(), 'press', '%s', array['officer@embassy.example'], 'Backup', 'marker', 'SENT', 1,
                  now(), now(), now(), 'smtp')""".formatted(key));
    }
    return key;
  }

  private Map<String, Long> counts(String db) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = connect(db); Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("select format('%s.%s', schemaname, tablename) from pg_tables "
          + "where schemaname = 'app' or (schemaname = 'public' and tablename like 'act_%') order by 1")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private String query(String db, String sql) throws SQLException {
    try (Connection c = connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private Connection connect(String db) throws SQLException {
    return DriverManager.getConnection(database().url().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1"),
        database().username(), database().password());
  }

  private record Result(int code, String output) {
  }

  /** Runs a script of deploy/ with libpq's variables for the test database's server, as its superuser. */
  private Result run(String db, String script, String... args) throws IOException, InterruptedException, SQLException {
    URI server = URI.create(database().url().substring("jdbc:".length()));
    List<String> command = new ArrayList<>(List.of("bash", DeploymentFiles.deploy().resolve(script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
    pb.environment().putAll(Map.of("PGHOST", server.getHost(), "PGPORT", Integer.toString(server.getPort()),
        "PGUSER", database().username(), "PGPASSWORD", database().password() == null ? "" : database().password(),
        "PGDATABASE", db, "PG_BIN", clientTools()));
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished within 2 minutes", script).isTrue();
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  /** The client tools of the server's major version (pg_dump refuses a newer server). */
  private String clientTools() throws SQLException {
    int major = Integer.parseInt(query(database().name(), "show server_version_num")) / 10000;
    Path bin = Path.of("/usr/lib/postgresql", Integer.toString(major), "bin");
    assertThat(bin.resolve("pg_dump")).as("pg_dump of PostgreSQL %d: install postgresql-client-%d", major, major).isExecutable();
    return bin.toString();
  }
}
