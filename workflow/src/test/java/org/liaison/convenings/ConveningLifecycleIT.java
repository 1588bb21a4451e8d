package org.liaison.convenings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.Jobs;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.convenings.internal.ConveningInvitations;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.mail.Outbox;
import org.liaison.mail.SentMail;
import org.liaison.processes.ConveningProcess;
import org.liaison.processes.ConveningProcess.Elements;
import org.liaison.processes.ConveningProcess.Variables;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;

/** The convening lifecycle through the services, on a real PostgreSQL and a real engine. */
class ConveningLifecycleIT extends DatabaseIT {

  @Autowired ConveningService convenings;
  @Autowired InboxService inbox;
  @Autowired StepService steps;
  @Autowired Outbox outbox;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ConveningInvitations invitationsBean;
  @Autowired @Qualifier(ConveningProcess.Beans.SEND_INVITATION_DELEGATE) JavaDelegate sendInvitation;
  @Autowired TransactionTemplate tx;

  Jobs jobs;

  @BeforeEach
  void coalitions() {
    jobs = new Jobs(management);
  }

  static final Instant STARTS = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
  static final Instant DEADLINE = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

  static NewConvening roundtable(List<NewInvitee> invitees) {
    return new NewConvening("Press freedom roundtable", ConveningFormat.IN_PERSON, Hosting.HOSTED, null, STARTS,
        "Coalition office, Nairobi", null, "1. Detained journalists\n2. Election coverage", DEADLINE, invitees);
  }

  static final List<NewInvitee> TWO = List.of(new NewInvitee("Jane Doe", "jane@embassy.example"),
      new NewInvitee("Ali Hassan", "ali@ngo.example"));

  WorkItem onlyTask(Actor actor, String reference) {
    List<WorkItem> open = as(actor, () -> inbox.tasks().stream().map(InboxItem::task)
        .filter(t -> reference.equals(t.businessKey())).toList());
    assertThat(open).as("open tasks of %s for %s", reference, actor.username()).hasSize(1);
    return open.get(0);
  }

