package org.liaison.coalitions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A coalition a platform admin creates, and the e-mail address of its first coordinator, who is
 * invited at once.
 *
 * @param id the short id in links and the API's X-Coalition header, e.g. {@code press}
 * @param referencePrefix the start of its records' references, e.g. {@code PFC} in PFC-2026-0001
 */
public record NewCoalition(
    @NotBlank(message = "{liaison.coalition.name.required}") @Size(max = 200, message = "{liaison.coalition.name.tooLong}")
    String name,
    @NotBlank(message = "{liaison.coalition.id.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{liaison.coalition.id.invalid}") String id,
    @NotBlank(message = "{liaison.coalition.prefix.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9]{1,9}", message = "{liaison.coalition.prefix.invalid}") String referencePrefix,
    @NotBlank(message = "{liaison.invitation.email.required}")
    @Email(regexp = Invitations.EMAIL, message = "{liaison.invitation.email.invalid}")
    @Size(max = 320, message = "{liaison.invitation.email.invalid}") String firstCoordinatorEmail) {

  NewCoalition normalised() {
    return new NewCoalition(name == null ? null : name.strip(), id == null ? null : id.strip().toLowerCase(Locale.ROOT),
        referencePrefix == null ? null : referencePrefix.strip().toUpperCase(Locale.ROOT),
        firstCoordinatorEmail == null ? null : firstCoordinatorEmail.strip());
  }
}
