package org.liaison.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.liaison.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Lives through time that has passed: moves the one clock of the engine and of Liaison
 * ({@code ClockConfiguration}) to a moment in the past, fires the coalition's timers that are due by
 * then, and brings the clock back to now. For building the demo's year of history and benchmarks
 * through the real services and lifecycles, at start-up, before anyone works: never while users work,
 * since the clock is the whole application's.
 */
@Component
public class HistoryClock {

  private final ProcessEngine engine;
  private final ManagementService management;

  HistoryClock(ProcessEngine engine, ManagementService management) {
    this.engine = engine;
    this.management = management;
  }

  /**
   * Runs {@code work} with the engine's job executor stopped, so that due timers fire only when
   * {@link #fireDueTimers} says, and with the clock back to now afterwards, however {@code work} ends.
   */
  public <T> T pausedAt(Instant start, Supplier<T> work) {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean wasActive = executor != null && executor.isActive();
    if (wasActive) {
      executor.shutdown();
    }
    try {
      travelTo(start);
      return work.get();
    } finally {
      ClockUtil.reset();
      if (wasActive) {
        executor.start();
      }
    }
  }

  /** Sets the clock to {@code moment}; only inside {@link #pausedAt}. */
  public void travelTo(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }

  /** The clock's time now. */
  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Executes the current coalition's jobs (timers) that are due by the clock's time, oldest first, at
   * most {@code max}, each in its own transaction as the job executor would; jobs of other coalitions
   * are not touched. Returns how many ran.
   */
  public int fireDueTimers(int max) {
    String tenant = TenantContext.current().tenantId();
    int failures = 0;
    int ran = 0;
    while (ran < max) {
      List<Job> due = management.createJobQuery().tenantIdIn(tenant).executable()
          .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).orderByJobDuedate().asc()
          .listPage(0, Math.min(50, max - ran));
      if (due.isEmpty() || failures > max / 10) {
        return ran;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (OptimisticLockingException raced) {
          // another firing of the same instance changed it first: the job is gone or runs again next time
        } catch (ProcessEngineException failed) {
          // as with the job executor: the engine counted the attempt down and set when to try again
          failures++;
        }
        ran++;
      }
    }
    return ran;
  }
}
