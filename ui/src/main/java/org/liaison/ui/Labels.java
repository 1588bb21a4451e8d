package org.liaison.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Formatting shared by the screens. */
public final class Labels {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH);

  public static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
  }

  public static String country(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
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
