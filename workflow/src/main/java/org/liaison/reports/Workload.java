package org.liaison.reports;

import java.time.Instant;
import java.util.List;

/**
 * Open tasks per person of the coalition (assigned or claimed), and those offered to a group that
 * nobody has taken yet ({@code assignee} null), each with its oldest waiting task.
 *
 * @param tasksCounted open tasks read; at {@link ReportService#MAX_TASKS} the counts are lower bounds
 */
public record Workload(List<Holder> holders, int tasksCounted) {

  public record Holder(String assignee, long open, String oldestStep, Instant oldestSince, long oldestDaysWaiting) {}

  public ReportTable table() {
    return Overview.table("workload", List.of("assignee", "open", "oldest_step", "oldest_since", "oldest_days_waiting"),
        holders.stream().map(h -> Overview.row(h.assignee(), h.open(), h.oldestStep(), h.oldestSince(),
            h.oldestDaysWaiting())).toList());
  }
}
