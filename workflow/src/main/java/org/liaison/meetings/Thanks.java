package org.liaison.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How the officer was thanked after the meeting, and whether they were invited to the coalition's
 * newsletter and social channels (the seed: keep officers in the loop).
 */
public record Thanks(
    @NotBlank(message = "{liaison.thanks.note.required}")
    @Size(max = 4000, message = "{liaison.thanks.note.tooLong}") String note,
    boolean newsletterInvited,
    boolean socialInvited) {}
