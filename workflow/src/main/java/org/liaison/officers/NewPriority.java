package org.liaison.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The seed: consult the embassy's website, press releases and social media to identify its priorities. */
public record NewPriority(
    @NotBlank(message = "{liaison.priority.objective.required}") @Size(max = 1000, message = "{liaison.priority.objective.tooLong}") String objective,
    @NotBlank(message = "{liaison.priority.source.required}") @Size(max = 500, message = "{liaison.url.tooLong}")
    @Pattern(regexp = "https?://\\S+", message = "{liaison.url.invalid}") String sourceUrl,
    @NotNull(message = "{liaison.priority.capturedOn.required}") @PastOrPresent(message = "{liaison.priority.capturedOn.future}") LocalDate capturedOn) {}
