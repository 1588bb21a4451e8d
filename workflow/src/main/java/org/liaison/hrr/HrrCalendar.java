package org.liaison.hrr;

import java.time.Instant;
import java.util.UUID;

/** A country's yearly HRR calendar. */
public record HrrCalendar(UUID id, String country, CalendarStatus status, Instant startedAt, String startedBy,
    Instant endedAt, String endedBy) {

  public boolean running() {
    return status == CalendarStatus.RUNNING;
  }
}
