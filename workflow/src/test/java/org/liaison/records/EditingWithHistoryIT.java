package org.liaison.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.common.StaleRecordException;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.NewContact;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.officers.RelationshipService;
import org.liaison.organisations.MemberOrganisation;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.organisations.NewMemberOrganisation;
import org.liaison.processes.RelationshipCadenceProcess;
import org.liaison.processes.RelationshipCadenceProcess.Variables;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correcting cases, contacts and member organisations: who may, the history line per changed field,
 * the second of two saves of the same version refused with nothing lost, and an officer's changed
 * cadence or logged contact restarting their relationship-cadence.
 */
class EditingWithHistoryIT extends DatabaseIT {

  @Autowired CaseService cases;
  @Autowired ContactService contacts;
  @Autowired RelationshipService relationships;
  @Autowired MemberOrganisationService organisations;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Actor member;
  Actor coordinator;
  Actor secondCoordinator;

  @BeforeEach
  void coalitions() {
    member = coalitions.memberA();
    coordinator = coalitions.coordinatorA();
    secondCoordinator = coalitions.secondCoordinatorA();
  }

  CaseDetails raise() {
    return as(member, () -> cases.raise(new NewCase("Journalists detained", "Three reporters held without charge",
        "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.MEDIUM)));
  }

  @Test
  void the_owner_corrects_a_case_and_each_changed_field_is_in_its_history_exactly() {
    CaseDetails raised = raise();

    CaseDetails corrected = as(member, () -> cases.edit(raised.reference(), raised.version(), new NewCase(
        "Journalists detained in Nakuru", "Three reporters held without charge", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.RULE_OF_LAW), Severity.HIGH)));

    assertThat(corrected.title()).isEqualTo("Journalists detained in Nakuru");
    assertThat(corrected.severity()).isEqualTo(Severity.HIGH);
    assertThat(corrected.version()).isGreaterThan(raised.version());
    assertThat(as(member, () -> cases.history(raised.reference())))
        .extracting(HistoryEntry::by, HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
        .containsExactly(
            tuple("memberA", "title", "Journalists detained", "Journalists detained in Nakuru"),
            tuple("memberA", "themes", "FREEDOM_OF_EXPRESSION", "FREEDOM_OF_EXPRESSION, RULE_OF_LAW"),
            tuple("memberA", "severity", "MEDIUM", "HIGH"));

    // saving the same values again changes nothing and writes no history
    as(member, () -> cases.edit(raised.reference(), corrected.version(), new NewCase("Journalists detained in Nakuru",
        "Three reporters held without charge", "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.RULE_OF_LAW),
        Severity.HIGH)));
    assertThat(as(member, () -> cases.history(raised.reference()))).hasSize(3);
  }

  @Test
  void of_two_people_saving_the_same_case_the_second_is_told_and_the_first_save_stays() {
    CaseDetails raised = raise();
    int loadedByBoth = raised.version();

    as(member, () -> cases.edit(raised.reference(), loadedByBoth, new NewCase("Owner's title", raised.summary(),
        "KE", raised.themes(), raised.severity())));
    assertThatThrownBy(() -> as(coordinator, () -> cases.edit(raised.reference(), loadedByBoth, new NewCase(
        "Coordinator's title", "Coordinator's summary", "UG", raised.themes(), Severity.CRITICAL))))
        .isInstanceOfSatisfying(StaleRecordException.class, e -> {
          assertThat(e.record()).isEqualTo("Case " + raised.reference());
          assertThat(e.getMessage()).contains("changed by someone else").contains("nothing was saved");
        });

    CaseDetails now = as(coordinator, () -> cases.get(raised.reference()));
    assertThat(now.title()).isEqualTo("Owner's title");
    assertThat(now.summary()).isEqualTo(raised.summary());
    assertThat(now.country()).isEqualTo("KE");
    assertThat(as(coordinator, () -> cases.history(raised.reference())))
        .extracting(HistoryEntry::by, HistoryEntry::field).containsExactly(tuple("memberA", "title"));
    // with the newer version the coordinator's correction goes through
    as(coordinator, () -> cases.edit(raised.reference(), now.version(), new NewCase("Coordinator's title",
        now.summary(), "KE", now.themes(), now.severity())));
    assertThat(as(coordinator, () -> cases.history(raised.reference()))).extracting(HistoryEntry::by)
        .containsExactly("memberA", "coordA");
  }

  @Test
  void only_the_owner_or_a_coordinator_corrects_a_case_and_bad_values_save_nothing() {
    CaseDetails raised = raise();
    assertThatThrownBy(() -> as(coalitions.bothInA(), () -> cases.edit(raised.reference(), raised.version(),
        new NewCase("Taken over", raised.summary(), "KE", raised.themes(), raised.severity()))))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(member, () -> cases.edit(raised.reference(), raised.version(),
        new NewCase(" ", raised.summary(), "XX", Set.of(), raised.severity()))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("title", "country", "themes"));
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> cases.edit(raised.reference(), raised.version(),
        new NewCase("Other coalition", raised.summary(), "KE", raised.themes(), raised.severity()))))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(member, () -> cases.get(raised.reference())).title()).isEqualTo("Journalists detained");
    assertThat(as(member, () -> cases.history(raised.reference()))).isEmpty();
  }

