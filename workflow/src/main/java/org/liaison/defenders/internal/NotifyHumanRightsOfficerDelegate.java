package org.liaison.defenders.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.processes.DefenderEmergencyProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyHumanRightsOfficer}: mails the embassy's human-rights officers a notice without
 * the defender's identity. It runs when the assessment confirms the risk; without an officer to send
 * to, the confirmation is refused with a message naming the fix, and nothing changes.
 */
@Component(DefenderEmergencyProcess.Beans.NOTIFY_HUMAN_RIGHTS_OFFICER_DELEGATE)
class NotifyHumanRightsOfficerDelegate implements JavaDelegate {

  private final DefenderNotices notices;
  private final RowSecurity rowSecurity;

  NotifyHumanRightsOfficerDelegate(DefenderNotices notices, RowSecurity rowSecurity) {
    this.notices = notices;
    this.rowSecurity = rowSecurity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rowSecurity.bindTenantOf(execution);
    notices.notifyOfficer(execution.getTenantId(), UUID.fromString((String) execution.getVariable(Variables.DEFENDER_ID)));
  }
}
