package org.liaison.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.liaison.common.CountryCode;

/** What a member enters to raise a case. */
public record NewCase(
    @NotBlank(message = "{liaison.case.title.required}")
    @Size(max = CaseLimits.TITLE, message = "{liaison.case.title.tooLong}")
    String title,
    @NotBlank(message = "{liaison.case.summary.required}")
    @Size(max = CaseLimits.SUMMARY, message = "{liaison.case.summary.tooLong}")
    String summary,
    @NotBlank(message = "{liaison.case.country.required}")
    @CountryCode
    String country,
    @NotEmpty(message = "{liaison.case.themes.required}")
    Set<Theme> themes,
    @NotNull(message = "{liaison.case.severity.required}")
    Severity severity) {}
