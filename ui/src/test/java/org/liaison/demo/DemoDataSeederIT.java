package org.liaison.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.liaison.defenders.DefenderService;
import org.liaison.meetings.Meeting;
import org.liaison.reports.CycleTimes;
import org.liaison.reports.EmbassyResponsiveness;
import org.liaison.reports.Overview;
import org.liaison.reports.ReportFilter;
import org.liaison.reports.ReportService;
import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.CaseStatus;
import org.liaison.hearings.CourtHearingService;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.officers.RelationshipService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo data of the embedded default: cases in several states, contacts whose relationship-cadence
 * runs, a hearing and a meeting; a restart adds nothing.
 */
@SpringBootTest(classes = LiaisonApplication.class, properties = {
    "liaison.database.embedded=false",
    "liaison.database.check-on-start=false",
    "liaison.demo.enabled=true",
    "liaison.demo.seed-cases=true",
    // a short year: enough cases for every figure, few enough for the suite
    "liaison.demo.history-cases=10",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=seeding"
})
class DemoDataSeederIT {

  private static final TestDatabase DB = TestDatabase.create("seeding");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
  }

  @Autowired DemoDataSeeder seeder;
  @Autowired MembershipService memberships;
  @Autowired CaseService cases;
  @Autowired ContactService contacts;
  @Autowired RelationshipService relationships;
  @Autowired CourtHearingService hearings;
  @Autowired MeetingService meetings;

  @Autowired ReportService reports;
  @Autowired DefenderService defenders;

  List<CaseDetails> casesOf(String username, String coalition) {
    return TenantContext.callAs(memberships.actorFor(username, coalition), cases::list);
  }

  /** Today's demo cases: raised at this start (the history's are at least a fortnight old). */
  List<CaseDetails> todaysCasesOf(String username, String coalition) {
    Instant recent = Instant.now().minus(Duration.ofDays(1));
    return casesOf(username, coalition).stream().filter(c -> c.createdAt().isAfter(recent)).toList();
  }

  @Test
  void the_demo_starts_with_cases_in_different_states_and_a_restart_does_not_duplicate_anything() {
    List<CaseDetails> press = todaysCasesOf("cora", "press");
    List<CaseDetails> labor = todaysCasesOf("lena", "labor");
    // a triaged case is routed and waits for its owner to align it with the embassy's priorities
    assertThat(press).extracting(CaseDetails::status).containsExactlyInAnyOrder(
        CaseStatus.IN_TRIAGE, CaseStatus.ALIGNING, CaseStatus.IN_REVIEW, CaseStatus.OUTREACH_SENT);
    assertThat(labor).extracting(CaseDetails::status).containsExactlyInAnyOrder(
        CaseStatus.IN_TRIAGE, CaseStatus.ALIGNING);
    assertThat(memberships.actorFor("sam", "press").roles()).containsExactly(Role.MEMBER);
    assertThat(memberships.actorFor("sam", "labor").roles()).contains(Role.COORDINATOR);

    // the history's embassies (the first is today's cases' embassy) and a Washington expert each
    assertThat(TenantContext.callAs(memberships.actorFor("cora", "press"), contacts::embassies))
        .extracting(e -> e.city()).containsExactlyInAnyOrder("Nairobi", "Guatemala City", "Islamabad", "Harare");
    List<Officer> laborOfficers = TenantContext.callAs(memberships.actorFor("tomas", "labor"), contacts::officers);
    assertThat(laborOfficers).hasSize(6);
    for (String[] who : new String[][] {{"cora", "press"}, {"lena", "labor"}}) {
      Actor actor = memberships.actorFor(who[0], who[1]);
      assertThat(TenantContext.callAs(actor, contacts::officers)).as("every officer of %s has a running cadence", who[1])
          .isNotEmpty().allSatisfy(o -> assertThat(TenantContext.callAs(actor,
              () -> relationships.relationship(o.id()).cadenceRunning())).isTrue());
    }
    Actor cora = memberships.actorFor("cora", "press");
    assertThat(TenantContext.callAs(cora, hearings::list)).singleElement()
        .satisfies(h -> assertThat(h.caseReference()).isNotNull());
    List<Meeting> todaysMeetings = TenantContext.callAs(cora, meetings::list).stream()
        .filter(m -> m.createdAt().isAfter(Instant.now().minus(Duration.ofDays(1)))).toList();
    assertThat(todaysMeetings).singleElement().satisfies(m -> assertThat(m.owner()).isEqualTo("cora"));
    int pressCases = casesOf("cora", "press").size();
    int laborCases = casesOf("lena", "labor").size();
    int officers = TenantContext.callAs(cora, contacts::officers).size();
    int allMeetings = TenantContext.callAs(cora, meetings::list).size();

    seeder.run(null); // what a restart does

    assertThat(casesOf("cora", "press")).hasSize(pressCases);
    assertThat(casesOf("lena", "labor")).hasSize(laborCases);
    assertThat(memberships.membershipsOf("sam")).hasSize(2);
    assertThat(TenantContext.callAs(memberships.actorFor("cora", "press"), contacts::embassies)).hasSize(4);
    assertThat(TenantContext.callAs(memberships.actorFor("cora", "press"), contacts::officers)).hasSize(officers);
    assertThat(TenantContext.callAs(cora, relationships::ensureCadences)).as("no cadence started twice").isZero();
    assertThat(TenantContext.callAs(cora, hearings::list)).hasSize(1);
    assertThat(TenantContext.callAs(cora, meetings::list)).hasSize(allMeetings);
    assertThat(seeder.histories()).as("the year was lived once, at the first start").hasSize(2);
  }

  /**
   * The year of history fills every report of a coordinator: cases opened and closed over the months,
   * replies and silences per embassy, meetings held with next steps agreed and done, an HRR cycle with
   * input from all but one organisation, a convening with answers, defender assessments in and past the
   * SLA, cycle times; lived through the services without one failure.
   */
  @Test
  void a_year_of_history_fills_every_report_of_both_coalitions() {
    assertThat(seeder.histories()).hasSize(2).allSatisfy((coalition, year) -> {
      assertThat(year.failures()).as("failures in %s's year (see the log)", coalition).isZero();
      assertThat(year.cases()).isEqualTo(10);
      assertThat(year.steps()).isGreaterThan(40);
    });
    for (String[] who : new String[][] {{"cora", "press"}, {"lena", "labor"}}) {
      Actor coordinator = memberships.actorFor(who[0], who[1]);
      Overview overview = TenantContext.callAs(coordinator, () -> reports.overview(ReportFilter.NONE));
      assertThat(overview.casesPerMonth()).as("%s: cases raised in most months of the year", who[1])
          .filteredOn(m -> m.opened() > 0).hasSizeGreaterThanOrEqualTo(6);
      assertThat(overview.openCasesByStatus()).as("open cases in several states").hasSizeGreaterThanOrEqualTo(3);
      assertThat(overview.openSteps()).as("steps waiting now").isNotEmpty();
      assertThat(overview.hrrCycles()).singleElement().satisfies(c -> {
        assertThat(c.called()).isEqualTo(3);
        assertThat(c.submitted()).isEqualTo(2);
      });
      assertThat(overview.convenings()).singleElement().satisfies(c -> {
        assertThat(c.invited()).isEqualTo(4);
        assertThat(c.accepted()).isEqualTo(3);
      });
      assertThat(overview.defenderSla().met() + overview.defenderSla().breached() + overview.defenderSla().pending())
          .as("two defenders reported").isEqualTo(2);

      EmbassyResponsiveness embassies = TenantContext.callAs(coordinator, () -> reports.embassies(ReportFilter.NONE));
      long sent = embassies.embassies().stream().mapToLong(EmbassyResponsiveness.Row::outreachSent).sum();
      long replies = embassies.embassies().stream().mapToLong(EmbassyResponsiveness.Row::replies).sum();
      assertThat(sent).as("%s: outreach sent", who[1]).isGreaterThanOrEqualTo(5);
      assertThat(replies).as("replies, and silences").isPositive().isLessThan(sent);
      assertThat(embassies.embassies()).as("meetings held with next steps agreed")
          .anySatisfy(e -> assertThat(e.nextStepsAgreed()).isPositive());

      CycleTimes times = TenantContext.callAs(coordinator, () -> reports.cycleTimes(ReportFilter.NONE));
      assertThat(times.measures()).as("raised → triaged measured over the year")
          .anySatisfy(m -> assertThat(m.count()).isGreaterThanOrEqualTo(7));
    }
    Overview press = TenantContext.callAs(memberships.actorFor("cora", "press"), () -> reports.overview(ReportFilter.NONE));
    assertThat(press.defenderSla().met()).as("Kestrel assessed at once").isEqualTo(1);
    assertThat(press.defenderSla().breached()).as("Heron assessed the next day").isEqualTo(1);
  }
}
