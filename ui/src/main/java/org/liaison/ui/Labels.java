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

  private static DateTimeFormatter when() {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(UserTime.locale());
  }

  private static DateTimeFormatter day() {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UserTime.locale());
  }

  /**
   * A moment on the reader's clock ({@link UserTime}: their time zone, their locale): "Dec 3, 2026,
   * 9:30 AM" in the United States, "3 Dec 2026, 09:30" in Germany. Pages and lists that show such
   * times say which zone they are in ({@link #zoneCaption}).
   */
  public static String when(Instant instant) {
    return instant == null ? "" : when().format(instant.atZone(UserTime.zone()));
  }

  /** A day, in the same style as {@link #when}: "Dec 3, 2026" or "3 Dec 2026". */
  public static String day(LocalDate day) {
    return day == null ? "" : day().format(day);
  }

  /**
   * An event's moment in the local time of where it happens, with the zone named: "Dec 24, 2026,
   * 10:00 AM (East Africa Time)".
   */
  public static String when(Instant instant, ZoneId zone) {
    return instant == null ? "" : when().format(instant.atZone(zone)) + " (" + zone(zone) + ")";
  }

  /** A day and a local time of day with the zone named, or only the day when no time is known. */
  public static String day(LocalDate day, LocalTime time, ZoneId zone) {
    return day == null ? "" : time == null ? day().format(day) : when().format(day.atTime(time)) + " (" + zone(zone) + ")";
  }

  /** A time zone as people say it: "East Africa Time". */
  public static String zone(ZoneId zone) {
    return zone.getDisplayName(java.time.format.TextStyle.FULL, UserTime.locale());
  }

  /**
   * What a page or list of times says about them: "Times in Central European Time (Europe/Berlin)"
   * ({@code times.zone}), the reader's zone ({@link UserTime#zone()}).
   */
  public static Span zoneCaption(Component owner, String id) {
    ZoneId zone = UserTime.zone();
    Span caption = new Span(owner.getTranslation("times.zone", zone(zone), zone.getId()));
    caption.setId(id);
    caption.addClassName("liaison-muted");
    return caption;
  }

  /** A day and, when known, a time of day: "Dec 3, 2026, 10:00 AM" or "Dec 3, 2026". */
  public static String day(LocalDate day, LocalTime time) {
    return day == null ? "" : time == null ? day().format(day) : when().format(day.atTime(time));
  }

  public static String country(String code) {
    return new Locale("", code).getDisplayCountry(UserTime.locale());
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
