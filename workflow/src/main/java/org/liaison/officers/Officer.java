package org.liaison.officers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact: an officer at an embassy, or a subject-matter expert in Washington when
 * {@code embassyId} is null. {@code contactCadence} null means the coalition's default.
 */
public record Officer(UUID id, UUID embassyId, String name, String title, Portfolio portfolio, String email,
    String contactCadence, LocalDate lastContactOn, boolean newsletterInvited, boolean socialInvited) {

  public boolean inWashington() {
    return embassyId == null;
  }
}
