package org.liaison.hrr.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.liaison.common.InvalidInputException;
import org.liaison.hrr.HrrCycle;
import org.liaison.processes.HrrInputProcess.Forms;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The review (approve, or send back for revision) and the acknowledgement of a cycle, completed with
 * the generic step form; the acknowledgement is kept on the cycle.
 */
@Component
class HrrSteps implements StepRecorder {

  private final HrrStore store;
  private final Clock clock;

  HrrSteps(HrrStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Set<String> formKeys() {
    return Set.of(Forms.REVIEW_HRR_COMPILATION, Forms.RECORD_HRR_ACKNOWLEDGEMENT);
  }

  @Override
  public Map<String, Object> record(WorkItem task, StepInput input) {
    Actor actor = TenantContext.current();
    HrrCycle cycle = store.cycleByReference(actor.tenantId(), task.businessKey())
        .orElseThrow(() -> new IllegalStateException("No HRR cycle for task " + task.id()));
    if (task.formKey().equals(Forms.REVIEW_HRR_COMPILATION)) {
      if (cycle.compiledText() == null) {
        throw InvalidInputException.of("decision", "There is no compiled text to review yet.");
      }
      return Map.of();
    }
    store.acknowledged(actor.tenantId(), cycle.id(), input.strippedNote(), actor.username(), clock.instant());
    return Map.of();
  }
}
