package org.liaison;

import org.liaison.runtime.TcpProxy;
import org.liaison.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the application's integration tests: the whole app on a random port, on a real PostgreSQL
 * database of its own, with the demo coalitions and accounts but no demo cases.
 */
// the metrics as in production (Boot's tests leave exporters such as Prometheus off by default)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "liaison.database.embedded=false",
        // as behind the TLS proxy of deploy/README.md: X-Forwarded-Proto from a local proxy is trusted
        "server.forward-headers-strategy=native",
        "liaison.database.check-on-start=false",
        "liaison.demo.enabled=true",
        "liaison.demo.seed-cases=false",
        "camunda.bpm.job-execution.enabled=false",
        // tests dispatch the outbox explicitly
        "liaison.mail.dispatcher.enabled=false",
        // the attack suite signs in thousands of times; hashing cost is not what these tests are about
        "liaison.local-accounts.bcrypt-strength=4"
    })
public abstract class AppIT {

  private static final TestDatabase DB = TestDatabase.create("app");
  /**
   * The application reaches its database through this pass-through, so that a test can take the
   * database away and give it back without a context of its own ({@code DatabaseOutageIT}).
   */
  private static final TcpProxy DB_PROXY = proxyTo(DB);

  private static TcpProxy proxyTo(TestDatabase db) {
    java.net.URI direct = java.net.URI.create(db.url().substring("jdbc:".length()));
    try {
      return new TcpProxy(direct.getHost(), direct.getPort());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no local port for the database pass-through", e);
    }
  }

  /** Cuts the application off its database ({@link TcpProxy#cut()}) and gives it back ({@link TcpProxy#restore()}). */
  protected static TcpProxy databaseLink() {
    return DB_PROXY;
  }

  /** The database of the application tests, for tests that need the owner's view. */
  protected static TestDatabase database() {
    return DB;
  }

  /**
   * The number of rows in each of Liaison's tables and of the engine's runtime and history tables:
   * equal before and after a refused request means nothing was written anywhere (a failed sign-in's
   * count in sign_in_throttle aside: counting it is the point).
   */
  protected static synchronized String rowCounts() throws java.sql.SQLException {
    if (rowCounts == null || rowCounts.isClosed()) {
      rowCounts = prepareRowCounts();
    }
    try (java.sql.ResultSet rs = rowCounts.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * The count over every table as one statement prepared once on a connection kept open: planning it
   * costs ~100 ms (~300 ms on a new connection, whose catalog caches are cold) and the fuzz tests
   * count before and after every refused input, hundreds of times; executed prepared, ~1 ms.
   */
  private static java.sql.PreparedStatement rowCounts;

  private static java.sql.PreparedStatement prepareRowCounts() throws java.sql.SQLException {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("user", DB.username());
    props.setProperty("password", DB.password());
    props.setProperty("prepareThreshold", "1");
    java.sql.Connection c = java.sql.DriverManager.getConnection(DB.url(), props);
    java.util.List<String> tables = new java.util.ArrayList<>();
    try (java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("select format('%I.%I', schemaname, tablename) from pg_tables "
            + "where (schemaname = 'app' and tablename <> 'sign_in_throttle') or (schemaname = 'public' and (tablename like 'act_ru_%' or tablename like 'act_hi_%')) "
            + "order by 1")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    StringBuilder sql = new StringBuilder("select '").append(String.join(",", tables)).append("=' || ");
    for (int i = 0; i < tables.size(); i++) {
      sql.append(i == 0 ? "" : " || ',' || ").append("(select count(*) from ").append(tables.get(i)).append(")");
    }
    return c.prepareStatement(sql.toString());
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
    java.net.URI direct = java.net.URI.create(DB.url().substring("jdbc:".length()));
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + DB_PROXY.port() + direct.getPath());
  }
}
