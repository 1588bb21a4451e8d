package org.liaison.convenings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningStatus;
import org.liaison.processes.ConveningProcess.Forms;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The convening's steps, completed with the generic step form: agreeing the format sends the
 * invitations, confirming the logistics decides whether it goes ahead, and the outcomes are kept on
 * the convening.
 */
@Component
class ConveningSteps implements StepRecorder {

  private final ConveningStore store;
  private final Clock clock;

  ConveningSteps(ConveningStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Set<String> formKeys() {
    return Set.of(Forms.AGREE_CONVENING_FORMAT, Forms.CONFIRM_LOGISTICS, Forms.RECORD_CONVENING_OUTCOMES);
  }

  @Override
  public Map<String, Object> record(WorkItem task, StepInput input) {
    String tenantId = TenantContext.current().tenantId();
    Convening convening = store.byReference(tenantId, task.businessKey())
        .orElseThrow(() -> new IllegalStateException("No convening for task " + task.id()));
    Instant now = clock.instant();
    switch (task.formKey()) {
      case Forms.AGREE_CONVENING_FORMAT -> store.moveTo(tenantId, convening.id(), ConveningStatus.INVITATIONS_SENT, now);
      case Forms.CONFIRM_LOGISTICS -> store.moveTo(tenantId, convening.id(),
          Boolean.TRUE.equals(input.decision()) ? ConveningStatus.CONFIRMED : ConveningStatus.CANCELLED, now);
      default -> store.recordOutcomes(tenantId, convening.id(), input.strippedNote(), now);
    }
    return Map.of();
  }
}
