package org.liaison.runtime;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded default's connections to the {@link EmbeddedDatabase} that
 * {@link EmbeddedDatabaseStarter} started before the context.
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
  static final String APP_ROLE = "liaison_app";

  /** The application's connections: as {@value #APP_ROLE}, subject to row-level security. */
  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedDatabase db) throws SQLException {
    String password = UUID.randomUUID().toString();
    prepare(db, password);
    return pool(db, APP_ROLE, password, "liaison-embedded", 10);
  }

  /** Flyway's connection: as the owner of the schema. */
  @Bean(destroyMethod = "close")
  @FlywayDataSource
  DataSource flywayDataSource(EmbeddedDatabase db) {
    return pool(db, db.superuser(), db.superuserPassword(), "liaison-embedded-migrations", 2);
  }

  private static HikariDataSource pool(EmbeddedDatabase db, String user, String password, String name, int size) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(db.jdbcUrl(DATABASE));
    ds.setUsername(user);
    ds.setPassword(password);
    ds.setPoolName(name);
    ds.setMaximumPoolSize(size);
    return ds;
  }

  /** Creates the database and the application role if missing, and gives the role a new password. */
  private static void prepare(EmbeddedDatabase db, String appPassword) throws SQLException {
    try (Connection c = db.superuserDataSource("postgres").getConnection(); Statement st = c.createStatement()) {
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
    try (Connection c = db.superuserDataSource(DATABASE).getConnection(); Statement st = c.createStatement()) {
      // the engine creates its own tables in public, as the application role
      st.execute("grant create, usage on schema public to " + APP_ROLE);
    }
  }
}
