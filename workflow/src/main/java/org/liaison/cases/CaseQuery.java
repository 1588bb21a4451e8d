package org.liaison.cases;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the cases list shows: words to find in the reference, title or summary, and filters, each
 * ignored when null; the column to sort by ({@code created} when null) and its direction.
 */
public record CaseQuery(
    @Size(max = 200, message = "{liaison.search.tooLong}") String text,
    CaseStatus status,
    @Pattern(regexp = "[A-Z]{2}", message = "{liaison.country.unknown}") String country,
    Theme theme,
    Severity severity,
    @Size(max = 100, message = "{liaison.search.tooLong}") String owner,
    Urgency urgency,
    String sort,
    boolean descending) {

  /** Every case, newest first. */
  public static final CaseQuery ALL = new CaseQuery(null, null, null, null, null, null, null, null, true);

  public CaseQuery withText(String words) {
    return new CaseQuery(words, status, country, theme, severity, owner, urgency, sort, descending);
  }
}
