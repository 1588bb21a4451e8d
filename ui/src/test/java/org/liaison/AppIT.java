package org.liaison;

import org.liaison.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the application's integration tests: the whole app on a random port, on a real PostgreSQL
 * database of its own, with the demo coalitions and accounts but no demo cases.
 */
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "liaison.database.embedded=false",
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

  /** The database of the application tests, for tests that need the owner's view. */
  protected static TestDatabase database() {
    return DB;
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
  }
}
