package org.liaison.meetings.internal;

import org.liaison.processes.EmbassyMeetingProcess.Forms;
import org.liaison.processes.EmbassyMeetingProcess.Variables;
import org.liaison.steps.StepDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meeting's generic steps: requesting, briefing and chasing (a note; chasing decides whether the
 * meeting is still wanted). Recording the meeting, thanking the officer and completing a next step have
 * their own forms, completed through {@link org.liaison.meetings.MeetingService}.
 */
@Configuration(proxyBeanMethods = false)
class MeetingSteps {

  @Bean
  StepDefinition requestMeetingStep() {
    return StepDefinition.note(Forms.REQUEST_MEETING);
  }

  @Bean
  StepDefinition prepareBriefingStep() {
    return StepDefinition.note(Forms.PREPARE_BRIEFING);
  }

  @Bean
  StepDefinition chaseMeetingStep() {
    return StepDefinition.decision(Forms.CHASE_MEETING, Variables.MEETING_STILL_WANTED, true);
  }
}
