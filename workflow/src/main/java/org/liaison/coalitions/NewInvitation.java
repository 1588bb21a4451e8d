package org.liaison.coalitions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.liaison.tenancy.Role;

/** An invitation a coordinator sends: to whom, with which roles. */
public record NewInvitation(
    @NotBlank(message = "{liaison.invitation.email.required}")
    @Email(regexp = Invitations.EMAIL, message = "{liaison.invitation.email.invalid}")
    @Size(max = 320, message = "{liaison.invitation.email.invalid}") String email,
    @NotEmpty(message = "{liaison.invitation.roles.required}") Set<Role> roles) {

  public NewInvitation {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
