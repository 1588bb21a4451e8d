package org.liaison;

import org.liaison.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the workflow integration tests: one Spring context on one real PostgreSQL database. */
@SpringBootTest(classes = WorkflowTestApplication.class)
public abstract class DatabaseIT {

  private static final TestDatabase DB = TestDatabase.create("workflow");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }
}
