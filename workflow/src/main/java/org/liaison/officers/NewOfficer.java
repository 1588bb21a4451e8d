package org.liaison.officers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.liaison.common.IsoDuration;

/** A new contact; {@code embassyId} null for a Washington subject-matter expert. */
public record NewOfficer(
    UUID embassyId,
    @NotBlank(message = "{liaison.officer.name.required}") @Size(max = 200, message = "{liaison.officer.name.tooLong}") String name,
    @Size(max = 200, message = "{liaison.officer.title.tooLong}") String title,
    @NotNull(message = "{liaison.officer.portfolio.required}") Portfolio portfolio,
    @Email(message = "{liaison.officer.email.invalid}") @Size(max = 320, message = "{liaison.officer.email.invalid}") String email,
    @IsoDuration String contactCadence) {}
