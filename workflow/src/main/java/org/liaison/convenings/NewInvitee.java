package org.liaison.convenings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone to invite: a name for the salutation and the address the invitation goes to. */
public record NewInvitee(
    @NotBlank(message = "{liaison.invitee.name.required}") @Size(max = 200, message = "{liaison.invitee.name.tooLong}") String name,
    @NotBlank(message = "{liaison.invitee.email.required}") @Email(message = "{liaison.invitee.email.invalid}")
    @Size(max = 320, message = "{liaison.invitee.email.invalid}") String email) {}
