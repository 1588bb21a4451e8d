package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.liaison.officers.Embassy;

/** Formatting shared by the screens. */
public final class Labels {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
      .withLocale(Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
      .withLocale(Locale.ENGLISH);

  /** A moment: "Dec 3, 2026, 9:30 AM". */
  public static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
  }

  /** A day, in the same style as {@link #when}: "Dec 3, 2026". */
  public static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /**
   * An event's moment in the local time of where it happens, with the zone named: "Dec 24, 2026,
   * 10:00 AM (East Africa Time)".
   */
  public static String when(Instant instant, ZoneId zone) {
    return instant == null ? "" : WHEN.format(instant.atZone(zone)) + " (" + zone(zone) + ")";
  }

  /** A day and a local time of day with the zone named, or only the day when no time is known. */
  public static String day(LocalDate day, LocalTime time, ZoneId zone) {
    return day == null ? "" : time == null ? DAY.format(day) : WHEN.format(day.atTime(time)) + " (" + zone(zone) + ")";
  }

  /** A time zone as people say it: "East Africa Time". */
  public static String zone(ZoneId zone) {
    return zone.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
  }

  /** A day and, when known, a time of day: "Dec 3, 2026, 10:00 AM" or "Dec 3, 2026". */
  public static String day(LocalDate day, LocalTime time) {
    return day == null ? "" : time == null ? DAY.format(day) : WHEN.format(day.atTime(time));
  }

  public static String country(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  /**
   * An embassy (or consulate) as every screen names it: "U.S. Embassy Nairobi, Kenya" ({@code
   * embassy.name}).
   */
  public static String embassy(Component owner, Embassy embassy) {
    return owner.getTranslation("embassy.name", embassy.city(), country(embassy.country()));
  }

  /** A badge for the status of any record; the stylesheet colours some ({@code data-status}). */
  public static Span badge(Enum<?> status, String label) {
    Span badge = new Span(label);
    badge.addClassName("liaison-status");
    badge.getElement().setAttribute("data-status", status.name());
    return badge;
  }

  private Labels() {}
}
