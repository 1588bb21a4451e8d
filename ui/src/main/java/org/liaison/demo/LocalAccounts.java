package org.liaison.demo;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Local sign-in accounts for the demo people, used until an identity provider is configured.
 *
 * @param enabled whether the local accounts exist at all
 * @param password the password of every local account (from LIAISON_LOCAL_PASSWORD outside the demo)
 */
@Validated
@ConfigurationProperties(prefix = "liaison.local-accounts")
public record LocalAccounts(boolean enabled, @NotBlank(message = "set LIAISON_LOCAL_PASSWORD to the password of the local accounts") String password) {}
