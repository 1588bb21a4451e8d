package org.liaison.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's database as it is started for real data (not the fast settings tests
 * use elsewhere): durable, password-protected, loopback only, and every way its start can fail
 * told in one line.
 */
class EmbeddedDatabaseIT {

  @TempDir
  Path tmp;

  @Test
  void runs_durable_on_loopback_and_refuses_connections_without_the_password() throws Exception {
    Path dir = tmp.resolve("data");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
      assertThat(db.setting("fsync")).isEqualTo("on");
      assertThat(db.setting("synchronous_commit")).isEqualTo("on");
      assertThat(db.setting("full_page_writes")).isEqualTo("on");
      assertThat(db.setting("listen_addresses")).isEqualTo("localhost");
      assertThat(db.setting("unix_socket_directories")).isEmpty();
      assertThat(db.setting("password_encryption")).isEqualTo("scram-sha-256");

      assertThatThrownBy(() -> connect(db, "postgres", null)).isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThatThrownBy(() -> connect(db, "postgres", "not-the-password")).isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (Connection c = connect(db, "postgres", db.superuserPassword())) {
        assertThat(c.isValid(2)).isTrue();
      }

      Path passwordFile = dir.resolve(DataDirectory.PASSWORD_FILE);
      assertThat(Files.readString(passwordFile).trim()).isEqualTo(db.superuserPassword()).hasSizeGreaterThan(40);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
      assertThat(Files.exists(dir.resolveSibling("data.initialising"))).isFalse();
      assertThat(Files.readAllLines(dir.resolve("pg_hba.conf"))).noneMatch(l -> l.contains("trust"));
    }
  }

  @Test
  void a_cluster_made_when_it_trusted_everyone_is_secured_with_its_data_kept() throws Exception {
    Path dir = tmp.resolve("legacy");
    // as Liaison made it before: the library's defaults, "-A trust"
    try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
        .setRegisterShutdownHook(false).start();
        Connection c = legacy.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("create table kept (v text)");
      st.execute("insert into kept values ('a case from before')");
    }
    assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
      assertThatThrownBy(() -> connect(db, "postgres", null)).isInstanceOf(SQLException.class);
      try (Connection c = connect(db, "postgres", db.superuserPassword()); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select v from kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("a case from before");
      }
      assertThat(Files.readAllLines(dir.resolve("pg_hba.conf"))).noneMatch(l -> l.contains("trust"));
    }
    // and the next start simply uses the password
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
      assertThat(db.setting("fsync")).isEqualTo("on");
    }
  }

  @Test
  void a_creation_interrupted_by_a_crash_is_discarded_and_done_again() throws Exception {
    Path dir = tmp.resolve("data");
    Path staging = Files.createDirectories(tmp.resolve("data.initialising"));
    Files.writeString(staging.resolve("PG_VERSION"), "17\n"); // as far as a killed initdb got

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
      assertThat(Files.exists(staging)).isFalse();
      assertThat(db.setting("fsync")).isEqualTo("on");
    }
  }

  @Test
  void a_second_start_on_a_directory_in_use_names_the_running_process() {
    Path dir = tmp.resolve("busy");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
      assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0)).isInstanceOf(EmbeddedDatabaseException.class)
          .hasMessage("Liaison is already running with its data in " + dir + ", pid " + ProcessHandle.current().pid()
              + "; stop it or set LIAISON_DATA_DIR to another directory.");
    }
  }

  @Test
  void a_server_orphaned_by_a_crashed_run_is_stopped_and_replaced() throws Exception {
    Path dir = tmp.resolve("orphaned");
    Path bin;
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
      long pid = EmbeddedDatabase.serverPid(new DataDirectory(dir)).orElseThrow();
      bin = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")).getParent();
    }
    // a server that no Liaison holds, as one whose Liaison and watchdog were both killed
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process pgCtl = new ProcessBuilder("unshare", "-U", bin.resolve("pg_ctl").toString(), "-D", dir.toString(),
        "-o", "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''", "-w", "start")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(pgCtl.exitValue()).isZero();
    long orphan = EmbeddedDatabase.serverPid(new DataDirectory(dir)).orElseThrow();
    assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
      assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
      assertThat(EmbeddedDatabase.serverPid(new DataDirectory(dir))).isPresent().get().isNotEqualTo(orphan);
      assertThat(db.setting("fsync")).isEqualTo("on");
    }
  }

  @Test
  void each_directory_it_cannot_use_is_one_line_saying_what_to_do() throws Exception {
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    assertOneLine(foreign, "The data directory " + foreign + " is not empty but holds no Liaison database (notes.txt …): "
        + "set LIAISON_DATA_DIR to a new or empty directory.");
    assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(Files.list(foreign)).hasSize(1);

    Path older = Files.createDirectories(tmp.resolve("older"));
    Files.writeString(older.resolve("PG_VERSION"), "15\n");
    Files.writeString(older.resolve("postgresql.conf"), "");
    assertOneLine(older, "The database in " + older + " was made by PostgreSQL 15, but Liaison's embedded database is "
        + "PostgreSQL 17: set LIAISON_DATA_DIR to a new directory (a new, empty database), or upgrade this one with "
        + "pg_upgrade from PostgreSQL 17.");

    Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
    Path underAFile = aFile.resolve("data");
    assertThatThrownBy(() -> EmbeddedDatabase.start(underAFile, 0)).isInstanceOf(EmbeddedDatabaseException.class)
        .hasMessageStartingWith("Liaison cannot create its data directory " + underAFile)
        .hasMessageEndingWith("check the permissions of its parent, or set LIAISON_DATA_DIR to a directory you can write.")
        .hasMessageNotContaining("\n");

    Path lost = Files.createDirectories(tmp.resolve("lost-password"));
    try (EmbeddedDatabase db = EmbeddedDatabase.start(lost, 0)) {
      assertThat(db.port()).isPositive();
    }
    Files.delete(lost.resolve(DataDirectory.PASSWORD_FILE));
    assertOneLine(lost, "The password file " + lost.resolve(DataDirectory.PASSWORD_FILE) + " of the embedded database is "
        + "missing, so Liaison cannot connect to it: restore the file, or set LIAISON_DATA_DIR to a new directory "
        + "(a new, empty database).");
  }

  @Test
  void a_port_in_use_is_one_line_saying_what_to_do() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> EmbeddedDatabase.start(tmp.resolve("port"), port))
          .isInstanceOf(EmbeddedDatabaseException.class)
          .hasMessage("Port " + port + " for the embedded database is in use by another program: stop it, or set "
              + "LIAISON_DB_PORT to a free port (0 picks one).");
    }
  }

  @Test
  void the_web_server_port_is_never_the_database_port() {
    Path dir = tmp.resolve("same-port");
    assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 8091, 8091)).isInstanceOf(EmbeddedDatabaseException.class)
        .hasMessage("The embedded database and the web server are both set to port 8091: set LIAISON_DB_PORT to "
            + "another port, or to 0 to pick a free one.");
    assertThat(dir).doesNotExist();
    // a free port picked while the web server's is still free must not be the web server's
    for (int i = 0; i < 200; i++) {
      int web = EmbeddedDatabase.freePortOtherThan(0);
      assertThat(EmbeddedDatabase.freePortOtherThan(web)).isNotEqualTo(web);
    }
  }

  private static void assertOneLine(Path dir, String message) {
    assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0)).isInstanceOf(EmbeddedDatabaseException.class)
        .hasMessage(message);
  }

  private static Connection connect(EmbeddedDatabase db, String user, String password) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(db.jdbcUrl("postgres"), props);
  }
}
