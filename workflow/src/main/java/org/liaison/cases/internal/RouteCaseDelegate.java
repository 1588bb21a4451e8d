package org.liaison.cases.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/** {@code Task_RouteCase}: runs the routing decision for the instance's case, in its coalition. */
@Component(RaiseIssueProcess.Beans.ROUTE_CASE_DELEGATE)
class RouteCaseDelegate implements JavaDelegate {

  private final CaseRouter router;
  private final RowSecurity rowSecurity;

  RouteCaseDelegate(CaseRouter router, RowSecurity rowSecurity) {
    this.router = router;
    this.rowSecurity = rowSecurity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rowSecurity.bindTenantOf(execution);
    UUID caseId = UUID.fromString((String) execution.getVariable(Variables.CASE_ID));
    execution.setVariable(Variables.URGENCY, router.route(execution.getTenantId(), caseId).name());
  }
}
