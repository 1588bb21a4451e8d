package org.liaison.notifications;

import java.time.LocalDate;

/**
 * A member's profile in one coalition.
 *
 * @param email the address notices go to for this coalition (their own or their person's address)
 * @param ownEmail whether that address was set for this coalition (else it is their person's)
 * @param awayFrom first day away, or null when not away
 * @param awayTo last day away, or null
 * @param standIn who takes their new tasks while away, or null
 */
public record MemberProfile(String username, String email, boolean ownEmail, MailChoice mail, LocalDate awayFrom,
    LocalDate awayTo, String standIn) {

  /** Whether they are away on {@code day}. */
  public boolean awayOn(LocalDate day) {
    return awayFrom != null && !day.isBefore(awayFrom) && !day.isAfter(awayTo);
  }
}
