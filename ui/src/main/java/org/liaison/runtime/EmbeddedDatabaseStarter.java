package org.liaison.runtime;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded database of the default run mode before the application context, so that a
 * database that cannot start ends the run with one line saying why and what to do, and exit
 * status {@value #EXIT_STATUS}, instead of a bean-creation stack trace. The running database is
 * handed to the context as the bean {@value #BEAN_NAME}, closed with it (after the engine and the
 * pools, which depend on it).
 */
public class EmbeddedDatabaseStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStarter.class);
  public static final int EXIT_STATUS = DatabaseReachabilityCheck.EXIT_STATUS;
  static final String BEAN_NAME = "embeddedDatabase";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment env = event.getEnvironment();
    if (!env.getProperty("liaison.database.embedded", Boolean.class, false)
        || event.getBootstrapContext().isRegistered(EmbeddedDatabase.class)) {
      return;
    }
    Path dataDir = Path.of(env.getRequiredProperty("liaison.database.data-dir"));
    int port = env.getProperty("liaison.database.embedded-port", Integer.class, 0);
    EmbeddedDatabase database;
    try {
      database = EmbeddedDatabase.start(dataDir, port, env.getProperty("server.port", Integer.class, 8080));
    } catch (EmbeddedDatabaseException e) {
      log.error(e.getMessage());
      log.debug("Embedded database start failure", e);
      System.exit(EXIT_STATUS);
      return;
    }
    log.info("Embedded PostgreSQL is running on port {} with its data in {} (set LIAISON_DATA_DIR to move it)",
        database.port(), database.dataDirectory());
    event.getBootstrapContext().register(EmbeddedDatabase.class, InstanceSupplier.of(database));
    event.getBootstrapContext().addCloseListener(closed -> {
      DefaultListableBeanFactory beans = (DefaultListableBeanFactory) closed.getApplicationContext().getBeanFactory();
      beans.registerSingleton(BEAN_NAME, database);
      beans.registerDisposableBean(BEAN_NAME, database::close);
    });
  }

  @Override
  public int getOrder() {
    // after Spring Boot's logging listener, so the line goes through the configured logging
    return Ordered.HIGHEST_PRECEDENCE + 100;
  }
}
