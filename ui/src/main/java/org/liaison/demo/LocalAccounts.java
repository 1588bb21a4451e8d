package org.liaison.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Local sign-in accounts for the demo people, used until an identity provider is configured.
 *
 * @param enabled whether the local accounts exist at all
 * @param password the password of every local account (from LIAISON_LOCAL_PASSWORD outside the demo)
 * @param bcryptStrength the cost of the stored password hash (10 by default; tests that sign in
 *     thousands of times lower it)
 */
@Validated
@ConfigurationProperties(prefix = "liaison.local-accounts")
public record LocalAccounts(
    boolean enabled,
    @NotBlank(message = "set LIAISON_LOCAL_PASSWORD to the password of the local accounts") String password,
    @DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {}
