package org.liaison.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.liaison.officers.NewNextStep;

/**
 * What the owner records after the meeting date: whether it took place, what came of it (or why it
 * did not happen) and the next steps agreed, each with its owner and due date.
 */
public record MeetingRecord(
    @NotNull(message = "{liaison.meeting.held.required}") Boolean held,
    @NotBlank(message = "{liaison.meeting.outcome.required}")
    @Size(max = 4000, message = "{liaison.meeting.outcome.tooLong}") String outcome,
    @Valid List<NewNextStep> nextSteps) {

  public MeetingRecord {
    nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
  }
}
