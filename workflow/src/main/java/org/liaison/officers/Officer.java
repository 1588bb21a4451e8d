package org.liaison.officers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact: an officer at an embassy, or a subject-matter expert in Washington when
 * {@code embassyId} is null. {@code contactCadence} null means the coalition's default; {@code version}
 * goes back with an edit. An officer who left their post has {@code leavingOn} and the {@code successorId}
 * who took the relationship over.
 */
public record Officer(UUID id, UUID embassyId, String name, String title, Portfolio portfolio, String email,
    String contactCadence, LocalDate lastContactOn, boolean newsletterInvited, boolean socialInvited, int version,
    LocalDate leavingOn, UUID successorId) {

  public boolean inWashington() {
    return embassyId == null;
  }
}
