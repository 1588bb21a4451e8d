package org.liaison.reports;

import java.util.List;
import java.util.UUID;

/**
 * How each of the coalition's embassies answers: cases whose outreach went to one of its officers, the
 * cases an officer of it replied to, the reply rate, the median days from outreach to its first reply,
 * meetings held with its officers, and the next steps agreed in engagements with its officers and how many
 * are done. At most {@link ReportService#MAX_ROWS} embassies.
 */
public record EmbassyResponsiveness(List<Row> embassies, List<PortfolioRow> portfolios) {

  /**
   * @param replyRate replies / outreach sent, null when nothing was sent
   * @param medianDaysToFirstReply null when no reply came
   */
  public record Row(UUID id, String country, String city, long outreachSent, long replies, Double replyRate,
      Double medianDaysToFirstReply, long meetingsHeld, long nextStepsAgreed, long nextStepsDone) {}

  /** The same figures per officer portfolio (the officers' portfolio key, e.g. HUMAN_RIGHTS). */
  public record PortfolioRow(String portfolio, long outreachSent, long replies, Double replyRate,
      Double medianDaysToFirstReply, long meetingsHeld, long nextStepsAgreed, long nextStepsDone) {}

  public ReportTable portfolioTable() {
    return Overview.table("portfolios", List.of("portfolio", "outreach_sent", "replies", "reply_rate",
        "median_days_to_first_reply", "meetings_held", "next_steps_agreed", "next_steps_done"), portfolios.stream()
            .map(e -> Overview.row(e.portfolio(), e.outreachSent(), e.replies(), e.replyRate(),
                e.medianDaysToFirstReply(), e.meetingsHeld(), e.nextStepsAgreed(), e.nextStepsDone())).toList());
  }

  public ReportTable table() {
    return Overview.table("embassies", List.of("country", "city", "outreach_sent", "replies", "reply_rate",
        "median_days_to_first_reply", "meetings_held", "next_steps_agreed", "next_steps_done"), embassies.stream()
            .map(e -> Overview.row(e.country(), e.city(), e.outreachSent(), e.replies(), e.replyRate(),
                e.medianDaysToFirstReply(), e.meetingsHeld(), e.nextStepsAgreed(), e.nextStepsDone())).toList());
  }
}