  String instanceOf(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).tenantIdIn(coalitions.a.id())
        .singleResult().getId();
  }

  List<SentMail> mail(Actor coordinator) {
    return as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT));
  }

  @Test
  void a_proposed_convening_starts_its_lifecycle_with_the_owner_agreeing_the_format() {
    Actor coordinator = coalitions.coordinatorA();
    Convening c = as(coordinator, () -> convenings.propose(roundtable(TWO)));

    assertThat(c.reference()).matches("CONV-\\d{4}-0001");
    assertThat(c.status()).isEqualTo(ConveningStatus.PROPOSED);
    assertThat(c.owner()).isEqualTo("coordA");
    String instance = instanceOf(c.reference());
    assertThat(runtime.getVariables(instance)).containsOnly(
        Map.entry(Variables.CONVENING_ID, c.id().toString()),
        Map.entry(Variables.CONVENING_OWNER, "coordA"),
        Map.entry(Variables.RSVP_DEADLINE, DEADLINE.toString()));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getTenantId())
        .isEqualTo(coalitions.a.id());

    WorkItem agree = onlyTask(coordinator, c.reference());
    assertThat(agree.taskKey()).isEqualTo(Elements.TASK_AGREE_FORMAT);
    assertThat(agree.assignee()).isEqualTo("coordA");
    assertThat(agree.due()).as("due from the record: the invitations must go out before the RSVP deadline")
        .isEqualTo(DEADLINE);
    assertThat(as(coalitions.secondCoordinatorA(), () -> inbox.tasks())).as("assigned to its owner only").isEmpty();
    assertThat(as(coordinator, () -> convenings.invitations(c.reference())))
        .extracting(Invitation::inviteeName, Invitation::rsvp, Invitation::sent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Jane Doe", Rsvp.PENDING, false),
            org.assertj.core.groups.Tuple.tuple("Ali Hassan", Rsvp.PENDING, false));
    assertThat(mail(coordinator)).as("no invitation before the format is agreed").isEmpty();
  }

  @Test
  void agreeing_the_format_sends_one_invitation_per_invitee_and_rsvps_are_recorded_on_the_convening() {
    Actor coordinator = coalitions.coordinatorA();
    Convening c = as(coordinator, () -> convenings.propose(roundtable(TWO)));
    Invitation jane = as(coordinator, () -> convenings.invitations(c.reference())).get(0);

    assertThatThrownBy(() -> as(coordinator, () -> convenings.recordRsvp(c.reference(), jane.id(), Rsvp.ACCEPTED)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("rsvp"))
            .isEqualTo("The invitation to Jane Doe has not been sent yet: it goes out once the format is agreed."));

    as(coordinator, () -> steps.complete(onlyTask(coordinator, c.reference()).id(),
        new StepInput("Hosted by the coalition, in person; the embassy sends two officers", null)));

    assertThat(as(coordinator, () -> convenings.get(c.reference())).status()).isEqualTo(ConveningStatus.INVITATIONS_SENT);
    List<SentMail> sent = mail(coordinator);
    assertThat(sent).hasSize(2);
    assertThat(sent).extracting(m -> m.to().get(0))
        .containsExactlyInAnyOrder("jane@embassy.example", "ali@ngo.example");
    assertThat(sent).allSatisfy(m -> {
      assertThat(m.subject()).startsWith("Invitation: Press freedom roundtable — ");
      assertThat(m.body()).contains("Coalition office, Nairobi").contains("Detained journalists")
          .contains(c.reference());
    });
    assertThat(as(coordinator, () -> convenings.invitations(c.reference()))).allMatch(Invitation::sent);

    as(coordinator, () -> convenings.recordRsvp(c.reference(), jane.id(), Rsvp.ACCEPTED));
    Invitation ali = as(coordinator, () -> convenings.invitations(c.reference())).get(1);
    as(coalitions.secondCoordinatorA(), () -> convenings.recordRsvp(c.reference(), ali.id(), Rsvp.DECLINED));
    assertThat(as(coalitions.memberA(), () -> convenings.invitations(c.reference())))
        .extracting(Invitation::rsvp).containsExactly(Rsvp.ACCEPTED, Rsvp.DECLINED);
    assertThat(as(coordinator, () -> convenings.invitations(c.reference()))).allMatch(i -> i.respondedAt() != null);
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> convenings.recordRsvp(c.reference(), jane.id(), Rsvp.DECLINED)))
        .as("neither owner nor coordinator").isInstanceOf(NotAllowedException.class);
  }

  @Test
  void the_invitation_delegate_run_twice_queues_the_invitation_once() {
    Actor coordinator = coalitions.coordinatorA();
    Convening c = as(coordinator, () -> convenings.propose(roundtable(TWO)));
    String invitationId = as(coordinator, () -> convenings.invitations(c.reference())).get(0).id().toString();
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getTenantId()).thenReturn(coalitions.a.id());
    when(execution.getVariable(Variables.INVITATION_ID)).thenReturn(invitationId);

    // as the job executor would: no signed-in user, each run in its own transaction
    for (int run = 0; run < 2; run++) {
      tx.executeWithoutResult(status -> {
        try {
          sendInvitation.execute(execution);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }

    assertThat(mail(coordinator)).singleElement().satisfies(m -> assertThat(m.to()).containsExactly("jane@embassy.example"));
  }

  /** The bean as the engine calls it: in the actor's transaction. */
  List<String> idsAs(Actor actor, Convening c) {
    Supplier<List<String>> call = () -> tx.execute(s -> invitationsBean.ids(c.id().toString()));
    return as(actor, call);
  }

  @Test
  void the_invitation_list_is_the_same_on_every_call_and_kept_to_the_coalition() {
    Actor coordinator = coalitions.coordinatorA();
    Convening c = as(coordinator, () -> convenings.propose(roundtable(List.of(new NewInvitee("C", "c@x.example"),
        new NewInvitee("A", "a@x.example"), new NewInvitee("B", "b@x.example")))));
    List<String> expected = as(coordinator, () -> convenings.invitations(c.reference())).stream()
        .map(i -> i.id().toString()).toList();

    for (int i = 0; i < 3; i++) {
      assertThat(idsAs(coordinator, c)).isEqualTo(expected);
    }
    assertThat(idsAs(coalitions.coordinatorB(), c))
        .as("another coalition's convening has no invitations for it").isEmpty();
  }

  @Test
  void after_the_rsvp_deadline_the_owner_confirms_the_logistics_and_records_the_outcomes() {
    Actor coordinator = coalitions.coordinatorA();
    Convening c = as(coordinator, () -> convenings.propose(roundtable(TWO)));
    as(coordinator, () -> steps.complete(onlyTask(coordinator, c.reference()).id(), new StepInput("Agreed", null)));
    String instance = instanceOf(c.reference());

    assertThat(jobs.due(instance, Elements.EVENT_RSVP_DEADLINE)).isEqualTo(DEADLINE);
    jobs.fire(instance, Elements.EVENT_RSVP_DEADLINE);

    WorkItem logistics = onlyTask(coordinator, c.reference());
    assertThat(logistics.taskKey()).isEqualTo(Elements.TASK_CONFIRM_LOGISTICS);
    as(coordinator, () -> steps.complete(logistics.id(), new StepInput("Room and interpreters booked", true)));
    assertThat(as(coordinator, () -> convenings.get(c.reference())).status()).isEqualTo(ConveningStatus.CONFIRMED);

    WorkItem outcomes = onlyTask(coordinator, c.reference());
    assertThat(outcomes.taskKey()).isEqualTo(Elements.TASK_RECORD_OUTCOMES);
    as(coordinator, () -> steps.complete(outcomes.id(),
        new StepInput("The embassy will raise the detentions with the Interior Ministry.", null)));

    Convening held = as(coordinator, () -> convenings.get(c.reference()));
    assertThat(held.status()).isEqualTo(ConveningStatus.HELD);
    assertThat(held.outcomes()).isEqualTo("The embassy will raise the detentions with the Interior Ministry.");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId())
        .isEqualTo(Elements.END_CONVENING_HELD);
    assertThat(as(coordinator, () -> steps.journal(c.reference()))).extracting(StepRecord::taskName)
        .containsExactly("Agree format", "Confirm logistics", "Record outcomes");
    Invitation jane = as(coordinator, () -> convenings.invitations(c.reference())).get(0);
    assertThatThrownBy(() -> as(coordinator, () -> convenings.recordRsvp(c.reference(), jane.id(), Rsvp.ACCEPTED)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_convening_that_does_not_go_ahead_ends_cancelled() {
    Actor coordinator = coalitions.coordinatorA();
    Convening c = as(coordinator, () -> convenings.propose(roundtable(List.of())));
    as(coordinator, () -> steps.complete(onlyTask(coordinator, c.reference()).id(), new StepInput("Agreed", null)));
    assertThat(mail(coordinator)).as("no invitees, no invitations").isEmpty();
    String instance = instanceOf(c.reference());
    jobs.fire(instance, Elements.EVENT_RSVP_DEADLINE);

    as(coordinator, () -> steps.complete(onlyTask(coordinator, c.reference()).id(),
        new StepInput("Too few acceptances", false)));

    assertThat(as(coordinator, () -> convenings.get(c.reference())).status()).isEqualTo(ConveningStatus.CANCELLED);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId())
        .isEqualTo(Elements.END_CONVENING_CANCELLED);
  }

  @Test
  void bad_input_is_named_per_field_and_nothing_is_saved_or_started() {
    Actor coordinator = coalitions.coordinatorA();
    NewConvening bad = new NewConvening(" ", ConveningFormat.ONLINE, Hosting.CO_HOSTED, null,
        Instant.now().minus(1, ChronoUnit.DAYS), null, "zoom meeting", "", Instant.now().plus(1, ChronoUnit.DAYS),
        List.of(new NewInvitee("Jane", "jane@embassy.example"), new NewInvitee("", "JANE@embassy.example"),
            new NewInvitee("Ali", "not-an-address")));

    assertThatThrownBy(() -> as(coordinator, () -> convenings.propose(bad)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("title", "Give the convening a title.")
            .containsEntry("link", "Give a web address starting with http:// or https://.")
            .containsEntry("agenda", "Write the agenda, so invitees know what it is about.")
            .containsEntry("embassyId", "Choose the embassy that co-hosts the convening.")
            .containsEntry("startsAt", "The convening must start in the future.")
            .containsEntry("rsvpDeadline", "The RSVP deadline must come before the convening starts.")
            .containsEntry("invitees[1].name", "Give the invitee's name.")
            .containsEntry("invitees[1].email", "JANE@embassy.example is already invited.")
            .containsEntry("invitees[2].email", "Give a valid e-mail address, such as officer@state.gov."));
    NewConvening noPlace = new NewConvening("Roundtable", ConveningFormat.IN_PERSON, Hosting.HOSTED, null, STARTS,
        " ", null, "Agenda", DEADLINE, List.of());
    assertThatThrownBy(() -> as(coordinator, () -> convenings.propose(noPlace)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnly(Map.entry("place", "Say where the convening takes place.")));

    assertThat(as(coordinator, () -> convenings.list())).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ConveningProcess.KEY)
        .tenantIdIn(coalitions.a.id()).count()).isZero();
    assertThat(as(coordinator, () -> convenings.propose(roundtable(TWO))).reference())
        .as("the reference counter was not consumed").endsWith("-0001");
  }

  @Test
  void only_a_coordinator_proposes() {
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> convenings.propose(roundtable(TWO))))
        .isInstanceOf(NotAllowedException.class);
    assertThat(as(coalitions.memberA(), () -> convenings.list())).isEmpty();
  }

  @Test
  void another_coalition_sees_neither_the_convening_nor_its_invitations_nor_its_tasks() {
    Actor coordinator = coalitions.coordinatorA();
    Actor other = coalitions.coordinatorB();
    Convening c = as(coordinator, () -> convenings.propose(roundtable(TWO)));
    as(coordinator, () -> steps.complete(onlyTask(coordinator, c.reference()).id(), new StepInput("Agreed", null)));
    Invitation jane = as(coordinator, () -> convenings.invitations(c.reference())).get(0);

    assertThat(as(other, () -> convenings.list())).isEmpty();
    assertThat(as(other, () -> inbox.tasks())).isEmpty();
    assertThat(mail(other)).isEmpty();
    assertThatThrownBy(() -> as(other, () -> convenings.get(c.reference()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> convenings.invitations(c.reference()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> convenings.recordRsvp(c.reference(), jane.id(), Rsvp.DECLINED)))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(other, () -> convenings.byReferences(List.of(c.reference())))).isEmpty();

    // B's own convening with the same number does not collide with A's
    Convening inB = as(other, () -> convenings.propose(roundtable(TWO)));
    assertThat(inB.reference()).isEqualTo(c.reference());
    assertThatThrownBy(() -> as(other, () -> convenings.recordRsvp(inB.reference(), jane.id(), Rsvp.DECLINED)))
        .as("A's invitation through B's convening").isInstanceOf(NotFoundException.class);
    assertThat(as(coordinator, () -> convenings.invitations(c.reference()))).extracting(Invitation::rsvp)
        .containsOnly(Rsvp.PENDING);
  }
}
