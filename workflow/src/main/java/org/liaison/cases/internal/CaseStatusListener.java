package org.liaison.cases.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.liaison.cases.CaseStatus;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Elements;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/**
 * Keeps a case's status in step with its {@code raise-issue} instance: called when the instance
 * enters a step, it sets the status that step stands for. Runs in the engine's transaction, so a
 * failed step leaves the status unchanged. The coalition comes from the execution, never from the
 * caller, and an execution without one is refused.
 */
@Component(RaiseIssueProcess.Beans.CASE_STATUS_LISTENER)
class CaseStatusListener implements ExecutionListener {

  private static final Map<String, CaseStatus> STATUS_OF_STEP = Map.of(
      Elements.TASK_TRIAGE_CASE, CaseStatus.IN_TRIAGE,
      Elements.TASK_DRAFT_OUTREACH, CaseStatus.DRAFTING_OUTREACH,
      Elements.TASK_REVIEW_OUTREACH, CaseStatus.IN_REVIEW,
      Elements.TASK_RECORD_SENDING, CaseStatus.READY_TO_SEND,
      Elements.END_OUTREACH_SENT, CaseStatus.OUTREACH_SENT);

  private final CaseRepository cases;
  private final RowSecurity rowSecurity;
  private final Clock clock;

  CaseStatusListener(CaseRepository cases, RowSecurity rowSecurity, Clock clock) {
    this.cases = cases;
    this.rowSecurity = rowSecurity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    if (tenantId == null) {
      throw new IllegalStateException("Instance " + execution.getProcessInstanceId() + " has no coalition");
    }
    rowSecurity.bindTenant(tenantId); // also right on the job executor, where no user is signed in
    CaseStatus status = STATUS_OF_STEP.get(execution.getCurrentActivityId());
    if (status == null) {
      throw new IllegalStateException("No case status is defined for step " + execution.getCurrentActivityId());
    }
    UUID caseId = UUID.fromString((String) execution.getVariable(Variables.CASE_ID));
    CaseEntity entity = cases.findByTenantIdAndId(tenantId, caseId)
        .orElseThrow(() -> new IllegalStateException("Case " + caseId + " not found in coalition " + tenantId));
    entity.moveTo(status, clock.instant());
  }
}
