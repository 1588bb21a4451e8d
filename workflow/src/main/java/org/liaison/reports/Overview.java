package org.liaison.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Where the coalition's advocacy stands now.
 *
 * @param openCasesByStatus cases not closed or withdrawn, per status (statuses with none left out)
 * @param casesPerMonth cases raised and closed per calendar month (UTC), the twelve months up to the
 *     period's end (or today)
 * @param openSteps open tasks per lifecycle step, with how many are past their due date
 * @param stepsHaveDueDates whether any open task has a due date (today none does: no step sets one, so
 *     none counts as overdue)
 * @param stepsCounted how many open tasks were read; when it reaches {@link ReportService#MAX_TASKS}
 *     the step counts are lower bounds
 * @param officersPastCadence officers (not archived) whose last contact plus their contact cadence lies
 *     in the past, most overdue first, at most {@link ReportService#MAX_ROWS}
 * @param officersPastCadenceTotal how many officers are past their cadence in all
 * @param hrrCycles HRR cycles, newest first: organisations called (member organisations when the
 *     cycle opened) and input received
 * @param convenings convenings held: people invited and people who accepted (attendance itself is not
 *     recorded)
 * @param defenderSla defender risk assessments against the coalition's SLA
 */
public record Overview(List<StatusCount> openCasesByStatus, List<MonthCount> casesPerMonth, List<StepLoad> openSteps,
    boolean stepsHaveDueDates, int stepsCounted, List<OverdueOfficer> officersPastCadence,
    long officersPastCadenceTotal, List<HrrProgress> hrrCycles, List<ConveningAttendance> convenings,
    DefenderSla defenderSla) {

  public record StatusCount(String status, long open) {}

  public record MonthCount(String month, long opened, long closed) {}

  public record StepLoad(String process, String step, String name, long open, long overdue) {}

  public record OverdueOfficer(UUID id, String name, String embassy, LocalDate due, long daysOverdue) {}

  public record HrrProgress(String reference, String country, int year, String status, LocalDate deadline,
      long daysToDeadline, long called, long submitted) {}

  public record ConveningAttendance(String reference, String title, LocalDate startsOn, long invited, long accepted) {}

  /**
   * @param sla the coalition's assessment SLA (ISO 8601)
   * @param met assessed within the SLA
   * @param breached assessed after it, or not assessed and already past it
   * @param pending not assessed yet, still within it
   */
  public record DefenderSla(String sla, long met, long breached, long pending) {}

  /** The tables of the overview, in the order the page shows them. */
  public List<ReportTable> tables() {
    List<ReportTable> tables = new ArrayList<>();
    tables.add(table("open-cases-by-status", List.of("status", "open"),
        openCasesByStatus.stream().map(s -> row(s.status(), s.open())).toList()));
    tables.add(table("cases-per-month", List.of("month", "opened", "closed"),
        casesPerMonth.stream().map(m -> row(m.month(), m.opened(), m.closed())).toList()));
    tables.add(table("open-steps", List.of("process", "step", "name", "open", "overdue"),
        openSteps.stream().map(s -> row(s.process(), s.step(), s.name(), s.open(), s.overdue())).toList()));
    tables.add(table("officers-past-cadence", List.of("officer", "embassy", "due", "days_overdue"),
        officersPastCadence.stream().map(o -> row(o.name(), o.embassy(), o.due(), o.daysOverdue())).toList()));
    tables.add(table("hrr-cycles", List.of("reference", "country", "year", "status", "deadline", "days_to_deadline",
        "organisations_called", "submitted"), hrrCycles.stream().map(h -> row(h.reference(), h.country(), h.year(),
            h.status(), h.deadline(), h.daysToDeadline(), h.called(), h.submitted())).toList()));
    tables.add(table("convenings", List.of("reference", "title", "starts_on", "invited", "accepted"),
        convenings.stream().map(c -> row(c.reference(), c.title(), c.startsOn(), c.invited(), c.accepted())).toList()));
    tables.add(table("defender-sla", List.of("sla", "met", "breached", "pending"),
        List.of(row(defenderSla.sla(), defenderSla.met(), defenderSla.breached(), defenderSla.pending()))));
    return tables;
  }

  static ReportTable table(String id, List<String> columns, List<List<Object>> rows) {
    return new ReportTable(id, columns, rows);
  }

  static List<Object> row(Object... values) {
    return java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
  }
}
