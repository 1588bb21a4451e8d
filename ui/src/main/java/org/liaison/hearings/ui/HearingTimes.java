package org.liaison.hearings.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.liaison.officers.ContactService;

/**
 * Hearing dates as the date-time pickers show them: in the local time of the country the hearing's
 * case is in ({@link ContactService#localZoneOf}), or the server's zone for a hearing of no case. The
 * screens name the zone next to every hearing time.
 */
final class HearingTimes {

  static Instant toInstant(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant();
  }

  static LocalDateTime toLocal(Instant instant, ZoneId zone) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
  }

  /** The local zone of a hearing in {@code country} (null: the case is not known). */
  static ZoneId zoneOf(String country, ContactService contacts) {
    return country == null ? ZoneId.systemDefault() : contacts.localZoneOf(country);
  }

  private HearingTimes() {}
}
