package org.liaison.reports;

import java.util.List;

/**
 * How long the steps of {@code raise-issue} take, over the cases the filter selects: for each measure,
 * the cases that reached both ends, and the median and 90th percentile in hours, to two decimals
 * (continuous percentiles, interpolated between neighbours; null when no case counts). Times are those
 * of the case's timeline (when a step was recorded in Liaison).
 */
public record CycleTimes(List<Measure> measures) {

  public static final String RAISED_TO_TRIAGED = "raised-to-triaged";
  public static final String RAISED_TO_OUTREACH_SENT = "raised-to-outreach-sent";
  public static final String SENT_TO_FIRST_REPLY = "sent-to-first-reply";
  public static final String RAISED_TO_CLOSED = "raised-to-closed";
  /** Defenders at risk: reported → risk assessed (filters: period reported, country; embassy and theme do not apply). */
  public static final String DEFENDER_REPORTED_TO_ASSESSED = "defender-reported-to-assessed";
  /** From a meeting's request to the day it was held (meetings held, with their date). */
  public static final String MEETING_REQUESTED_TO_HELD = "meeting-requested-to-held";

  public record Measure(String measure, long count, Double medianHours, Double p90Hours) {}

  public Measure measure(String name) {
    return measures.stream().filter(m -> m.measure().equals(name)).findFirst().orElseThrow();
  }

  public ReportTable table() {
    return Overview.table("cycle-times", List.of("measure", "count", "median_hours", "p90_hours"),
        measures.stream().map(m -> Overview.row(m.measure(), m.count(), m.medianHours(), m.p90Hours())).toList());
  }
}
