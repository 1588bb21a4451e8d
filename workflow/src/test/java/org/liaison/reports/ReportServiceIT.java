package org.liaison.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.reports.ReportFixture.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.reports.CycleTimes.Measure;
import org.liaison.reports.Overview.MonthCount;
import org.liaison.reports.Overview.StatusCount;
import org.liaison.tenancy.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinators' figures against a fixture small enough to work out by hand (timestamps written
 * explicitly): exact counts, medians and 90th percentiles (continuous: interpolated between
 * neighbours), the empty coalition, the filters, and coalition B never counting coalition A's records.
 */
class ReportServiceIT extends DatabaseIT {

  static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  static final ReportFilter TO_JUNE = new ReportFilter(null, LocalDate.parse("2026-06-30"), null, null, null, null);

  @Autowired ReportService reports;
  @Autowired CaseService cases;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  Actor coordinator;
  UUID nairobi;
  UUID kampala;
  UUID wanjiru;

  /**
   * Coalition A: five cases with a known history, one more in Uganda, and one raised for real (its
   * triage step open in the engine).
   * <pre>
   * case  raised      triaged  sent  reply(after sent)  closed  status      outreach to
   * c1    03-01 00:00  +1h     +10h  24h                +100h   CLOSED      Wanjiru (Nairobi)
   * c2    03-02 00:00  +2h     +20h  48h                -       MEETING     Wanjiru (Nairobi)
   * c3    03-03 00:00  +3h     +30h  -                  -       OUTREACH_SENT  Okello (Kampala)
   * c4    04-01 00:00  +4h     -     -                  -       DRAFTING_OUTREACH
   * c5    04-02 00:00  +10h    -     -                  -       WITHDRAWN
   * c6    05-01 00:00  -       -     -                  -       IN_TRIAGE (UG, theme OTHER)
   * </pre>
   */
  @BeforeEach
  void fixture() {
    coordinator = coalitions.coordinatorA();
    ReportFixture f = new ReportFixture(jdbc, tx, coordinator);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    nairobi = f.embassy("KE", "Nairobi");
    kampala = f.embassy("UG", "Kampala");
    wanjiru = f.officer(nairobi, "Wanjiru Kamau", today.minusDays(100), "P30D");
    UUID okello = f.officer(kampala, "Okello Odongo", today, null, "LABOR");

    UUID c1 = f.kase(MARCH, "CLOSED", hours(MARCH, 100), "KE", "LABOR_RIGHTS");
    Instant c2At = MARCH.plusSeconds(86_400);
    UUID c2 = f.kase(c2At, "MEETING", null, "KE", "LABOR_RIGHTS");
    Instant c3At = MARCH.plusSeconds(2 * 86_400);
    UUID c3 = f.kase(c3At, "OUTREACH_SENT", null, "KE", "LABOR_RIGHTS");
    Instant april = Instant.parse("2026-04-01T00:00:00Z");
    UUID c4 = f.kase(april, "DRAFTING_OUTREACH", null, "KE", "LABOR_RIGHTS");
    UUID c5 = f.kase(april.plusSeconds(86_400), "WITHDRAWN", null, "KE", "LABOR_RIGHTS");
    f.kase(Instant.parse("2026-05-01T00:00:00Z"), "IN_TRIAGE", null, "UG", "OTHER");

    f.activity(c1, "TRIAGED", hours(MARCH, 1));
    f.activity(c2, "TRIAGED", hours(c2At, 2));
    f.activity(c3, "TRIAGED", hours(c3At, 3));
    f.activity(c4, "TRIAGED", hours(april, 4));
    f.activity(c5, "TRIAGED", hours(april.plusSeconds(86_400), 10));
    f.activity(c1, "OUTREACH_SENT", hours(MARCH, 10));
    f.activity(c2, "OUTREACH_SENT", hours(c2At, 20));
    f.activity(c3, "OUTREACH_SENT", hours(c3At, 30));
    f.outreachTo(c1, wanjiru);
    f.outreachTo(c2, wanjiru);
    f.outreachTo(c3, okello);
    UUID reply1 = f.reply(c1, wanjiru, hours(MARCH, 10 + 24));
    UUID reply2 = f.reply(c2, wanjiru, hours(c2At, 20 + 48));
    f.meeting(reply1, c1, wanjiru, "FOLLOWED_UP");
    // requested on March 2 at midnight UTC, held on March 6: 96 h
    f.meeting(reply2, c2, wanjiru, "FOLLOWING_UP", c2At, LocalDate.parse("2026-03-06"));
    f.nextStep(reply1, true);
    f.nextStep(reply1, false);
    // defenders (default assessment SLA: 4 h): assessed after 2 h (met) and 12 h (breached), one reported in June
    // never assessed (breached), one reported now and not assessed yet (pending)
    f.defender(MARCH, hours(MARCH, 2));
    f.defender(MARCH, hours(MARCH, 12));
    f.defender(Instant.parse("2026-06-01T00:00:00Z"), null);
    f.defender(Instant.now(), null);

    as(coalitions.memberA(), () -> cases.raise(new NewCase("Harbour strike", "Dock workers arrested", "KE",
        Set.of(Theme.LABOR_RIGHTS), Severity.HIGH)));
  }

