package org.liaison.defenders;

import jakarta.validation.constraints.Size;

/**
 * The protected fields of a defender record as a focal point enters them; blank means not recorded.
 * They are encrypted before they reach the database.
 */
public record IdentityChange(
    @Size(max = 200, message = "{liaison.defender.name.tooLong}") String name,
    @Size(max = 500, message = "{liaison.defender.location.tooLong}") String location,
    @Size(max = 500, message = "{liaison.defender.contact.tooLong}") String contact,
    @Size(max = 4000, message = "{liaison.defender.risk.tooLong}") String riskSummary) {

  @Override
  public String toString() {
    return "IdentityChange[hidden]";
  }
}
