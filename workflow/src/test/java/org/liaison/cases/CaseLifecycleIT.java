package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.outreach.Outreach;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.OutreachStatus;
import org.liaison.outreach.Review;
import org.liaison.outreach.Sending;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Elements;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The raise-issue lifecycle through the services, on a real PostgreSQL and a real engine. */
class CaseLifecycleIT extends DatabaseIT {

  @Autowired CaseService cases;
  @Autowired OutreachService outreach;
  @Autowired InboxService inbox;
  @Autowired MembershipService memberships;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  TestCoalitions coalitions;

  @BeforeEach
  void coalitions() {
    coalitions = new TestCoalitions(memberships);
  }

  static NewCase aCase(String title) {
    return new NewCase(title, "Journalists detained after covering protests", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS_DEFENDERS), Severity.HIGH);
  }

  static OutreachDraft aDraft(String suffix) {
    return new OutreachDraft("Three journalists are held without charge " + suffix,
        "Press freedom is a stated U.S. priority in Kenya", "Ask for consular attention at the hearing");
  }

  <T> T as(Actor actor, java.util.function.Supplier<T> work) {
    return TenantContext.callAs(actor, work);
  }

  void as(Actor actor, Runnable work) {
    TenantContext.runAs(actor, work);
  }

  WorkItem onlyTask(Actor actor, String reference) {
    List<WorkItem> open = as(actor, () -> inbox.tasks().stream()
        .map(InboxItem::task)
        .filter(t -> reference.equals(t.businessKey()))
        .toList());
    assertThat(open).as("open tasks of %s for %s", reference, actor.username()).hasSize(1);
    return open.get(0);
  }

  @Test
  void raising_a_case_numbers_it_per_coalition_and_year_and_starts_its_lifecycle_at_triage() {
    CaseDetails first = as(coalitions.memberA(), () -> cases.raise(aCase("Detained journalists")));
    CaseDetails second = as(coalitions.memberA(), () -> cases.raise(aCase("Second case")));
    CaseDetails inB = as(coalitions.coordinatorB(), () -> cases.raise(aCase("Case in B")));
    int year = LocalDate.now().getYear();

    assertThat(first.reference()).isEqualTo(coalitions.a.referencePrefix() + "-" + year + "-0001");
    assertThat(second.reference()).isEqualTo(coalitions.a.referencePrefix() + "-" + year + "-0002");
    assertThat(inB.reference()).isEqualTo(coalitions.b.referencePrefix() + "-" + year + "-0001");
    assertThat(first.status()).isEqualTo(CaseStatus.IN_TRIAGE);
    assertThat(first.owner()).isEqualTo("memberA");

    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.reference()).singleResult();
    assertThat(instance.getTenantId()).isEqualTo(coalitions.a.id());

    WorkItem triage = onlyTask(coalitions.coordinatorA(), first.reference());
    assertThat(triage.taskKey()).isEqualTo(Elements.TASK_TRIAGE_CASE);
    assertThat(triage.isUnassigned()).isTrue();
    assertThat(as(coalitions.memberA(), () -> inbox.tasks())).as("a member does not triage").isEmpty();
    assertThat(as(coalitions.memberA(), () -> cases.timeline(first.reference())))
        .extracting(CaseActivity::kind).containsExactly(CaseActivity.Kind.RAISED);
  }

  @Test
  void a_case_goes_through_triage_drafting_one_rework_round_review_and_sending() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    String ref = as(member, () -> cases.raise(aCase("Detained journalists"))).reference();

    as(coordinator, () -> cases.triage(onlyTask(coordinator, ref).id(), new Triage(Severity.CRITICAL, "Hearing is on Monday")));
    assertThat(as(member, () -> cases.get(ref))).satisfies(c -> {
      assertThat(c.status()).isEqualTo(CaseStatus.DRAFTING_OUTREACH);
      assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
    });

    WorkItem draft = onlyTask(member, ref);
    assertThat(draft.assignee()).isEqualTo("memberA");
    as(member, () -> outreach.submitDraft(draft.id(), aDraft("v1")));
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_REVIEW);

    as(coordinator, () -> outreach.review(onlyTask(coordinator, ref).id(), Review.sendBack("Name the court")));
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.DRAFTING_OUTREACH);
    assertThat(as(member, () -> outreach.forCase(ref))).get().satisfies(o -> {
      assertThat(o.status()).isEqualTo(OutreachStatus.CHANGES_REQUESTED);
      assertThat(o.reviewComment()).isEqualTo("Name the court");
    });

    as(member, () -> outreach.submitDraft(onlyTask(member, ref).id(), aDraft("v2 at the Milimani court")));
    as(coordinator, () -> outreach.review(onlyTask(coordinator, ref).id(), Review.approve(null)));
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.READY_TO_SEND);

    WorkItem sending = onlyTask(member, ref);
    assertThat(sending.taskKey()).isEqualTo(Elements.TASK_RECORD_SENDING);
    as(member, () -> outreach.recordSending(sending.id(), new Sending("hr-officer@embassy.example", LocalDate.now())));

    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.OUTREACH_SENT);
    Outreach sent = as(member, () -> outreach.forCase(ref)).orElseThrow();
    assertThat(sent.status()).isEqualTo(OutreachStatus.SENT);
    assertThat(sent.important()).endsWith("v2 at the Milimani court");
    assertThat(sent.sentBy()).isEqualTo("memberA");
    assertThat(as(member, () -> cases.timeline(ref))).extracting(CaseActivity::kind).containsExactly(
        CaseActivity.Kind.RAISED, CaseActivity.Kind.TRIAGED, CaseActivity.Kind.OUTREACH_DRAFTED,
        CaseActivity.Kind.OUTREACH_SENT_BACK, CaseActivity.Kind.OUTREACH_DRAFTED,
        CaseActivity.Kind.OUTREACH_APPROVED, CaseActivity.Kind.OUTREACH_SENT);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).finished().count())
        .isEqualTo(1);
  }

  @Test
  void bad_case_input_names_every_field_and_saves_nothing() {
    Actor member = coalitions.memberA();
    NewCase bad = new NewCase(" ", "x".repeat(CaseLimits.SUMMARY + 1), "XX", Set.of(), null);

    assertThatThrownBy(() -> as(member, () -> cases.raise(bad)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("title", "summary", "country", "themes", "severity")
            .containsEntry("country", "Choose a country from the list (an ISO 3166 country code such as KE or GT).")
            .containsEntry("title", "Give the case a title."));

    assertThat(as(member, () -> cases.list())).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RaiseIssueProcess.KEY)
        .tenantIdIn(coalitions.a.id()).count()).isZero();
    // the reference counter was not consumed either: the next valid case is number 1
    assertThat(as(member, () -> cases.raise(aCase("Valid"))).reference()).endsWith("-0001");
  }

  @Test
  void bad_outreach_input_leaves_the_draft_task_open_and_nothing_saved() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    String ref = as(member, () -> cases.raise(aCase("Case"))).reference();
    as(coordinator, () -> cases.triage(onlyTask(coordinator, ref).id(), new Triage(Severity.HIGH, null)));
    WorkItem draft = onlyTask(member, ref);

    assertThatThrownBy(() -> as(member, () -> outreach.submitDraft(draft.id(),
        new OutreachDraft("", "y".repeat(4001), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("important", "whyUnitedStates", "embassyAction"));

    assertThat(as(member, () -> outreach.forCase(ref))).isEmpty();
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.DRAFTING_OUTREACH);
    assertThat(onlyTask(member, ref).id()).isEqualTo(draft.id());

    as(member, () -> outreach.submitDraft(draft.id(), aDraft("ok")));
    WorkItem review = onlyTask(coordinator, ref);
    assertThatThrownBy(() -> as(coordinator, () -> outreach.review(review.id(), Review.sendBack("  "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("comment", "Say what should change before sending the outreach back."));
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_REVIEW);

    as(coordinator, () -> outreach.review(review.id(), Review.approve("Good")));
    WorkItem sending = onlyTask(member, ref);
    assertThatThrownBy(() -> as(member, () -> outreach.recordSending(sending.id(),
        new Sending("officer@embassy.example", LocalDate.now().plusDays(3)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("sentOn"));
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.READY_TO_SEND);
  }

  @Test
  void a_task_completed_or_claimed_by_someone_else_cannot_be_completed_again() {
    Actor member = coalitions.memberA();
    Actor first = coalitions.coordinatorA();
    Actor second = coalitions.secondCoordinatorA();
    String ref = as(member, () -> cases.raise(aCase("Case"))).reference();
    WorkItem triage = onlyTask(second, ref);

    as(first, () -> cases.triage(triage.id(), new Triage(Severity.LOW, "first")));
    assertThatThrownBy(() -> as(second, () -> cases.triage(triage.id(), new Triage(Severity.CRITICAL, "second"))))
        .isInstanceOfSatisfying(TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.GONE));
    assertThat(as(member, () -> cases.get(ref)).severity()).isEqualTo(Severity.LOW);
    assertThat(as(member, () -> cases.timeline(ref))).filteredOn(a -> a.kind() == CaseActivity.Kind.TRIAGED)
        .singleElement().extracting(CaseActivity::detail).isEqualTo("first");

    as(member, () -> outreach.submitDraft(onlyTask(member, ref).id(), aDraft("x")));
    WorkItem review = onlyTask(second, ref);
    as(first, () -> inbox.claim(review.id()));
    assertThat(onlyTask(first, ref).assignee()).isEqualTo("coordA");
    assertThat(as(second, () -> inbox.tasks())).as("claimed tasks leave the group's queue").isEmpty();
    assertThatThrownBy(() -> as(second, () -> outreach.review(review.id(), Review.approve(null))))
        .isInstanceOfSatisfying(TaskNotAvailableException.class, e -> {
          assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.CLAIMED_BY_SOMEONE_ELSE);
          assertThat(e.claimedBy()).isEqualTo("coordA");
        });
    assertThatThrownBy(() -> as(second, () -> inbox.claim(review.id())))
        .isInstanceOf(TaskNotAvailableException.class);

    as(first, () -> inbox.unclaim(review.id()));
    assertThat(onlyTask(second, ref).isUnassigned()).isTrue();
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_REVIEW);
  }

  @Test
  void only_a_coordinator_triages_and_reviews() {
    Actor member = coalitions.memberA();
    String ref = as(member, () -> cases.raise(aCase("Case"))).reference();
    WorkItem triage = onlyTask(coalitions.coordinatorA(), ref);

    assertThatThrownBy(() -> as(member, () -> cases.triage(triage.id(), new Triage(Severity.LOW, null))))
        .isInstanceOf(NotAllowedException.class);
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_TRIAGE);
  }

  @Test
  void another_coalitions_coordinator_sees_neither_the_case_nor_its_tasks() {
    Actor member = coalitions.memberA();
    Actor otherCoordinator = coalitions.coordinatorB();
    CaseDetails raised = as(member, () -> cases.raise(aCase("Confidential case of A")));
    WorkItem triage = onlyTask(coalitions.coordinatorA(), raised.reference());

    assertThat(as(otherCoordinator, () -> cases.list())).extracting(CaseDetails::reference)
        .doesNotContain(raised.reference());
    assertThat(as(otherCoordinator, () -> inbox.tasks())).isEmpty();
    assertThatThrownBy(() -> as(otherCoordinator, () -> cases.get(raised.reference())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherCoordinator, () -> cases.timeline(raised.reference())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherCoordinator, () -> cases.triage(triage.id(), new Triage(Severity.LOW, null))))
        .isInstanceOfSatisfying(TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.GONE));
    assertThatThrownBy(() -> as(otherCoordinator, () -> inbox.claim(triage.id())))
        .isInstanceOf(TaskNotAvailableException.class);
    assertThat(as(otherCoordinator, () -> cases.byReferences(List.of(raised.reference())))).isEmpty();

    // the person in both coalitions is a coordinator in B but only a member in A: no triage task in A
    assertThat(as(coalitions.bothInA(), () -> inbox.tasks())).isEmpty();
    assertThat(as(coalitions.bothInB(), () -> inbox.tasks())).isEmpty();
    assertThat(as(coalitions.bothInA(), () -> cases.get(raised.reference())).title()).isEqualTo("Confidential case of A");
    assertThat(as(member, () -> cases.get(raised.reference())).status()).isEqualTo(CaseStatus.IN_TRIAGE);
  }
}
