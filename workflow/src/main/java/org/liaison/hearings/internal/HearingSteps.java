package org.liaison.hearings.internal;

import org.liaison.processes.CourtHearingProcess.Forms;
import org.liaison.steps.StepDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hearing's steps. Confirming attendance and the debrief are generic steps (a note). Requesting
 * attendance and recording the observation have their own forms, completed through
 * {@link org.liaison.hearings.CourtHearingService}; they are declared here too so that the step service
 * journals and completes them like any step.
 */
@Configuration(proxyBeanMethods = false)
class HearingSteps {

  @Bean
  StepDefinition confirmHearingAttendanceStep() {
    return StepDefinition.note(Forms.CONFIRM_HEARING_ATTENDANCE);
  }

  @Bean
  StepDefinition debriefHearingStep() {
    return StepDefinition.note(Forms.DEBRIEF_HEARING);
  }

  @Bean
  StepDefinition requestHearingAttendanceStep() {
    return StepDefinition.note(Forms.REQUEST_HEARING_ATTENDANCE);
  }

  @Bean
  StepDefinition recordHearingObservationStep() {
    return StepDefinition.note(Forms.RECORD_HEARING_OBSERVATION);
  }
}
