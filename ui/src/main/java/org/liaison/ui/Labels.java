package org.liaison.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.liaison.cases.CaseStatus;

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

  /** A coloured badge for a case status. */
  public static Span status(CaseStatus status, String label) {
    return badge(status, label);
  }

  /** A badge for the status of any record (convening, HRR cycle, defender); the stylesheet colours some. */
  public static Span badge(Enum<?> status, String label) {
    Span badge = new Span(label);
    badge.addClassName("liaison-status");
    badge.getElement().setAttribute("data-status", status.name());
    return badge;
  }

  /** A coloured badge for the status of any record (meeting, hearing …): {@code data-status} styles it. */
  public static Span badge(String status, String label) {
    Span badge = new Span(label);
    badge.addClassName("liaison-status");
    badge.getElement().setAttribute("data-status", status);
    return badge;
  }

  private Labels() {}
}
