package org.liaison.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A local account someone creates for themselves when accepting an invitation. The password is
 * checked against {@link Accounts#PASSWORD_RULE}; {@code passwordRepeat} must match it.
 */
public record NewAccount(
    @NotBlank(message = "{liaison.account.username.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}", message = "{liaison.account.username.invalid}") String username,
    @NotBlank(message = "{liaison.account.name.required}") @Size(max = 200, message = "{liaison.account.name.tooLong}")
    String displayName,
    String password,
    String passwordRepeat) {

  /** The same account with its username as Liaison keeps it: trimmed, lower case. */
  public NewAccount normalised() {
    return new NewAccount(username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT),
        displayName == null ? null : displayName.strip(), password, passwordRepeat);
  }
}
