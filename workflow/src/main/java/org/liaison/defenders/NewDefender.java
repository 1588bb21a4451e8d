package org.liaison.defenders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.common.CountryCode;

/**
 * What a security focal point or coordinator enters to report a defender at risk. A pseudonym, the
 * country (which embassy is asked to help) and the risk level are enough to start the response
 * (minimal-data mode); name, location, contact and the risk summary are optional, encrypted, and can be
 * added later by a focal point ({@link DefenderService#changeIdentity}).
 */
public record NewDefender(
    @NotBlank(message = "{liaison.defender.pseudonym.required}")
    @Size(max = 100, message = "{liaison.defender.pseudonym.tooLong}") String pseudonym,
    @NotBlank(message = "{liaison.defender.country.required}") @CountryCode String country,
    @NotNull(message = "{liaison.defender.riskLevel.required}") RiskLevel riskLevel,
    @Size(max = 200, message = "{liaison.defender.name.tooLong}") String name,
    @Size(max = 500, message = "{liaison.defender.location.tooLong}") String location,
    @Size(max = 500, message = "{liaison.defender.contact.tooLong}") String contact,
    @Size(max = 4000, message = "{liaison.defender.risk.tooLong}") String riskSummary) {

  /** The protected part: who the defender is and the risk in words. */
  public IdentityChange identity() {
    return new IdentityChange(name, location, contact, riskSummary);
  }

  @Override
  public String toString() {
    return "NewDefender[country=" + country + ", riskLevel=" + riskLevel + ", identity hidden]";
  }
}
