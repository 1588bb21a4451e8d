package org.liaison.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.processes.RelationshipCadenceProcess;
import org.liaison.processes.RelationshipCadenceProcess.Elements;
import org.liaison.processes.RelationshipCadenceProcess.Variables;
import org.liaison.settings.CoalitionSettings;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.MessageNotExpectedException;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each officer's relationship-cadence through the services, on a real PostgreSQL and a real engine: it
 * starts with the officer, restarts with every contact, asks a member to reach out when the cadence
 * passes, and ends when the officer is archived. The engine's own services are used here only to look
 * at (and fire) the timers.
 */
class RelationshipCadenceIT extends DatabaseIT {

  @Autowired ContactService contacts;
  @Autowired EngagementService engagements;
  @Autowired RelationshipService relationships;
  @Autowired InboxService inbox;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  Actor member;
  Embassy embassy;

  @BeforeEach
  void coalitions() {
    member = coalitions.memberA();
    embassy = as(member, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
  }

  Officer addOfficer(String name, String cadence) {
    return as(member, () -> contacts.addOfficer(new NewOfficer(embassy.id(), name, null, Portfolio.HUMAN_RIGHTS,
        null, cadence)));
  }

  ProcessInstance instanceOf(Officer officer) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(RelationshipCadenceProcess.KEY)
        .processInstanceBusinessKey(officer.id().toString()).singleResult();
  }

  Job timerOf(Officer officer) {
    return management.createJobQuery().processInstanceId(instanceOf(officer).getId()).timers().singleResult();
  }

  List<WorkItem> reachOutTasks(Actor actor, Officer officer) {
    return as(actor, () -> inbox.tasks()).stream().map(InboxItem::task)
        .filter(t -> officer.id().toString().equals(t.businessKey()))
        .toList();
  }

  void cadencePasses(Officer officer) {
    management.executeJob(timerOf(officer).getId());
  }

  @Test
  void adding_an_officer_starts_their_cadence_with_their_own_or_the_coalition_cadence() {
    Instant before = Instant.now();
    Officer own = addOfficer("Jane Doe", "P30D");
    Officer byDefault = addOfficer("John Roe", null);

    ProcessInstance instance = instanceOf(own);
    assertThat(instance.getTenantId()).isEqualTo(coalitions.a.id());
    assertThat(runtime.getVariable(instance.getId(), Variables.OFFICER_ID)).isEqualTo(own.id().toString());
    assertThat(runtime.getVariable(instance.getId(), Variables.CONTACT_CADENCE)).isEqualTo("P30D");
    assertThat(runtime.getVariable(instanceOf(byDefault).getId(), Variables.CONTACT_CADENCE))
        .isEqualTo(CoalitionSettings.DEFAULTS.contactCadence());
    assertThat(timerOf(own).getDuedate().toInstant())
        .isCloseTo(before.plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
    assertThat(timerOf(byDefault).getDuedate().toInstant())
        .isCloseTo(before.plus(Duration.ofDays(90)), within(1, ChronoUnit.MINUTES));
    assertThat(as(member, () -> relationships.relationship(own.id()))).satisfies(r -> {
      assertThat(r.contactCadence()).isEqualTo("P30D");
      assertThat(r.coalitionDefault()).isFalse();
      assertThat(r.cadenceRunning()).isTrue();
      assertThat(r.archivedAt()).isNull();
    });
    assertThat(as(member, () -> relationships.relationship(byDefault.id())).coalitionDefault()).isTrue();
  }

  @Test
  void an_engagement_restarts_the_cadence_and_one_recorded_while_a_reach_out_is_open_is_the_reach_out() {
    Officer officer = addOfficer("Jane Doe", "P30D");
    String firstTimer = timerOf(officer).getId();

    as(member, () -> engagements.record(new NewEngagement(officer.id(), null, EngagementKind.QUESTION,
        "Asked about the trial monitoring schedule", LocalDate.now())));

    assertThat(timerOf(officer).getId()).as("a new cadence timer").isNotEqualTo(firstTimer);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceOf(officer).getId())
        .activityId(Elements.EVENT_OFFICER_CONTACTED).count()).isEqualTo(1);

