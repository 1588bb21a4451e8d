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

  static final Map<String, CaseStatus> STATUS_OF_STEP = Map.ofEntries(
      Map.entry(Elements.TASK_TRIAGE_CASE, CaseStatus.IN_TRIAGE),
      Map.entry(Elements.TASK_ALIGN_WITH_PRIORITIES, CaseStatus.ALIGNING),
      Map.entry(Elements.TASK_DRAFT_OUTREACH, CaseStatus.DRAFTING_OUTREACH),
      Map.entry(Elements.TASK_REVIEW_OUTREACH, CaseStatus.IN_REVIEW),
      Map.entry(Elements.GATEWAY_AWAIT_REPLY, CaseStatus.OUTREACH_SENT),
      Map.entry(Elements.TASK_FOLLOW_UP, CaseStatus.FOLLOWING_UP),
      Map.entry(Elements.TASK_ESCALATE_TO_WASHINGTON, CaseStatus.ESCALATED),
      Map.entry(Elements.CALL_EMBASSY_MEETING, CaseStatus.MEETING),
      Map.entry(Elements.TASK_MONITOR_CASE, CaseStatus.MONITORING),
      Map.entry(Elements.END_CASE_CLOSED, CaseStatus.CLOSED),
      Map.entry(Elements.END_CASE_WITHDRAWN, CaseStatus.WITHDRAWN));

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
    String tenantId = rowSecurity.bindTenantOf(execution);
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
