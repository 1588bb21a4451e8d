package org.liaison.common;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/**
 * Calendar arithmetic with ISO 8601 durations as the settings hold them ({@code P28D}, {@code PT4H},
 * {@code P1M}): the same arithmetic a BPMN timer applies, in UTC.
 */
public final class IsoDurations {

  private static final DatatypeFactory FACTORY;

  static {
    try {
      FACTORY = DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** {@code from} plus the duration. */
  public static Instant plus(Instant from, String isoDuration) {
    return add(from, parse(isoDuration));
  }

  /** {@code from} minus the duration. */
  public static Instant minus(Instant from, String isoDuration) {
    return add(from, parse(isoDuration).negate());
  }

  /** The duration in words for a message: "4 hours", "2 days", "90 minutes" (months counted from 1 Jan 1970). */
  public static String describe(String isoDuration) {
    long minutes = java.time.Duration.between(Instant.EPOCH, plus(Instant.EPOCH, isoDuration)).toMinutes();
    if (minutes % 1440 == 0) {
      return count(minutes / 1440, "day");
    }
    return minutes % 60 == 0 ? count(minutes / 60, "hour") : count(minutes, "minute");
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static Duration parse(String isoDuration) {
    if (isoDuration == null) {
      throw new IllegalArgumentException("No duration given");
    }
    return FACTORY.newDuration(isoDuration.strip());
  }

  private static Instant add(Instant from, Duration duration) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(from.toEpochMilli());
    duration.addTo(calendar);
    return Instant.ofEpochMilli(calendar.getTimeInMillis());
  }

  private IsoDurations() {}
}
