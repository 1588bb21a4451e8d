package org.liaison.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.common.CountryCode;

public record NewEmbassy(
    @NotBlank(message = "{liaison.case.country.required}") @CountryCode String country,
    @NotBlank(message = "{liaison.embassy.city.required}") @Size(max = 100, message = "{liaison.embassy.city.tooLong}") String city,
    @Size(max = 500, message = "{liaison.url.tooLong}") @Pattern(regexp = "^$|https?://\\S+", message = "{liaison.url.invalid}") String website) {}
