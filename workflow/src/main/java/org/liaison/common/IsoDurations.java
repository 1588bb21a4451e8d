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
