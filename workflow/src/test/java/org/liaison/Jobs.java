package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine's timers of one instance, for tests: the job executor is off, so a test looks at a
 * timer's due date and fires it itself, outside any signed-in user, exactly as the executor would.
 */
public final class Jobs {

  private final ManagementService management;

  public Jobs(ManagementService management) {
    this.management = management;
  }

  /** The one timer of the instance waiting at {@code activityId}. */
  public Job timer(String processInstanceId, String activityId) {
    List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).list();
    assertThat(timers).as("timers at %s", activityId).hasSize(1);
    return timers.get(0);
  }

  /** How many timers of the instance wait at {@code activityId}. */
  public long count(String processInstanceId, String activityId) {
    return management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId).count();
  }

  public Instant due(String processInstanceId, String activityId) {
    return timer(processInstanceId, activityId).getDuedate().toInstant();
  }

  /** Fires the timer now, whatever its due date. */
  public void fire(String processInstanceId, String activityId) {
    management.executeJob(timer(processInstanceId, activityId).getId());
  }
}
