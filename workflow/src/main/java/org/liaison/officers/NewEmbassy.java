package org.liaison.officers;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.liaison.common.CountryCode;

/**
 * An embassy as a coordinator enters it. {@code timeZone} is an IANA zone id (Africa/Nairobi) or blank
 * for the country's zone.
 */
public record NewEmbassy(
    @NotBlank(message = "{liaison.case.country.required}") @CountryCode String country,
    @NotBlank(message = "{liaison.embassy.city.required}") @Size(max = 100, message = "{liaison.embassy.city.tooLong}") String city,
    @Size(max = 500, message = "{liaison.url.tooLong}") @Pattern(regexp = "^$|https?://\\S+", message = "{liaison.url.invalid}") String website,
    String timeZone) {

  public NewEmbassy(String country, String city, String website) {
    this(country, city, website, null);
  }

  @AssertTrue(message = "{liaison.embassy.timeZone.unknown}")
  boolean isTimeZone() {
    if (timeZone == null || timeZone.isBlank()) {
      return true;
    }
    try {
      ZoneId.of(timeZone.strip());
      return true;
    } catch (DateTimeException unknown) {
      return false;
    }
  }
}
