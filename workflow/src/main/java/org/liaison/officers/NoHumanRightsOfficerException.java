package org.liaison.officers;

import java.util.Locale;
import org.liaison.common.InvalidInputException;

/**
 * Mail for the embassy's human-rights officer cannot go out: the coalition has recorded no
 * human-rights officer with an e-mail address at its embassy in that country. A coordinator fixes
 * it under Contacts and tries again; nothing was saved or sent.
 */
public class NoHumanRightsOfficerException extends InvalidInputException {

  /** The field the message is reported on (no form shows it, so the screens show it as a notice). */
  public static final String FIELD = "humanRightsOfficer";

  private final String country;

  public NoHumanRightsOfficerException(String country) {
    super(java.util.Map.of(FIELD, "No human-rights officer with an e-mail address is recorded for the U.S. embassy in "
        + new Locale("", country).getDisplayCountry(Locale.ENGLISH)
        + ". Add one under Contacts (portfolio: human rights), then try again."));
    this.country = country;
  }

  public String country() {
    return country;
  }

  @Override
  public String getMessage() {
    return fieldErrors().get(FIELD);
  }
}
