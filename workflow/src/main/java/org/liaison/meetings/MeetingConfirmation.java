package org.liaison.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The embassy confirmed the meeting, for this date; the time and the place when it said them.
 *
 * @param at the time of day, or null when the embassy has not said yet
 * @param place where (the embassy, a café, a video call), or null
 */
public record MeetingConfirmation(
    @NotNull(message = "{liaison.meeting.confirmedFor.required}") LocalDate confirmedFor,
    LocalTime at,
    @Size(max = 300, message = "{liaison.meeting.place.tooLong}") String place) {

  public MeetingConfirmation(LocalDate confirmedFor) {
    this(confirmedFor, null, null);
  }
}
