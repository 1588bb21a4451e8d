package org.liaison.convenings.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.processes.ConveningProcess;
import org.liaison.processes.ConveningProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/** {@code Task_SendInvitation} (one instance per invitation): queues the invitation's mail, once. */
@Component(ConveningProcess.Beans.SEND_INVITATION_DELEGATE)
class SendInvitationDelegate implements JavaDelegate {

  private final InvitationMailer mailer;
  private final RowSecurity rowSecurity;

  SendInvitationDelegate(InvitationMailer mailer, RowSecurity rowSecurity) {
    this.mailer = mailer;
    this.rowSecurity = rowSecurity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rowSecurity.bindTenantOf(execution);
    mailer.send(execution.getTenantId(), UUID.fromString((String) execution.getVariable(Variables.INVITATION_ID)));
  }
}