  @Test
  void cycle_times_are_exact_counts_medians_and_90th_percentiles() {
    CycleTimes times = as(coordinator, () -> reports.cycleTimes(TO_JUNE));

    // raised -> triaged: 1, 2, 3, 4, 10 h; p90 at rank 0.9 * 4 = 3.6: 4 + 0.6 * (10 - 4) = 7.6
    assertThat(times.measure(CycleTimes.RAISED_TO_TRIAGED)).isEqualTo(new Measure(CycleTimes.RAISED_TO_TRIAGED, 5, 3.0, 7.6));
    // raised -> sent: 10, 20, 30 h; p90 at rank 1.8: 20 + 0.8 * 10 = 28
    assertThat(times.measure(CycleTimes.RAISED_TO_OUTREACH_SENT))
        .isEqualTo(new Measure(CycleTimes.RAISED_TO_OUTREACH_SENT, 3, 20.0, 28.0));
    // sent -> first reply: 24, 48 h; p90 at rank 0.9: 24 + 0.9 * 24 = 45.6
    Measure reply = times.measure(CycleTimes.SENT_TO_FIRST_REPLY);
    assertThat(reply.count()).isEqualTo(2);
    assertThat(reply.medianHours()).isEqualTo(36.0);
    assertThat(reply.p90Hours()).isCloseTo(45.6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(times.measure(CycleTimes.RAISED_TO_CLOSED)).isEqualTo(new Measure(CycleTimes.RAISED_TO_CLOSED, 1, 100.0, 100.0));
    // defenders reported -> assessed: 2, 12 h (the third not assessed); p90 at rank 0.9: 2 + 0.9 * 10 = 11
    assertThat(times.measure(CycleTimes.DEFENDER_REPORTED_TO_ASSESSED))
        .isEqualTo(new Measure(CycleTimes.DEFENDER_REPORTED_TO_ASSESSED, 2, 7.0, 11.0));
    // meetings requested -> held: one held (96 h); the other has no date of its own
    assertThat(times.measure(CycleTimes.MEETING_REQUESTED_TO_HELD))
        .isEqualTo(new Measure(CycleTimes.MEETING_REQUESTED_TO_HELD, 1, 96.0, 96.0));
  }

  @Test
  void filters_narrow_the_cases_counted() {
    CycleTimes kampalaOnly = as(coordinator, () -> reports.cycleTimes(TO_JUNE.withEmbassy(kampala)));
    assertThat(kampalaOnly.measure(CycleTimes.RAISED_TO_TRIAGED).count()).isEqualTo(1);
    assertThat(kampalaOnly.measure(CycleTimes.RAISED_TO_TRIAGED).medianHours()).isEqualTo(3.0);
    assertThat(kampalaOnly.measure(CycleTimes.SENT_TO_FIRST_REPLY).count()).isZero();

    ReportFilter april = new ReportFilter(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"), null, null, null, null);
    assertThat(as(coordinator, () -> reports.cycleTimes(april)).measure(CycleTimes.RAISED_TO_TRIAGED))
        .isEqualTo(new Measure(CycleTimes.RAISED_TO_TRIAGED, 2, 7.0, 9.4));

    ReportFilter uganda = new ReportFilter(null, null, null, "UG", null, null);
    assertThat(as(coordinator, () -> reports.overview(uganda)).openCasesByStatus())
        .containsExactly(new StatusCount("IN_TRIAGE", 1));
    ReportFilter other = new ReportFilter(null, null, null, null, Theme.OTHER, null);
    assertThat(as(coordinator, () -> reports.overview(other)).openCasesByStatus())
        .containsExactly(new StatusCount("IN_TRIAGE", 1));
  }

  @Test
  void overview_counts_open_cases_months_steps_and_overdue_officers() {
    Overview overview = as(coordinator, () -> reports.overview(TO_JUNE));

    assertThat(overview.openCasesByStatus()).as("in lifecycle order; closed and withdrawn are not open").containsExactly(
        new StatusCount("IN_TRIAGE", 1), new StatusCount("DRAFTING_OUTREACH", 1), new StatusCount("OUTREACH_SENT", 1),
        new StatusCount("MEETING", 1));
    assertThat(overview.casesPerMonth()).hasSize(12).first().isEqualTo(new MonthCount("2025-07", 0, 0));
    assertThat(overview.casesPerMonth()).contains(new MonthCount("2026-03", 3, 1), new MonthCount("2026-04", 2, 0),
        new MonthCount("2026-05", 1, 0), new MonthCount("2026-06", 0, 0));
    assertThat(overview.openSteps()).as("the case raised for real waits for triage")
        .containsExactly(new Overview.StepLoad("raise-issue", "Task_TriageCase", "Triage case", 1, 0));
    assertThat(overview.stepsHaveDueDates()).as("every step has a due date from the settings (triage P2D), not yet passed").isTrue();
    assertThat(overview.stepsCounted()).isEqualTo(1);
    assertThat(overview.officersPastCadence()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("Wanjiru Kamau");
      assertThat(o.embassy()).isEqualTo("Nairobi");
      assertThat(o.daysOverdue()).isEqualTo(70);
    });
    assertThat(overview.officersPastCadenceTotal()).isEqualTo(1);
    assertThat(overview.defenderSla()).extracting(Overview.DefenderSla::met, Overview.DefenderSla::breached,
        Overview.DefenderSla::pending).as("reported by June").containsExactly(1L, 2L, 0L);
    assertThat(as(coordinator, () -> reports.overview(ReportFilter.NONE)).defenderSla())
        .isEqualTo(new Overview.DefenderSla("PT4H", 1, 2, 1));
    assertThat(overview.tables()).extracting(ReportTable::id).contains("open-cases-by-status", "cases-per-month",
        "open-steps", "officers-past-cadence", "hrr-cycles", "convenings", "defender-sla");
  }

  @Test
  void embassies_show_outreach_replies_rate_median_days_meetings_and_next_steps() {
    EmbassyResponsiveness embassies = as(coordinator, () -> reports.embassies(ReportFilter.NONE));
    assertThat(embassies.embassies()).containsExactly(
        new EmbassyResponsiveness.Row(nairobi, "KE", "Nairobi", 2, 2, 1.0, 1.5, 2, 2, 1),
        new EmbassyResponsiveness.Row(kampala, "UG", "Kampala", 1, 0, 0.0, null, 0, 0, 0));
    assertThat(as(coordinator, () -> reports.embassies(ReportFilter.NONE.withEmbassy(kampala))).embassies())
        .extracting(EmbassyResponsiveness.Row::city).containsExactly("Kampala");
    // per officer portfolio: Wanjiru (human rights) got two outreaches and replied to both after 1 and 2
    // days, met twice, with two next steps, one done; Okello (labor) got one and did not reply
    assertThat(embassies.portfolios()).containsExactly(
        new EmbassyResponsiveness.PortfolioRow("HUMAN_RIGHTS", 2, 2, 1.0, 1.5, 2, 2, 1),
        new EmbassyResponsiveness.PortfolioRow("LABOR", 1, 0, 0.0, null, 0, 0, 0));
    assertThat(as(coordinator, () -> reports.embassies(ReportFilter.NONE.withEmbassy(kampala))).portfolios())
        .extracting(EmbassyResponsiveness.PortfolioRow::portfolio).containsExactly("LABOR");
  }

  @Test
  void workload_counts_open_tasks_per_person_and_offered_to_a_group() {
    Workload workload = as(coordinator, () -> reports.workload(ReportFilter.NONE));
    assertThat(workload.holders()).singleElement().satisfies(h -> {
      assertThat(h.assignee()).as("the triage step is offered to the coordinators, taken by nobody").isNull();
      assertThat(h.open()).isEqualTo(1);
      assertThat(h.oldestStep()).isEqualTo("Triage case");
      assertThat(h.oldestDaysWaiting()).isZero();
    });
    assertThat(as(coalitions.coordinatorB(), () -> reports.workload(ReportFilter.NONE)).holders()).isEmpty();
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> reports.workload(ReportFilter.NONE)))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void an_empty_coalition_has_zero_counts_and_no_medians() {
    Actor b = coalitions.coordinatorB();
    CycleTimes times = as(b, () -> reports.cycleTimes(ReportFilter.NONE));
    assertThat(times.measures()).hasSize(6).allSatisfy(m -> {
      assertThat(m.count()).isZero();
      assertThat(m.medianHours()).isNull();
      assertThat(m.p90Hours()).isNull();
    });
    Overview overview = as(b, () -> reports.overview(ReportFilter.NONE));
    assertThat(overview.openCasesByStatus()).isEmpty();
    assertThat(overview.casesPerMonth()).hasSize(12).allSatisfy(m -> assertThat(m.opened() + m.closed()).isZero());
    assertThat(overview.openSteps()).isEmpty();
    assertThat(overview.officersPastCadence()).isEmpty();
    assertThat(as(b, () -> reports.embassies(ReportFilter.NONE)).embassies()).isEmpty();
    assertThat(as(b, () -> reports.embassies(ReportFilter.NONE)).portfolios()).isEmpty();
  }

