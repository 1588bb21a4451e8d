package org.liaison.hearings.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.liaison.hearings.HearingStatus;
import org.liaison.processes.CourtHearingProcess;
import org.liaison.processes.CourtHearingProcess.Elements;
import org.liaison.processes.CourtHearingProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/**
 * Keeps a hearing's status in step with its {@code court-hearing} instance: called when the instance
 * enters a timer, a step or an end, it sets the status that point stands for. Runs in the engine's
 * transaction (also on the job executor when a timer fires); the coalition comes from the execution.
 */
@Component(CourtHearingProcess.Beans.HEARING_STATUS_LISTENER)
class HearingStatusListener implements ExecutionListener {

  static final Map<String, HearingStatus> STATUS_OF_STEP = Map.of(
      Elements.EVENT_REQUEST_DUE, HearingStatus.SCHEDULED,
      Elements.TASK_REQUEST_ATTENDANCE, HearingStatus.REQUEST_DUE,
      Elements.TASK_CONFIRM_ATTENDANCE, HearingStatus.AWAITING_CONFIRMATION,
      Elements.EVENT_HEARING_DAY, HearingStatus.ATTENDANCE_CONFIRMED,
      Elements.TASK_RECORD_OBSERVATION, HearingStatus.OBSERVATION_DUE,
      Elements.TASK_DEBRIEF_HEARING, HearingStatus.DEBRIEF_DUE,
      Elements.END_HEARING_OBSERVED, HearingStatus.OBSERVED,
      Elements.END_HEARING_CANCELLED, HearingStatus.CANCELLED);

  private final HearingStore store;
  private final RowSecurity rowSecurity;
  private final Clock clock;

  HearingStatusListener(HearingStore store, RowSecurity rowSecurity, Clock clock) {
    this.store = store;
    this.rowSecurity = rowSecurity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String tenantId = rowSecurity.bindTenantOf(execution);
    HearingStatus status = STATUS_OF_STEP.get(execution.getCurrentActivityId());
    if (status == null) {
      throw new IllegalStateException("No hearing status is defined for step " + execution.getCurrentActivityId());
    }
    UUID hearingId = UUID.fromString((String) execution.getVariable(Variables.HEARING_ID));
    store.moveTo(tenantId, hearingId, status, clock.instant());
  }
}
