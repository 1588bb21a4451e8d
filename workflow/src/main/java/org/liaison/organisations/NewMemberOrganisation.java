package org.liaison.organisations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a coordinator enters to add a member organisation. */
public record NewMemberOrganisation(
    @NotBlank(message = "{liaison.organisation.name.required}")
    @Size(max = 200, message = "{liaison.organisation.name.tooLong}") String name,
    @NotBlank(message = "{liaison.organisation.email.required}")
    @Email(message = "{liaison.organisation.email.invalid}")
    @Size(max = 320, message = "{liaison.organisation.email.invalid}") String contactEmail) {}
