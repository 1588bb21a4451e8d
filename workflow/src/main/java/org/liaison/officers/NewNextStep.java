package org.liaison.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A next step to record: what, who does it (a user name of the coalition), by when. */
public record NewNextStep(
    @NotBlank(message = "{liaison.nextStep.description.required}")
    @Size(max = 1000, message = "{liaison.nextStep.description.tooLong}") String description,
    @NotBlank(message = "{liaison.nextStep.owner.required}") String owner,
    @NotNull(message = "{liaison.nextStep.due.required}") LocalDate dueOn) {}
