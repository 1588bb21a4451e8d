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
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a PostgreSQL started inside the application, with its data in a directory
 * that survives restarts ({@code liaison.database.data-dir}). Nothing needs to be installed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "liaison.database.embedded", havingValue = "true")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
  private static final String DATABASE = "liaison";

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

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres pg) throws SQLException {
    ensureDatabase(pg);
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
    ds.setUsername("postgres");
    ds.setPoolName("liaison-embedded");
    ds.setMaximumPoolSize(10);
    return ds;
  }

  private static void ensureDatabase(EmbeddedPostgres pg) throws SQLException {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (rs.next()) {
          return;
        }
      }
      st.execute("create database " + DATABASE);
      log.info("Created database '{}' in the embedded PostgreSQL", DATABASE);
    }
  }
}
