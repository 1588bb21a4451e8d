package org.liaison.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.cases.Alignment;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.inbox.InboxService;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingRequest;
import org.liaison.meetings.MeetingService;
import org.liaison.processes.RelationshipCadenceProcess;
import org.liaison.processes.RelationshipCadenceProcess.Variables;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Handing an officer over to a successor: every meeting, engagement (with its open next steps), case
 * alignment and the contact cadence moves to the successor, the leaver links forward, the successor
 * shows what it inherited, and no row that is live work still names the leaver.
 */
class OfficerRotationIT extends DatabaseIT {

  @Autowired ContactService contacts;
  @Autowired EngagementService engagements;
  @Autowired OfficerRotation rotation;
  @Autowired MeetingService meetings;
  @Autowired CaseService cases;
  @Autowired InboxService inbox;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Actor coordinator;
  Actor member;
  Embassy embassy;
  Officer leaver;

  @BeforeEach
  void anOfficerWithHistory() {
    coordinator = coalitions.coordinatorA();
    member = coalitions.memberA();
    embassy = as(coordinator, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
    leaver = as(coordinator, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "Jane Doe", "Human rights officer",
        Portfolio.HUMAN_RIGHTS, "jane@embassy.example", "P60D")));
  }

  @Test
  void a_hand_over_moves_every_item_and_the_cadence_and_leaves_nothing_pointing_at_the_leaver() {
    Engagement question = as(member, () -> engagements.record(new NewEngagement(leaver.id(), null,
        EngagementKind.QUESTION, "Asked about trial monitoring", LocalDate.now())));
    as(member, () -> engagements.recordOutcome(question.id(), "She will check", List.of(
        new NewNextStep("Send her the trial calendar", "memberA", LocalDate.now().plusDays(3)))));
    Meeting meeting = as(member, () -> meetings.request(new MeetingRequest(leaver.id(), "Introduce the coalition")));
    String caseRef = as(member, () -> cases.raise(new NewCase("Journalists detained", "Held without charge", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH))).reference();
    as(coordinator, () -> cases.triage(task(coordinator, caseRef), new Triage(Severity.HIGH, null)));
    as(member, () -> cases.align(task(member, caseRef), new Alignment(Set.of(), Set.of(leaver.id()), null)));
    Officer successor = as(coordinator, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "John Roe", null,
        Portfolio.POLITICAL, "john@embassy.example", null)));
    Instant before = Instant.now();

    HandedOver moved = as(coordinator, () -> rotation.handOver(leaver.id(),
        new Handover(LocalDate.now().plusDays(7), successor.id(), null)));

    assertThat(moved.meetings()).isEqualTo(1);
    assertThat(moved.engagements()).as("the question and the meeting request").isEqualTo(2);
    assertThat(moved.openNextSteps()).isEqualTo(1);
    assertThat(moved.cases()).isEqualTo(1);
    assertThat(moved.successor().contactCadence()).as("the leaver's cadence moves over").isEqualTo("P60D");

    Officer left = as(member, () -> contacts.officer(leaver.id()));
    assertThat(left.successorId()).isEqualTo(successor.id());
    assertThat(left.leavingOn()).isEqualTo(LocalDate.now().plusDays(7));
    assertThat(as(member, () -> rotation.predecessors(successor.id()))).extracting(Officer::id).containsExactly(leaver.id());
    assertThat(as(member, () -> engagements.forOfficer(successor.id())))
        .extracting(Engagement::summary, Engagement::handedOverFrom)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Asked about trial monitoring", leaver.id()),
            org.assertj.core.groups.Tuple.tuple("Introduce the coalition", leaver.id()));
    assertThat(as(member, () -> engagements.nextSteps(question.id()))).singleElement()
        .satisfies(s -> assertThat(s.done()).isFalse());
    assertThat(as(member, () -> meetings.get(meeting.reference())).officerId()).isEqualTo(successor.id());
    assertThat(as(member, () -> cases.routing(caseRef)).officers()).extracting(Officer::id)
        .containsExactly(successor.id());
    assertThat(as(member, () -> engagements.forOfficer(leaver.id()))).isEmpty();
    assertThat(as(member, () -> meetings.forOfficer(leaver.id()))).isEmpty();
    assertThat(rowsNaming(leaver.id())).as("no live row names the leaver").isZero();

    assertThat(cadenceOf(leaver)).as("the leaver's cadence ended").isNull();
    ProcessInstance successorCadence = cadenceOf(successor);
    assertThat(runtime.getVariable(successorCadence.getId(), Variables.CONTACT_CADENCE)).isEqualTo("P60D");
    assertThat(management.createJobQuery().processInstanceId(successorCadence.getId()).timers().singleResult()
        .getDuedate().toInstant()).isCloseTo(before.plus(Duration.ofDays(60)), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void a_new_successor_is_recorded_at_the_leavers_embassy_and_takes_the_relationship_over() {
    HandedOver moved = as(coordinator, () -> rotation.handOver(leaver.id(), new Handover(LocalDate.now(), null,
        new NewOfficer(null, "Amina Hassan", null, Portfolio.HUMAN_RIGHTS, "amina@embassy.example", null))));

    assertThat(moved.successor().name()).isEqualTo("Amina Hassan");
    assertThat(moved.successor().embassyId()).isEqualTo(embassy.id());
    assertThat(moved.successor().contactCadence()).isEqualTo("P60D");
    assertThat(cadenceOf(moved.successor())).isNotNull();
    assertThat(as(member, () -> contacts.officers())).extracting(Officer::name).containsExactly("Amina Hassan");
  }

  @Test
  void a_hand_over_needs_a_date_and_exactly_one_successor_from_a_coordinator_of_the_coalition() {
    Officer other = as(coordinator, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "John Roe", null,
        Portfolio.POLITICAL, null, null)));
    assertThatThrownBy(() -> as(coordinator, () -> rotation.handOver(leaver.id(), new Handover(null, null, null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("leavingOn"));
    assertThatThrownBy(() -> as(coordinator, () -> rotation.handOver(leaver.id(), new Handover(LocalDate.now(), null, null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("successorId"));
    assertThatThrownBy(() -> as(coordinator, () -> rotation.handOver(leaver.id(), new Handover(LocalDate.now(),
        leaver.id(), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("successorId"));
    assertThatThrownBy(() -> as(member, () -> rotation.handOver(leaver.id(), new Handover(LocalDate.now(), other.id(),
        null)))).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> rotation.handOver(leaver.id(),
        new Handover(LocalDate.now(), other.id(), null)))).isInstanceOf(NotFoundException.class);
    assertThat(as(member, () -> contacts.officer(leaver.id())).successorId()).isNull();
    assertThat(cadenceOf(leaver)).as("nothing changed").isNotNull();
  }

  ProcessInstance cadenceOf(Officer officer) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(RelationshipCadenceProcess.KEY)
        .processInstanceBusinessKey(officer.id().toString()).singleResult();
  }

  String task(Actor actor, String reference) {
    return as(actor, () -> inbox.tasks()).stream().filter(i -> reference.equals(i.task().businessKey()))
        .findFirst().orElseThrow().task().id();
  }

  /** Rows of live work that name the officer, counted by the owner of the tables (no row-level security). */
  static int rowsNaming(UUID officerId) {
    try (Connection c = DriverManager.getConnection(database().url(), database().username(), database().password());
         PreparedStatement s = c.prepareStatement("""
             select (select count(*) from app.engagement where officer_id = ?)
                  + (select count(*) from app.meeting where officer_id = ?)
                  + (select count(*) from app.case_officer where officer_id = ?)
                  + (select count(*) from app.court_hearing_officer where officer_id = ?)""")) {
      for (int i = 1; i <= 4; i++) {
        s.setObject(i, officerId);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

}