  @Test
  void coalition_b_never_counts_coalition_a_records() {
    Actor b = coalitions.coordinatorB();
    ReportFixture fb = new ReportFixture(jdbc, tx, b);
    UUID lagos = fb.embassy("NG", "Lagos");
    UUID own = fb.kase(MARCH, "IN_TRIAGE", null, "NG", "OTHER");
    fb.activity(own, "TRIAGED", hours(MARCH, 5));

    assertThat(as(b, () -> reports.overview(TO_JUNE)).openCasesByStatus()).containsExactly(new StatusCount("IN_TRIAGE", 1));
    assertThat(as(b, () -> reports.overview(TO_JUNE)).openSteps()).as("A's triage task is not B's").isEmpty();
    assertThat(as(b, () -> reports.cycleTimes(TO_JUNE)).measure(CycleTimes.RAISED_TO_TRIAGED))
        .isEqualTo(new Measure(CycleTimes.RAISED_TO_TRIAGED, 1, 5.0, 5.0));
    assertThat(as(b, () -> reports.embassies(ReportFilter.NONE)).embassies()).extracting(EmbassyResponsiveness.Row::id)
        .containsExactly(lagos);
    assertThat(as(b, () -> reports.overview(ReportFilter.NONE)).officersPastCadence()).isEmpty();
    assertThatThrownBy(() -> as(b, () -> reports.embassies(ReportFilter.NONE.withEmbassy(nairobi))))
        .as("A's embassy is unknown in B").isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("embassy"));
    // and the person in both coalitions sees B's figures when working in B
    assertThat(as(coalitions.bothInB(), () -> reports.cycleTimes(TO_JUNE)).measure(CycleTimes.RAISED_TO_TRIAGED).count())
        .isEqualTo(1);
  }

  @Test
  void row_level_security_alone_keeps_other_coalitions_out_of_the_report_tables() {
    // the reports' queries also filter by coalition; this checks the database refuses without that filter
    long seen = as(coalitions.coordinatorB(), () -> tx.execute(s -> jdbc.sql(
        "select count(*) from app.case_file c join app.case_activity a on a.case_id = c.id").query(Long.class).single()));
    assertThat(seen).isZero();
  }

  @Test
  void members_are_refused() {
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> reports.overview(ReportFilter.NONE)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> reports.cycleTimes(ReportFilter.NONE)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> reports.embassies(ReportFilter.NONE)))
        .isInstanceOf(NotAllowedException.class);
  }
}
