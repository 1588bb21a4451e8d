package org.liaison.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With an external database, checks before anything else starts that it answers. If it does not,
 * logs one line naming the JDBC URL and what to check, and exits with status 2, instead of letting
 * the pool, Flyway and the engine each fail with pages of stack traces.
 */
public class DatabaseReachabilityCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  private static final Logger log = LoggerFactory.getLogger(DatabaseReachabilityCheck.class);
  public static final int EXIT_STATUS = 2;

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment env = event.getEnvironment();
    if (env.getProperty("liaison.database.embedded", Boolean.class, false)
        || !env.getProperty("liaison.database.check-on-start", Boolean.class, true)) {
      return;
    }
    String url = env.getProperty("spring.datasource.url");
    if (url == null || url.isBlank()) {
      log.error("No database is configured: set LIAISON_DB_URL (for example jdbc:postgresql://db-host:5432/liaison), "
          + "LIAISON_DB_USER and LIAISON_DB_PASSWORD, or run without the prod profile to use the embedded database.");
      System.exit(EXIT_STATUS);
    }
    String owner = env.getProperty("spring.flyway.user");
    if (owner == null || owner.isBlank()) {
      log.error("No owner account for migrating the database is configured: set LIAISON_DB_OWNER_USER and "
          + "LIAISON_DB_OWNER_PASSWORD (the owner of Liaison's tables; the application itself connects as LIAISON_DB_USER).");
      System.exit(EXIT_STATUS);
    }
    Properties props = new Properties();
    props.setProperty("user", env.getProperty("spring.datasource.username", ""));
    props.setProperty("password", env.getProperty("spring.datasource.password", ""));
    props.setProperty("connectTimeout", env.getProperty("liaison.database.connect-timeout-seconds", "5"));
    props.setProperty("loginTimeout", env.getProperty("liaison.database.connect-timeout-seconds", "5"));
    try (Connection ignored = DriverManager.getConnection(url, props)) {
      log.info("Database at {} is reachable", url);
    } catch (SQLException e) {
      log.error("Cannot connect to the database at {} ({}). Check that PostgreSQL is running and reachable from "
          + "this machine and that LIAISON_DB_URL, LIAISON_DB_USER and LIAISON_DB_PASSWORD are right.",
          url, rootMessage(e));
      System.exit(EXIT_STATUS);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? e.getMessage() : e.getMessage() + ": " + t.getMessage();
  }

  @Override
  public int getOrder() {
    // after Spring Boot's logging listener, so the line goes through the configured logging
    return Ordered.HIGHEST_PRECEDENCE + 100;
  }
}
