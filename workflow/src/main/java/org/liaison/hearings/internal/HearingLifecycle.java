package org.liaison.hearings.internal;

import java.util.Map;
import org.liaison.hearings.HearingStatus;
import org.liaison.processes.CourtHearingProcess;
import org.liaison.processes.CourtHearingProcess.Elements;
import org.liaison.processes.CourtHearingProcess.Forms;
import org.liaison.processes.CourtHearingProcess.Variables;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.RecordStatuses;
import org.liaison.records.ReferenceKind;
import org.liaison.steps.StepDefinition;
import org.liaison.hearings.CourtHearingService;
import org.liaison.records.AttachmentTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a hearing's {@code court-hearing} lifecycle is to the record kernel: shown under
 * {@code hearings/}, numbered {@code HRG-2026-0001}, its status following the model's timers, tasks
 * and ends (also when a timer fires on the job executor). Confirming attendance and the debrief are
 * generic steps; requesting attendance and the observation have forms of their own.
 */
@Configuration(proxyBeanMethods = false)
class HearingLifecycle {

  static final Map<String, HearingStatus> STATUS_OF_STEP = Map.of(
      Elements.EVENT_REQUEST_DUE, HearingStatus.SCHEDULED,
      Elements.TASK_REQUEST_ATTENDANCE, HearingStatus.REQUEST_DUE,
      Elements.TASK_CONFIRM_ATTENDANCE, HearingStatus.AWAITING_CONFIRMATION,
      Elements.EVENT_HEARING_DAY, HearingStatus.ATTENDANCE_CONFIRMED,
      Elements.TASK_RECORD_OBSERVATION, HearingStatus.OBSERVATION_DUE,
      Elements.TASK_DEBRIEF_HEARING, HearingStatus.DEBRIEF_DUE,
      Elements.END_HEARING_OBSERVED, HearingStatus.OBSERVED,
      Elements.END_HEARING_CANCELLED, HearingStatus.CANCELLED);

  @Bean
  RecordLifecycle courtHearingLifecycle(HearingStore store) {
    return RecordLifecycle.of(CourtHearingProcess.KEY, "hearings")
        .numbered(ReferenceKind.of("HRG"))
        .titled(org.liaison.records.RecordTitles.byBusinessKey(store::titles))
        .withStatuses(new RecordStatuses<>("hearing", STATUS_OF_STEP, (execution, status, at) ->
            store.moveTo(execution.tenantId(), execution.id(Variables.HEARING_ID), status, at)))
        .withSteps(StepDefinition.note(Forms.CONFIRM_HEARING_ATTENDANCE), StepDefinition.note(Forms.DEBRIEF_HEARING));
  }

  /** Documents on a court hearing: by its reference, owned by its owner. */
  @Bean
  AttachmentTarget hearingDocuments(CourtHearingService hearings) {
    return new AttachmentTarget(CourtHearingService.KIND, reference -> hearings.get(reference).owner());
  }
}
