package org.liaison.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A real PostgreSQL database of its own for one test class or context. It is created on the
 * PostgreSQL server of this machine when one answers (127.0.0.1:5432, user postgres, or
 * {@code LIAISON_TEST_PG_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD}), else in an embedded
 * PostgreSQL started once per JVM.
 *
 * <p>Besides the owner (the server's superuser), each database is usable by {@link #APP_ROLE}, the
 * login role the application connects as: it owns nothing, so row-level security applies to it.
 *
 * <p>Databases are not dropped at JVM exit, where a drop would race with application contexts still
 * closing their pools; instead the first use in each JVM drops the databases that earlier test runs
 * left behind and that nobody is connected to any more.
 */
public final class TestDatabase {

  private static final String HOST = env("LIAISON_TEST_PG_HOST", "127.0.0.1");
  private static final String PORT = env("LIAISON_TEST_PG_PORT", "5432");
  private static final String USER = env("LIAISON_TEST_PG_USER", "postgres");
  private static final String PASSWORD = env("LIAISON_TEST_PG_PASSWORD", "");
  private static final String PREFIX = "liaison_test_";
  /** The role the application connects as (the Flyway placeholder {@code app_role}). */
  public static final String APP_ROLE = "liaison_app";
  private static final String APP_PASSWORD = UUID.randomUUID().toString();

  private static Server server;

  /** A temporary directory of this JVM, where the first application context generates the test master key. */
  private static final java.nio.file.Path MASTER_KEY_FILE = masterKeyFile();

  private static java.nio.file.Path masterKeyFile() {
    try {
      return java.nio.file.Files.createTempDirectory("liaison-test-keys").resolve("master-key.json");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final String url;
  private final String username;
  private final String password;

  private TestDatabase(String url, String username, String password) {
    this.url = url;
    this.username = username;
    this.password = password;
  }

  /** Creates a fresh, empty database whose name starts with {@code liaison_test_<purpose>_}. */
  public static synchronized TestDatabase create(String purpose) {
    Server s = server();
    String name = (PREFIX + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    s.execute("CREATE DATABASE " + name);
    s.execute(name, "GRANT CREATE, USAGE ON SCHEMA public TO " + APP_ROLE);
    return new TestDatabase(s.urlOf(name), s.user, s.password);
  }

  public String url() {
    return url;
  }

  /** The owner: a superuser, for migrations and for tests that inspect the catalog. */
  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** The application's login role: not an owner, not a superuser, no BYPASSRLS. */
  public String appUsername() {
    return APP_ROLE;
  }

  public String appPassword() {
    return APP_PASSWORD;
  }

  /**
   * The Spring Boot properties that point an application at this database: it connects as the
   * application role, Flyway migrates as the owner. For {@code @DynamicPropertySource}:
   * {@code DB.springProperties().forEach(registry::add)}.
   */
  public Map<String, Supplier<Object>> springProperties() {
    Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", this::url);
    properties.put("spring.datasource.username", this::appUsername);
    properties.put("spring.datasource.password", this::appPassword);
    properties.put("spring.flyway.url", this::url);
    properties.put("spring.flyway.user", this::username);
    properties.put("spring.flyway.password", this::password);
    // the master key of defender records: a key file of this test JVM, generated on first use
    properties.put("liaison.keys.master-key-file", () -> MASTER_KEY_FILE.toString());
    properties.put("liaison.keys.generate-master-key", () -> "true");
    return properties;
  }

  private static Server server() {
    if (server == null) {
      server = localServer();
      if (server == null) {
        server = embeddedServer();
      } else {
        dropLeftovers(server);
      }
      server.execute("postgres", "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "') "
          + "THEN ALTER ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + APP_PASSWORD + "'; "
          + "ELSE CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + APP_PASSWORD + "'; END IF; END $$");
      System.out.println("[TestDatabase] using " + server.description);
    }
    return server;
  }

  private static Server localServer() {
    String base = "jdbc:postgresql://" + HOST + ":" + PORT + "/";
    Server candidate = new Server(base, USER, PASSWORD, "PostgreSQL server at " + HOST + ":" + PORT);
    try (Connection ignored = candidate.connect("postgres")) {
      return candidate;
    } catch (SQLException e) {
      System.out.println("[TestDatabase] no PostgreSQL server at " + HOST + ":" + PORT + " (" + e.getMessage()
          + "); starting an embedded one");
      return null;
    }
  }

  private static void dropLeftovers(Server s) {
    try (Connection c = s.connect("postgres"); Statement st = c.createStatement()) {
      List<String> stale = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("select d.datname from pg_database d where starts_with(d.datname, '"
          + PREFIX + "') and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)")) {
        while (rs.next()) {
          stale.add(rs.getString(1));
        }
      }
      for (String name : stale) {
        try {
          st.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException inUse) {
          // another test JVM connected to it meanwhile: leave it to that run
        }
      }
    } catch (SQLException e) {
      System.out.println("[TestDatabase] could not clean up old test databases: " + e.getMessage());
    }
  }

  private static Server embeddedServer() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
      return new Server("jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "",
          "embedded PostgreSQL on port " + pg.getPort());
    } catch (IOException e) {
      throw new IllegalStateException("Neither a PostgreSQL server nor an embedded PostgreSQL is available", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private record Server(String baseUrl, String user, String password, String description) {

    String urlOf(String database) {
      return baseUrl + database;
    }

    Connection connect(String database) throws SQLException {
      Properties props = new Properties();
      props.setProperty("user", user);
      props.setProperty("password", password);
      props.setProperty("connectTimeout", "3");
      return DriverManager.getConnection(urlOf(database), props);
    }

    void execute(String sql) {
      execute("postgres", sql);
    }

    void execute(String database, String sql) {
      try (Connection c = connect(database); Statement st = c.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not run '" + sql + "' on " + description + ": " + e.getMessage(), e);
      }
    }
  }
}
