package org.liaison;

import org.liaison.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the workflow integration tests: one Spring context on one real PostgreSQL database. */
@SpringBootTest(classes = WorkflowTestApplication.class)
public abstract class DatabaseIT {

  private static final TestDatabase DB = TestDatabase.create("workflow");

  /** The database of the workflow integration tests, for tests that need the owner's view. */
  protected static TestDatabase database() {
    return DB;
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
  }
}
