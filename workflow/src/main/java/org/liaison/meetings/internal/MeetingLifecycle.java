package org.liaison.meetings.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.liaison.meetings.MeetingStatus;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementService;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.EmbassyMeetingProcess.Elements;
import org.liaison.processes.EmbassyMeetingProcess.Forms;
import org.liaison.processes.EmbassyMeetingProcess.Variables;
import org.liaison.records.BoundExecution;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.RecordReferences;
import org.liaison.records.RecordStatuses;
import org.liaison.records.ReferenceKind;
import org.liaison.records.TenantBound;
import org.liaison.steps.StepDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.liaison.meetings.MeetingService;
import org.liaison.records.AttachmentTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a meeting's {@code embassy-meeting} lifecycle is to the record kernel: numbered
 * {@code MTG-2026-0001} and shown under {@code meetings/}, except a meeting a case's lifecycle called,
 * whose instance runs under the case reference (its tasks lead to the case). The status follows the
 * model; at the start event the meeting is tied to its instance, and a meeting a case asked for is
 * registered under a reference of its own. Requesting, briefing and chasing are generic steps;
 * recording the meeting, thanking the officer and a next step have forms of their own.
 */
@Configuration(proxyBeanMethods = false)
class MeetingLifecycle {

  static final Map<String, MeetingStatus> STATUS_OF_STEP = Map.of(
      Elements.START_MEETING_REQUESTED, MeetingStatus.REQUESTED,
      Elements.TASK_REQUEST_MEETING, MeetingStatus.REQUESTED,
      Elements.GATEWAY_AWAIT_CONFIRMATION, MeetingStatus.AWAITING_CONFIRMATION,
      Elements.TASK_CHASE_MEETING, MeetingStatus.CONFIRMATION_OVERDUE,
      Elements.TASK_PREPARE_BRIEFING, MeetingStatus.CONFIRMED,
      Elements.GATEWAY_AFTER_MEETING, MeetingStatus.FOLLOWING_UP,
      Elements.END_MEETING_FOLLOWED_UP, MeetingStatus.FOLLOWED_UP,
      Elements.END_MEETING_DROPPED, MeetingStatus.DROPPED);

  @Bean
  RecordLifecycle embassyMeetingLifecycle(MeetingStore store, EngagementService engagements,
      ObjectProvider<RecordReferences> references) {
    return RecordLifecycle.of(EmbassyMeetingProcess.KEY, "meetings")
        .numbered(ReferenceKind.of("MTG"))
        .calledFrom("cases")
        .titled(store::titles)
        .withStatuses(new RecordStatuses<>("meeting", STATUS_OF_STEP, (execution, status, at) -> {
          if (Elements.START_MEETING_REQUESTED.equals(execution.element())) {
            register(execution, at, store, engagements, references.getObject());
          } else {
            store.moveTo(execution.tenantId(), execution.instanceId(), status, at);
          }
        }))
        .withSteps(StepDefinition.note(Forms.REQUEST_MEETING),
            StepDefinition.note(Forms.PREPARE_BRIEFING),
            StepDefinition.decision(Forms.CHASE_MEETING, Variables.MEETING_STILL_WANTED, true));
  }

  /**
   * Ties the meeting to its instance. A meeting requested on its own was saved before its lifecycle
   * started; one a case's lifecycle called is registered here, for the engagement of the officer's reply.
   */
  private static void register(BoundExecution execution, Instant at, MeetingStore store,
      EngagementService engagements, RecordReferences references) {
    String tenantId = execution.tenantId();
    UUID engagementId = execution.id(Variables.ENGAGEMENT_ID);
    if (store.attachInstance(tenantId, engagementId, execution.instanceId(), at)) {
      return;
    }
    if (store.existsForEngagement(tenantId, engagementId)) {
      throw new IllegalStateException("Engagement " + engagementId + " already has a running meeting");
    }
    Engagement engagement = engagements.engagement(engagementId);
    UUID caseId = execution.optionalId(Variables.CASE_ID);
    String reference = references.next(tenantId, EmbassyMeetingProcess.KEY);
    store.insert(tenantId, UUID.randomUUID(), reference, execution.businessKey(), engagementId,
        caseId == null ? engagement.caseId() : caseId, engagement.officerId(),
        execution.text(Variables.MEETING_OWNER), MeetingStatus.REQUESTED, at);
    store.attachInstance(tenantId, engagementId, execution.instanceId(), at);
  }

  /** When a next-step task is created: ties it to its next step, so completing the task marks the step done. */
  @Bean(EmbassyMeetingProcess.Beans.NEXT_STEP_TASK_LISTENER)
  TaskListener nextStepTaskListener(TenantBound bound, EngagementService engagements) {
    return bound.taskListener((x, task) -> engagements.attachNextStepTask(x.id(Variables.NEXT_STEP_ID), task.getId()));
  }

  /** Documents on a meeting: by its reference, owned by its owner. */
  @Bean
  AttachmentTarget meetingDocuments(MeetingService meetings) {
    return new AttachmentTarget(MeetingService.KIND, reference -> meetings.get(reference).owner());
  }
}
