package org.liaison.cases.internal;

import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.records.BoundExecution;
import org.liaison.records.TenantBound;
import org.springframework.stereotype.Component;

/**
 * {@code ${outreachPlan.recipients(execution)}}: the officers chosen for a case, one sending each.
 * The list is computed when the sending starts and is never stored as a process variable.
 */
@Component(RaiseIssueProcess.Beans.OUTREACH_PLAN)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutreachPlan {

  private final CaseRoutingStore store;
  private final TenantBound bound;

  public List<String> recipients(DelegateExecution execution) {
    BoundExecution x = bound.bind(execution);
    UUID caseId = x.id(Variables.CASE_ID);
    List<String> officers = store.officerIds(x.tenantId(), caseId).stream().map(UUID::toString).toList();
    if (officers.isEmpty()) {
      throw new IllegalStateException("Case " + caseId + " has no officers to send the outreach to");
    }
    return officers;
  }
}
