package org.liaison.meetings;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The embassy confirmed the meeting, for this date. */
public record MeetingConfirmation(@NotNull(message = "{liaison.meeting.confirmedFor.required}") LocalDate confirmedFor) {}
