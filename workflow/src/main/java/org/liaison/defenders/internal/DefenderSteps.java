package org.liaison.defenders.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.liaison.defenders.Defender;
import org.liaison.defenders.DefenderStatus;
import org.liaison.processes.DefenderEmergencyProcess.Forms;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The steps of a defender's response, completed with the generic step form: the assessment and each
 * monitoring check move the defender's status.
 */
@Component
class DefenderSteps implements StepRecorder {

  private final DefenderStore store;
  private final Clock clock;

  DefenderSteps(DefenderStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Set<String> formKeys() {
    return Set.of(Forms.ASSESS_DEFENDER_RISK, Forms.MONITOR_DEFENDER);
  }

  @Override
  public Map<String, Object> record(WorkItem task, StepInput input) {
    String tenantId = TenantContext.current().tenantId();
    Defender d = store.byReference(tenantId, task.businessKey(), false)
        .orElseThrow(() -> new IllegalStateException("No defender for task " + task.id()));
    boolean yes = Boolean.TRUE.equals(input.decision());
    DefenderStatus next = task.formKey().equals(Forms.ASSESS_DEFENDER_RISK)
        ? (yes ? DefenderStatus.PROTECTING : DefenderStatus.NO_PROTECTION_NEEDED)
        : (yes ? DefenderStatus.SAFE : DefenderStatus.MONITORING);
    store.moveTo(tenantId, d.id(), next, clock.instant());
    return Map.of();
  }
}
