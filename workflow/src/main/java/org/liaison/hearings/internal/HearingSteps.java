package org.liaison.hearings.internal;

import org.liaison.processes.CourtHearingProcess.Forms;
import org.liaison.steps.StepDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hearing's generic steps: confirming attendance and the debrief (a note). Requesting attendance
 * and recording the observation have their own forms, completed through
 * {@link org.liaison.hearings.CourtHearingService}.
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
}
