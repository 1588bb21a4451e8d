package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.liaison.testing.EngineTenantSweep;

/**
 * Runs after the other application tests (see junit-platform.properties): no engine row of a
 * process instance, task or job they left behind (the browser journey included) lacks a tenant id.
 */
@Order(Integer.MAX_VALUE)
class EngineTenantSweepIT extends AppIT {

  @Test
  void no_instance_task_or_job_row_is_without_a_coalition() throws Exception {
    try (Connection owner = DriverManager.getConnection(database().url(), database().username(), database().password())) {
      long instances = EngineTenantSweep.processInstances(owner);
      System.out.printf("[tenant sweep] %d process instances checked%n", instances);
      assertThat(instances).as("the sweep runs after the browser journey").isPositive();
      assertThat(EngineTenantSweep.rowsWithoutTenant(owner)).isEmpty();
    }
  }
}
