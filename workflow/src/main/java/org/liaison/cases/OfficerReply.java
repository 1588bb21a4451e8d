package org.liaison.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** An officer's reply to a case's outreach. */
public record OfficerReply(
    @NotNull(message = "{liaison.reply.officer.required}") UUID officerId,
    @NotBlank(message = "{liaison.engagement.summary.required}")
    @Size(max = 4000, message = "{liaison.engagement.summary.tooLong}") String summary,
    @NotNull(message = "{liaison.engagement.date.required}")
    @PastOrPresent(message = "{liaison.engagement.date.future}") LocalDate receivedOn) {}
