package org.liaison.coalitions.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Invitations ({@code liaison.invitations.*}).
 *
 * @param validFor how long an invitation link works (7 days by default); a resend starts it again
 * @param perHour how many invitation mails (first sends and resends) one coalition may send per hour
 */
@Validated
@ConfigurationProperties(prefix = "liaison.invitations")
public record InvitationSettings(
    @DefaultValue("7d") Duration validFor,
    @DefaultValue("20") @Min(1) @Max(10_000) int perHour) {}
