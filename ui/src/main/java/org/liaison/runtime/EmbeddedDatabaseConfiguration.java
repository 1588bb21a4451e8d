package org.liaison.runtime;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded default: a PostgreSQL started inside the application, with its data in a directory
 * that survives restarts ({@code liaison.database.data-dir}). Nothing needs to be installed.
 *
 * <p>As in production, Flyway migrates as the owner (here the embedded superuser) and the
 * application connects as {@value #APP_ROLE}, which owns none of Liaison's tables, so row-level
 * security applies. Its password is new at every start and never leaves the process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "liaison.database.embedded", havingValue = "true")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
  private static final String DATABASE = "liaison";
  private static final String OWNER = "postgres";
  static final String APP_ROLE = "liaison_app";

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(@Value("${liaison.database.data-dir}") Path dataDir,
      @Value("${liaison.database.embedded-port:0}") int port) throws IOException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        // closed by Spring after the engine has stopped; its own hook would race with the pool
        .setRegisterShutdownHook(false);
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres pg = builder.start();
    log.info("Embedded PostgreSQL is running on port {} with its data in {} (set LIAISON_DATA_DIR to move it)",
        pg.getPort(), dataDir.toAbsolutePath());
    return pg;
  }

  /** The application's connections: as {@value #APP_ROLE}, subject to row-level security. */
  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedPostgres pg) throws SQLException {
    String password = UUID.randomUUID().toString();
    prepare(pg, password);
    return pool(pg, APP_ROLE, password, "liaison-embedded", 10);
  }

  /** Flyway's connection: as the owner of the schema. */
  @Bean(destroyMethod = "close")
  @FlywayDataSource
  DataSource flywayDataSource(EmbeddedPostgres pg) {
    return pool(pg, OWNER, "", "liaison-embedded-migrations", 2);
  }

  private static HikariDataSource pool(EmbeddedPostgres pg, String user, String password, String name, int size) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(pg.getJdbcUrl(OWNER, DATABASE));
    ds.setUsername(user);
    ds.setPassword(password);
    ds.setPoolName(name);
    ds.setMaximumPoolSize(size);
    return ds;
  }

  /** Creates the database and the application role if missing, and gives the role a new password. */
  private static void prepare(EmbeddedPostgres pg, String appPassword) throws SQLException {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      boolean exists;
      try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        exists = rs.next();
      }
      if (!exists) {
        st.execute("create database " + DATABASE);
        log.info("Created database '{}' in the embedded PostgreSQL", DATABASE);
      }
      try (ResultSet rs = st.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
        exists = rs.next();
      }
      st.execute((exists ? "alter" : "create") + " role " + APP_ROLE
          + " login nosuperuser nobypassrls password '" + appPassword + "'");
    }
    try (Connection c = pg.getDatabase(OWNER, DATABASE).getConnection(); Statement st = c.createStatement()) {
      // the engine creates its own tables in public, as the application role
      st.execute("grant create, usage on schema public to " + APP_ROLE);
    }
  }
}
