package org.liaison.accounts.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Local accounts ({@code liaison.local-accounts.*}).
 *
 * @param bcryptStrength the cost of the stored password hash (10 by default; tests that sign in
 *     thousands of times lower it)
 * @param resetValidFor how long a password reset link works
 * @param resetsPerHour how many reset links one account gets per hour, at most (more requests send nothing)
 */
@Validated
@ConfigurationProperties(prefix = "liaison.local-accounts")
public record AccountsProperties(
    @DefaultValue("10") @Min(4) @Max(31) int bcryptStrength,
    @DefaultValue("1h") Duration resetValidFor,
    @DefaultValue("3") @Min(1) @Max(100) int resetsPerHour) {}
