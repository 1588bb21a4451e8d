package org.liaison.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  List<CaseDetails> casesOf(String username, String coalition) {
    return TenantContext.callAs(memberships.actorFor(username, coalition), cases::list);
  }

  @Test
  void the_demo_starts_with_cases_in_different_states_and_a_restart_does_not_duplicate_anything() {
    List<CaseDetails> press = casesOf("cora", "press");
    List<CaseDetails> labor = casesOf("lena", "labor");
    // a triaged case is routed and waits for its owner to align it with the embassy's priorities
    assertThat(press).extracting(CaseDetails::status).containsExactlyInAnyOrder(
        CaseStatus.IN_TRIAGE, CaseStatus.ALIGNING, CaseStatus.IN_REVIEW, CaseStatus.OUTREACH_SENT);
    assertThat(labor).extracting(CaseDetails::status).containsExactlyInAnyOrder(
        CaseStatus.IN_TRIAGE, CaseStatus.ALIGNING);
    assertThat(memberships.actorFor("sam", "press").roles()).containsExactly(Role.MEMBER);
    assertThat(memberships.actorFor("sam", "labor").roles()).contains(Role.COORDINATOR);

    assertThat(TenantContext.callAs(memberships.actorFor("cora", "press"), contacts::embassies)).hasSize(1);
    List<Officer> laborOfficers = TenantContext.callAs(memberships.actorFor("tomas", "labor"), contacts::officers);
    assertThat(laborOfficers).hasSize(3);
    for (String[] who : new String[][] {{"cora", "press"}, {"lena", "labor"}}) {
      Actor actor = memberships.actorFor(who[0], who[1]);
      assertThat(TenantContext.callAs(actor, contacts::officers)).as("every officer of %s has a running cadence", who[1])
          .isNotEmpty().allSatisfy(o -> assertThat(TenantContext.callAs(actor,
              () -> relationships.relationship(o.id()).cadenceRunning())).isTrue());
    }
    Actor cora = memberships.actorFor("cora", "press");
    assertThat(TenantContext.callAs(cora, hearings::list)).singleElement()
        .satisfies(h -> assertThat(h.caseReference()).isNotNull());
    assertThat(TenantContext.callAs(cora, meetings::list)).singleElement()
        .satisfies(m -> assertThat(m.owner()).isEqualTo("cora"));

    seeder.run(null); // what a restart does

    assertThat(casesOf("cora", "press")).hasSameSizeAs(press);
    assertThat(casesOf("lena", "labor")).hasSameSizeAs(labor);
    assertThat(memberships.membershipsOf("sam")).hasSize(2);
    assertThat(TenantContext.callAs(memberships.actorFor("cora", "press"), contacts::embassies)).hasSize(1);
    assertThat(TenantContext.callAs(memberships.actorFor("cora", "press"), contacts::officers)).hasSize(3);
    assertThat(TenantContext.callAs(cora, relationships::ensureCadences)).as("no cadence started twice").isZero();
    assertThat(TenantContext.callAs(cora, hearings::list)).hasSize(1);
    assertThat(TenantContext.callAs(cora, meetings::list)).hasSize(1);
  }
}
