package org.liaison.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** How the approved outreach went out: to whom, on which day. */
public record Sending(
    @NotBlank(message = "{liaison.sending.recipients.required}")
    @Size(max = OutreachLimits.RECIPIENTS, message = "{liaison.sending.recipients.tooLong}")
    String recipients,
    @NotNull(message = "{liaison.sending.sentOn.required}")
    @PastOrPresent(message = "{liaison.sending.sentOn.future}")
    LocalDate sentOn) {}
