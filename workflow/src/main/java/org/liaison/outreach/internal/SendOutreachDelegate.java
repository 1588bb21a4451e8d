package org.liaison.outreach.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/** {@code Task_SendOutreach}, once per chosen officer: queues the approved outreach for that officer. */
@Component(RaiseIssueProcess.Beans.SEND_OUTREACH_DELEGATE)
class SendOutreachDelegate implements JavaDelegate {

  private final OutreachSender sender;
  private final RowSecurity rowSecurity;

  SendOutreachDelegate(OutreachSender sender, RowSecurity rowSecurity) {
    this.sender = sender;
    this.rowSecurity = rowSecurity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rowSecurity.bindTenantOf(execution);
    sender.send(execution.getTenantId(), execution.getProcessBusinessKey(),
        UUID.fromString((String) execution.getVariable(Variables.OFFICER_ID)));
  }
}
