package org.liaison.hearings.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Hearing dates as the date-time pickers show them: in the zone the screens show every time in. */
final class HearingTimes {

  static Instant toInstant(LocalDateTime local) {
    return local == null ? null : local.atZone(ZoneId.systemDefault()).toInstant();
  }

  static LocalDateTime toLocal(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
  }

  private HearingTimes() {}
}
