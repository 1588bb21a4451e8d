package org.liaison.records;

import java.time.Instant;

/**
 * A record linked to another one, as the other's page lists it: a court hearing or meeting held for a
 * case.
 *
 * @param kindKey translation key of what it is ({@code links.hearing})
 * @param reference its reference
 * @param title what it is about, as its own page heads it
 * @param route its page ({@code hearings/HRG-2026-0001})
 * @param statusKey translation key of its status
 * @param at the moment it is listed by (a hearing's date, a meeting's request)
 * @param zone the local time zone {@code at} is shown in, named (a hearing's), or null for the screens' usual one
 */
public record RecordLink(String kindKey, String reference, String title, String route, String statusKey, Instant at,
    java.time.ZoneId zone) {

  public RecordLink(String kindKey, String reference, String title, String route, String statusKey, Instant at) {
    this(kindKey, reference, title, route, statusKey, at, null);
  }
}
