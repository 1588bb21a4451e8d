package org.liaison.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A meeting to ask an officer for, on its own (not from a case). */
public record MeetingRequest(
    @NotNull(message = "{liaison.meeting.officer.required}") UUID officerId,
    @NotBlank(message = "{liaison.meeting.purpose.required}")
    @Size(max = 2000, message = "{liaison.meeting.purpose.tooLong}") String purpose) {}