  @Test
  void a_coordinator_corrects_an_embassy_and_its_priorities_and_members_may_not() {
    Embassy embassy = as(member, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobbi", null)));
    EmbassyPriority priority = as(member, () -> contacts.addPriority(embassy.id(), new NewPriority("Press freedom",
        "https://ke.usembassy.gov/a", LocalDate.of(2026, 1, 5))));

    assertThatThrownBy(() -> as(member, () -> contacts.editEmbassy(embassy.id(), embassy.version(),
        new NewEmbassy("KE", "Nairobi", null)))).isInstanceOf(NotAllowedException.class);
    as(coordinator, () -> contacts.editEmbassy(embassy.id(), embassy.version(),
        new NewEmbassy("KE", "Nairobi", "https://ke.usembassy.gov")));
    as(coordinator, () -> contacts.editPriority(priority.id(), priority.version(), new NewPriority(
        "Press freedom ahead of the elections", "https://ke.usembassy.gov/a", LocalDate.of(2026, 1, 5))));
    assertThatThrownBy(() -> as(secondCoordinator, () -> contacts.editPriority(priority.id(), priority.version(),
        new NewPriority("Something else", "https://ke.usembassy.gov/b", LocalDate.of(2026, 1, 6)))))
        .isInstanceOf(StaleRecordException.class);

    assertThat(as(member, () -> contacts.embassyHistory(embassy.id())))
        .extracting(HistoryEntry::by, HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
        .containsExactly(
            tuple("coordA", "city", "Nairobbi", "Nairobi"),
            tuple("coordA", "website", null, "https://ke.usembassy.gov"),
            tuple("coordA", "priority.objective", "Press freedom", "Press freedom ahead of the elections"));
    assertThat(as(member, () -> contacts.priorities(embassy.id()))).singleElement()
        .extracting(EmbassyPriority::objective).isEqualTo("Press freedom ahead of the elections");
  }

  @Test
  void changing_an_officers_cadence_restarts_their_relationship_cadence_with_the_new_one() {
    Embassy embassy = as(member, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
    Officer officer = as(member, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "Jane Doe", null,
        Portfolio.HUMAN_RIGHTS, "jane@example.org", "P90D")));
    String firstTimer = timerOf(officer).getId();
    Instant before = Instant.now();

    Officer edited = as(coordinator, () -> contacts.editOfficer(officer.id(), officer.version(), new NewOfficer(
        embassy.id(), "Jane Doe", "Human rights officer", Portfolio.HUMAN_RIGHTS, "jane@example.org", "P14D"),
        true, false));

    assertThat(edited.contactCadence()).isEqualTo("P14D");
    assertThat(edited.newsletterInvited()).isTrue();
    assertThat(timerOf(officer).getId()).as("a new timer").isNotEqualTo(firstTimer);
    assertThat(timerOf(officer).getDuedate().toInstant())
        .isCloseTo(before.plus(Duration.ofDays(14)), within(1, ChronoUnit.MINUTES));
    assertThat(runtime.getVariable(timerOf(officer).getProcessInstanceId(), Variables.CONTACT_CADENCE)).isEqualTo("P14D");
    assertThat(as(member, () -> contacts.officerHistory(officer.id())))
        .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
        .containsExactly(tuple("title", null, "Human rights officer"), tuple("contactCadence", "P90D", "P14D"),
            tuple("newsletterInvited", "false", "true"));

    // a correction that leaves the cadence alone leaves the timer alone
    String timer = timerOf(officer).getId();
    as(coordinator, () -> contacts.editOfficer(officer.id(), edited.version(), new NewOfficer(embassy.id(),
        "Jane A. Doe", "Human rights officer", Portfolio.HUMAN_RIGHTS, "jane@example.org", "P14D"), true, false));
    assertThat(timerOf(officer).getId()).isEqualTo(timer);
    assertThatThrownBy(() -> as(member, () -> contacts.editOfficer(officer.id(), edited.version() + 1,
        new NewOfficer(embassy.id(), "X", null, Portfolio.OTHER, null, null), false, false)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> contacts.editOfficer(officer.id(), 0,
        new NewOfficer(null, "X", null, Portfolio.OTHER, null, null), false, false)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_logged_contact_moves_the_last_contact_and_restarts_the_cadence() {
    Officer officer = as(member, () -> contacts.addOfficer(new NewOfficer(null, "DRL desk officer", null,
        Portfolio.HUMAN_RIGHTS, null, "P30D")));
    String firstTimer = timerOf(officer).getId();

    as(member, () -> relationships.logContact(officer.id(), new NewContact(EngagementKind.CALL,
        "Called about the trial monitoring", LocalDate.now())));

    assertThat(timerOf(officer).getId()).isNotEqualTo(firstTimer);
    assertThat(as(member, () -> contacts.officer(officer.id())).lastContactOn()).isEqualTo(LocalDate.now());
    assertThatThrownBy(() -> as(member, () -> relationships.logContact(officer.id(), new NewContact(
        EngagementKind.REPLY, "Not a contact kind one logs", LocalDate.now()))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("kind"));
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> relationships.logContact(officer.id(),
        new NewContact(EngagementKind.CALL, "x", LocalDate.now())))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_coordinator_corrects_a_member_organisation_and_a_stale_save_is_refused() {
    MemberOrganisation added = as(coordinator, () -> organisations.add(new NewMemberOrganisation("Press Union",
        "union@example.org")));
    as(coordinator, () -> organisations.edit(added.id(), added.version(), new NewMemberOrganisation(
        "Kenya Press Union", "union@example.org")));
    assertThatThrownBy(() -> as(secondCoordinator, () -> organisations.edit(added.id(), added.version(),
        new NewMemberOrganisation("Press Union KE", "other@example.org")))).isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> as(member, () -> organisations.edit(added.id(), added.version() + 1,
        new NewMemberOrganisation("x", "x@example.org")))).isInstanceOf(NotAllowedException.class);
    assertThat(as(member, () -> organisations.history(added.id())))
        .extracting(HistoryEntry::by, HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
        .containsExactly(tuple("coordA", "name", "Press Union", "Kenya Press Union"));
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> organisations.history(added.id())))
        .isInstanceOf(NotFoundException.class);
  }

  Job timerOf(Officer officer) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(RelationshipCadenceProcess.KEY)
        .processInstanceBusinessKey(officer.id().toString()).singleResult().getId();
    return management.createJobQuery().processInstanceId(instance).timers().singleResult();
  }
}
