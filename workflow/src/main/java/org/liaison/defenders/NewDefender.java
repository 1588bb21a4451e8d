package org.liaison.defenders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.liaison.common.CountryCode;

/**
 * What a security focal point or coordinator enters to report a defender at risk. Name, location and
 * contact are the identity; the country says which embassy is asked to help.
 */
public record NewDefender(
    @NotBlank(message = "{liaison.defender.name.required}")
    @Size(max = 200, message = "{liaison.defender.name.tooLong}") String name,
    @NotBlank(message = "{liaison.defender.location.required}")
    @Size(max = 500, message = "{liaison.defender.location.tooLong}") String location,
    @NotBlank(message = "{liaison.defender.contact.required}")
    @Size(max = 500, message = "{liaison.defender.contact.tooLong}") String contact,
    @NotBlank(message = "{liaison.defender.country.required}") @CountryCode String country,
    @NotBlank(message = "{liaison.defender.risk.required}")
    @Size(max = 4000, message = "{liaison.defender.risk.tooLong}") String riskSummary) {

  @Override
  public String toString() {
    return "NewDefender[country=" + country + ", identity hidden]";
  }
}
