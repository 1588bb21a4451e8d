package org.liaison.meetings.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.liaison.officers.EngagementService;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.EmbassyMeetingProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/** When a next-step task is created: ties it to its next step, so completing the task marks the step done. */
@Component(EmbassyMeetingProcess.Beans.NEXT_STEP_TASK_LISTENER)
class NextStepTaskListener implements TaskListener {

  private final EngagementService engagements;
  private final RowSecurity rowSecurity;

  NextStepTaskListener(EngagementService engagements, RowSecurity rowSecurity) {
    this.engagements = engagements;
    this.rowSecurity = rowSecurity;
  }

  @Override
  public void notify(DelegateTask task) {
    rowSecurity.bindTenant(task.getTenantId());
    engagements.attachNextStepTask(UUID.fromString((String) task.getVariable(Variables.NEXT_STEP_ID)), task.getId());
  }
}
