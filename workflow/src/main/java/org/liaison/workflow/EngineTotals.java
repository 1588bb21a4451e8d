package org.liaison.workflow;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine's totals over every coalition, for the operators' metrics: counts only, never a
 * coalition's instance or task. Not for users (who see their coalition's through {@link WorkflowEngine}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EngineTotals {

  private final ManagementService management;
  private final RuntimeService runtime;

  /** Jobs due now: timers, asynchronous steps, retries. */
  public long jobsDue() {
    return management.createJobQuery().executable().count();
  }

  /** Jobs whose retries are used up (each has raised an incident). */
  public long jobsFailed() {
    return management.createJobQuery().noRetriesLeft().count();
  }

  /** Open incidents of every coalition's lifecycles. */
  public long incidents() {
    return runtime.createIncidentQuery().count();
  }
}