    cadencePasses(officer);
    assertThat(reachOutTasks(member, officer)).singleElement()
        .satisfies(t -> assertThat(t.taskKey()).isEqualTo(Elements.TASK_REACH_OUT));
    // a contact while the reach-out is open is the reach-out: the task goes, the cadence starts again
    as(member, () -> engagements.record(new NewEngagement(officer.id(), null, EngagementKind.INFORMATION_SHARING,
        "Shared the monitoring report", LocalDate.now())));
    assertThat(reachOutTasks(member, officer)).isEmpty();
    assertThat(timerOf(officer)).as("the cadence runs again").isNotNull();
    assertThat(as(member, () -> contacts.officer(officer.id())).lastContactOn()).isEqualTo(LocalDate.now());
  }

  @Test
  void when_the_cadence_passes_a_member_reaches_out_with_something_useful_and_the_cadence_starts_again() {
    Officer officer = addOfficer("Jane Doe", "P30D");
    cadencePasses(officer);
    WorkItem task = reachOutTasks(member, officer).get(0);
    assertThat(task.isUnassigned()).as("offered to the coalition's members").isTrue();
    assertThat(reachOutTasks(coalitions.coordinatorB(), officer)).as("not to another coalition").isEmpty();
    assertThat(as(member, () -> relationships.officerToReach(task.id()))).isEqualTo(officer);

    assertThatThrownBy(() -> as(member, () -> relationships.reachOut(task.id(), new ReachOut(null, " "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("kind", "summary"));
    assertThatThrownBy(() -> as(member, () -> relationships.reachOut(task.id(),
        new ReachOut(EngagementKind.REPLY, "Not a reach-out"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("kind"));
    assertThat(as(member, () -> engagements.forOfficer(officer.id()))).as("nothing saved").isEmpty();
    assertThat(reachOutTasks(member, officer)).as("the task stays open").hasSize(1);

    Engagement recorded = as(member, () -> relationships.reachOut(task.id(),
        new ReachOut(EngagementKind.EVENT_INVITATION, "Invited her to the press freedom panel on 3 May")));

    assertThat(recorded.kind()).isEqualTo(EngagementKind.EVENT_INVITATION);
    assertThat(as(member, () -> engagements.forOfficer(officer.id()))).containsExactly(recorded);
    assertThat(reachOutTasks(member, officer)).isEmpty();
    assertThat(timerOf(officer).getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
    assertThat(recorded.recordedBy()).isEqualTo("memberA");
    assertThat(recorded.summary()).isEqualTo("Invited her to the press freedom panel on 3 May");
  }

  @Test
  void archiving_an_officer_ends_the_relationship_also_while_a_reach_out_is_open_and_only_once() {
    Officer waiting = addOfficer("Jane Doe", "P30D");
    Officer due = addOfficer("John Roe", "P30D");
    cadencePasses(due);
    String dueInstance = instanceOf(due).getId();

    as(member, () -> {
      contacts.archiveOfficer(waiting.id());
      contacts.archiveOfficer(due.id());
      return null;
    });

    assertThat(instanceOf(waiting)).isNull();
    assertThat(instanceOf(due)).isNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(dueInstance)
        .activityId(Elements.END_ARCHIVED_WHILE_REACHING_OUT).count()).isEqualTo(1);
    assertThat(reachOutTasks(member, due)).as("the open reach-out is withdrawn").isEmpty();
    assertThat(as(member, contacts::officers)).as("archived officers leave the lists").isEmpty();
    assertThat(as(member, () -> contacts.officer(waiting.id()))).as("but stay on record").isEqualTo(waiting);
    assertThat(as(member, () -> relationships.relationship(waiting.id()))).satisfies(r -> {
      assertThat(r.archivedAt()).isNotNull();
      assertThat(r.cadenceRunning()).isFalse();
    });
    assertThatThrownBy(() -> as(member, () -> {
      contacts.archiveOfficer(waiting.id());
      return null;
    })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
        .containsEntry("officer", "Jane Doe is already archived."));
  }

  @Test
  void archiving_an_officer_whose_cadence_is_not_running_names_the_officer_and_changes_nothing() {
    Officer officer = addOfficer("Jane Doe", "P30D");
    runtime.deleteProcessInstance(instanceOf(officer).getId(), "an officer from before the lifecycle existed");

    assertThatThrownBy(() -> as(member, () -> {
      contacts.archiveOfficer(officer.id());
      return null;
    })).isInstanceOfSatisfying(MessageNotExpectedException.class, e -> {
      assertThat(e.getMessage()).contains("Jane Doe").contains(RelationshipCadenceProcess.Messages.OFFICER_ARCHIVED);
      assertThat(e.waiting()).isZero();
    });
    assertThat(as(member, () -> contacts.archivedAt(officer.id()))).as("not archived").isEmpty();
    assertThat(as(member, contacts::officers)).containsExactly(officer);

    assertThat(as(member, relationships::ensureCadences)).as("the missing cadence is started").isEqualTo(1);
    assertThat(as(member, relationships::ensureCadences)).as("and only once").isZero();
    as(member, () -> {
      contacts.archiveOfficer(officer.id());
      return null;
    });
    assertThat(instanceOf(officer)).isNull();
  }

  @Test
  void another_coalition_sees_none_of_it_and_cannot_archive_or_reach_out() {
    Officer officer = addOfficer("Jane Doe", "P30D");
    cadencePasses(officer);
    WorkItem task = reachOutTasks(member, officer).get(0);
    Actor b = coalitions.coordinatorB();

    assertThat(as(b, contacts::officers)).isEmpty();
    assertThatThrownBy(() -> as(b, () -> {
      contacts.archiveOfficer(officer.id());
      return null;
    })).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> relationships.relationship(officer.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> relationships.reachOut(task.id(),
        new ReachOut(EngagementKind.QUESTION, "Probing another coalition"))))
        .isInstanceOf(org.liaison.workflow.TaskNotAvailableException.class);
    assertThat(as(member, () -> contacts.archivedAt(officer.id()))).isEmpty();
    assertThat(reachOutTasks(member, officer)).hasSize(1);
    assertThat(as(member, () -> engagements.forOfficer(officer.id()))).isEmpty();
  }
}
