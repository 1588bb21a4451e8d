package org.liaison.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.processes.ConveningProcess;
import org.liaison.processes.CourtHearingProcess;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.HrrInputProcess;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RelationshipCadenceProcess;

/**
 * What a report is narrowed to; every part is optional. The period ({@code from}, {@code to}, whole
 * days in UTC, both included) selects records by the day they began (a case raised, a meeting
 * requested, a convening starting, an HRR cycle opening, a defender reported); {@code embassy},
 * {@code country} and {@code theme} narrow cases and embassies; {@code process} narrows open steps.
 */
public record ReportFilter(LocalDate from, LocalDate to, UUID embassy, String country, Theme theme, String process) {

  public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null);

  /** The lifecycles a report can be narrowed to. */
  public static final Set<String> PROCESSES = Set.of(RaiseIssueProcess.KEY, EmbassyMeetingProcess.KEY,
      CourtHearingProcess.KEY, ConveningProcess.KEY, HrrInputProcess.KEY, DefenderEmergencyProcess.KEY,
      RelationshipCadenceProcess.KEY);

  public ReportFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw InvalidInputException.of("from", "The period starts after it ends: choose a 'from' on or before 'to'.");
    }
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw InvalidInputException.of("country", "Give a country as its two-letter ISO code, such as KE.");
    }
    if (process != null && !PROCESSES.contains(process)) {
      throw InvalidInputException.of("process", "Choose one of " + PROCESSES.stream().sorted().toList() + ".");
    }
  }

  /**
   * Reads a filter from text as a query string carries it (blank = not given); each malformed part is
   * refused with {@link InvalidInputException} naming it.
   */
  public static ReportFilter parse(String from, String to, String embassy, String country, String theme,
      String process) {
    return new ReportFilter(date("from", from), date("to", to), uuid(embassy),
        blank(country) ? null : country.strip().toUpperCase(Locale.ROOT), theme(theme),
        blank(process) ? null : process.strip());
  }

  public ReportFilter withEmbassy(UUID id) {
    return new ReportFilter(from, to, id, country, theme, process);
  }

  private static LocalDate date(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "Give a date as YYYY-MM-DD, such as 2026-01-31.");
    }
  }

  private static UUID uuid(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("embassy", "No such embassy in this coalition.");
    }
  }

  private static Theme theme(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Theme.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("theme", "Choose one of " + Arrays.toString(Theme.values()) + ".");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
