package org.liaison.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.liaison.common.RecordReferences;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.MeetingStatus;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementService;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.EmbassyMeetingProcess.Elements;
import org.liaison.processes.EmbassyMeetingProcess.Variables;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Component;

/**
 * Keeps a meeting's status in step with its {@code embassy-meeting} instance. At the start event it
 * ties the meeting to the instance, and registers a meeting that a case's lifecycle started (as a call
 * activity) under a reference of its own. Runs in the engine's transaction (also on the job executor,
 * when the confirmation wait passes); the coalition comes from the execution.
 */
@Component(EmbassyMeetingProcess.Beans.MEETING_STATUS_LISTENER)
class MeetingStatusListener implements ExecutionListener {

  static final Map<String, MeetingStatus> STATUS_OF_STEP = Map.of(
      Elements.TASK_REQUEST_MEETING, MeetingStatus.REQUESTED,
      Elements.GATEWAY_AWAIT_CONFIRMATION, MeetingStatus.AWAITING_CONFIRMATION,
      Elements.TASK_CHASE_MEETING, MeetingStatus.CONFIRMATION_OVERDUE,
      Elements.TASK_PREPARE_BRIEFING, MeetingStatus.CONFIRMED,
      Elements.GATEWAY_AFTER_MEETING, MeetingStatus.FOLLOWING_UP,
      Elements.END_MEETING_FOLLOWED_UP, MeetingStatus.FOLLOWED_UP,
      Elements.END_MEETING_DROPPED, MeetingStatus.DROPPED);

  private final MeetingStore store;
  private final EngagementService engagements;
  private final RecordReferences references;
  private final RowSecurity rowSecurity;
  private final Clock clock;

  MeetingStatusListener(MeetingStore store, EngagementService engagements, RecordReferences references,
      RowSecurity rowSecurity, Clock clock) {
    this.store = store;
    this.engagements = engagements;
    this.references = references;
    this.rowSecurity = rowSecurity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String tenantId = rowSecurity.bindTenantOf(execution);
    String step = execution.getCurrentActivityId();
    if (Elements.START_MEETING_REQUESTED.equals(step)) {
      register(tenantId, execution);
      return;
    }
    MeetingStatus status = STATUS_OF_STEP.get(step);
    if (status == null) {
      throw new IllegalStateException("No meeting status is defined for step " + step);
    }
    store.moveTo(tenantId, execution.getProcessInstanceId(), status, clock.instant());
  }

  private void register(String tenantId, DelegateExecution execution) {
    UUID engagementId = UUID.fromString((String) execution.getVariable(Variables.ENGAGEMENT_ID));
    String instanceId = execution.getProcessInstanceId();
    if (store.attachInstance(tenantId, engagementId, instanceId, clock.instant())) {
      return; // requested on its own: the meeting was saved before its lifecycle started
    }
    if (store.existsForEngagement(tenantId, engagementId)) {
      throw new IllegalStateException("Engagement " + engagementId + " already has a running meeting");
    }
    Engagement engagement = engagements.engagement(engagementId);
    Object caseId = execution.getVariable(Variables.CASE_ID);
    String reference = references.next(tenantId, MeetingService.REFERENCE_KIND, LocalDate.now(clock).getYear());
    store.insert(tenantId, UUID.randomUUID(), reference, execution.getProcessBusinessKey(), engagementId,
        caseId == null ? engagement.caseId() : UUID.fromString((String) caseId), engagement.officerId(),
        (String) execution.getVariable(Variables.MEETING_OWNER), MeetingStatus.REQUESTED, clock.instant());
    store.attachInstance(tenantId, engagementId, instanceId, clock.instant());
  }
}
