package org.liaison.meetings.internal;

import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.officers.EngagementService;
import org.liaison.processes.EmbassyMeetingProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${nextStepsPlan.ids(engagementId)}} and {@code ${nextStepsPlan.owner(nextStepId)}}: one
 * next-step task per step agreed in the meeting, assigned to the step's owner. The engine calls it while
 * completing the record-meeting step, in the user's transaction, so the coalition bound to that
 * transaction scopes the reads (and one bound to none is refused). The same engagement always gives the
 * same list in the same order; nothing is stored as a process variable.
 */
@Component(EmbassyMeetingProcess.Beans.NEXT_STEPS_PLAN)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NextStepsPlan {

  private final EngagementService engagements;

  public List<String> ids(String engagementId) {
    return engagements.nextStepIds(UUID.fromString(engagementId));
  }

  public String owner(String nextStepId) {
    return engagements.nextStep(UUID.fromString(nextStepId)).owner();
  }
}
