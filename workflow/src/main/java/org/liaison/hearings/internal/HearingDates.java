package org.liaison.hearings.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.liaison.common.IsoDurations;

/**
 * The dates a hearing's timers read: the hearing date and the date to ask officers to attend (the
 * hearing date minus the coalition's lead, an ISO 8601 duration such as {@code P7D} or {@code P1M},
 * subtracted in UTC the way a BPMN timer adds it), as ISO 8601 date-times to the second.
 */
public final class HearingDates {

  /** The hearing date minus the lead. */
  public static Instant requestAttendanceAt(Instant hearingAt, String lead) {
    return IsoDurations.minus(hearingAt, lead);
  }

  /** {@code 2026-12-14T09:00:00Z}: what the timer variables hold. */
  public static String iso(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private HearingDates() {}
}
