package org.liaison.hrr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An organisation's input as someone enters it on the cycle page; entering it again replaces it. */
public record NewHrrSubmission(
    @NotNull(message = "{liaison.hrr.organisation.required}") UUID organisationId,
    @NotBlank(message = "{liaison.hrr.submission.required}")
    @Size(max = HrrLimits.SUBMISSION, message = "{liaison.hrr.submission.tooLong}") String text) {}
