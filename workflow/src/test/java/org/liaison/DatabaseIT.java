package org.liaison;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the workflow integration tests: one Spring context on one real PostgreSQL database, two fresh
 * coalitions for every test ({@link TestCoalitions}), and work done as a person of one of them.
 */
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

  @Autowired protected MembershipService memberships;

  /** Two coalitions of their own for each test, so tests sharing the database never see each other's data. */
  protected TestCoalitions coalitions;

  @BeforeEach
  void freshCoalitions() {
    coalitions = new TestCoalitions(memberships);
  }

  /** What {@code work} returns when {@code actor} does it. */
  protected <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor, work);
  }

  protected void as(Actor actor, Runnable work) {
    TenantContext.runAs(actor, work);
  }
}
