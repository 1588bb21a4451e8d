package org.liaison.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.cases.Alignment;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingRequest;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.records.RecordTitle;
import org.liaison.records.RecordLifecycles;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningFormat;
import org.liaison.convenings.ConveningService;
import org.liaison.convenings.Hosting;
import org.liaison.convenings.NewConvening;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.NewHearing;
import org.liaison.hrr.HrrService;
import org.springframework.transaction.support.TransactionTemplate;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.records.HistoryEntry;
import org.liaison.settings.TaskDuePeriods;
import org.liaison.tenancy.Actor;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.TaskOrder;
import org.liaison.workflow.TaskScope;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The paged team inbox: views, counts, filters, sorts, due dates, hand-over and follow-up, per coalition. */
class InboxIT extends DatabaseIT {

  @Autowired InboxService inbox;
  @Autowired CaseService cases;
  @Autowired TaskDuePeriods duePeriods;
  @Autowired ContactService contacts;
  @Autowired MeetingService meetings;
  @Autowired OutreachService outreach;
  @Autowired CourtHearingService hearings;
  @Autowired ConveningService convenings;
  @Autowired HrrService hrr;
  @Autowired RecordLifecycles lifecycles;
  @Autowired TransactionTemplate tx;

  @AfterEach
  void engineClockBack() {
    ClockUtil.reset();
  }

  static NewCase aCase(String title) {
    return new NewCase(title, "Journalists detained after covering protests", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH);
  }

  private List<WorkItem> page(Actor actor, InboxQuery query, int offset, int limit) {
    return as(actor, () -> inbox.page(query, offset, limit)).stream().map(InboxItem::task).toList();
  }

  private long count(Actor actor, InboxQuery query) {
    return as(actor, () -> inbox.count(query));
  }

  private WorkItem taskOf(Actor actor, TaskScope view, String reference) {
    return page(actor, InboxQuery.of(view), 0, 200).stream().filter(t -> reference.equals(t.businessKey()))
        .findFirst().orElseThrow(() -> new AssertionError("no task of " + reference + " in " + view));
  }

  /** A case of {@code owner} triaged by the coordinator of A, so its next step is assigned to the owner. */
  private CaseDetails ownedCase(Actor owner, String title) {
    CaseDetails c = as(owner, () -> cases.raise(aCase(title)));
    WorkItem triage = taskOf(coalitions.coordinatorA(), TaskScope.TEAM, c.reference());
    as(coalitions.coordinatorA(), () -> cases.triage(triage.id(), new Triage(Severity.LOW, null)));
    return c;
  }

  @Test
  void team_pages_are_limited_counted_oldest_first_and_never_overlap() {
    for (int i = 0; i < 5; i++) {
      as(coalitions.memberA(), () -> cases.raise(aCase("Paged case")));
    }
    Actor coordinator = coalitions.coordinatorA();
    InboxQuery team = InboxQuery.of(TaskScope.TEAM);
    assertThat(count(coordinator, team)).isEqualTo(5);
    List<WorkItem> first = page(coordinator, team, 0, 2);
    List<WorkItem> second = page(coordinator, team, 2, 2);
    List<WorkItem> third = page(coordinator, team, 4, 2);
    assertThat(first).hasSize(2);
    assertThat(second).hasSize(2);
    assertThat(third).hasSize(1);
    List<String> ids = java.util.stream.Stream.of(first, second, third).flatMap(List::stream).map(WorkItem::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    List<Instant> created = java.util.stream.Stream.of(first, second, third).flatMap(List::stream)
        .map(WorkItem::created).toList();
    assertThat(created).isSorted();
    assertThat(count(coalitions.memberA(), team)).as("triage is for coordinators").isZero();
    assertThatThrownBy(() -> as(coordinator, () -> inbox.page(team, 0, 201))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_open_view_is_mine_then_my_teams_paged_across_both() {
    Actor coordinator = coalitions.coordinatorA();
    CaseDetails own = ownedCase(coordinator, "Coordinator's own case"); // align step: assigned to coordA
    as(coalitions.memberA(), () -> cases.raise(aCase("Waiting for triage 1")));
    as(coalitions.memberA(), () -> cases.raise(aCase("Waiting for triage 2")));
    assertThat(count(coordinator, InboxQuery.OPEN)).isEqualTo(3);
    List<WorkItem> firstPage = page(coordinator, InboxQuery.OPEN, 0, 2);
    assertThat(firstPage.get(0).businessKey()).isEqualTo(own.reference());
    assertThat(firstPage.get(0).assignee()).isEqualTo("coordA");
    assertThat(firstPage.get(1).isUnassigned()).isTrue();
    List<WorkItem> secondPage = page(coordinator, InboxQuery.OPEN, 2, 2);
    assertThat(secondPage).hasSize(1);
    assertThat(secondPage.get(0).id()).isNotIn(firstPage.stream().map(WorkItem::id).toList());
  }

  @Test
  void no_view_or_count_ever_shows_another_coalitions_tasks() {
    CaseDetails inA = as(coalitions.memberA(), () -> cases.raise(aCase("Only for A")));
    CaseDetails inB = as(coalitions.coordinatorB(), () -> cases.raise(aCase("Only for B")));
    as(coalitions.coordinatorB(), () -> inbox.claim(taskOf(coalitions.coordinatorB(), TaskScope.TEAM, inB.reference()).id()));
    CaseDetails secondB = as(coalitions.coordinatorB(), () -> cases.raise(aCase("Only for B, open")));

    for (Actor a : List.of(coalitions.coordinatorA(), coalitions.secondCoordinatorA(), coalitions.memberA(),
        coalitions.bothInA())) {
      Map<TaskScope, Long> counts = as(a, () -> inbox.counts());
      for (TaskScope view : counts.keySet()) {
        for (InboxQuery.Due due : InboxQuery.Due.values()) {
          for (TaskOrder sort : TaskOrder.values()) {
            InboxQuery q = new InboxQuery(view, null, "Only for", due, sort);
            List<WorkItem> all = page(a, q, 0, 200);
            assertThat(all).extracting(WorkItem::businessKey).as("%s in %s", a.username(), view)
                .doesNotContain(inB.reference(), secondB.reference());
            assertThat(count(a, q)).isEqualTo(all.size());
          }
        }
        List<WorkItem> unfiltered = page(a, InboxQuery.of(view), 0, 200);
        assertThat(counts.get(view)).isEqualTo(unfiltered.size());
        assertThat(unfiltered).extracting(WorkItem::businessKey).doesNotContain(inB.reference(), secondB.reference());
      }
    }
    // B's people see none of A's either, in any view
    for (TaskScope view : as(coalitions.coordinatorB(), () -> inbox.views())) {
      assertThat(page(coalitions.coordinatorB(), InboxQuery.of(view), 0, 200)).extracting(WorkItem::businessKey)
          .doesNotContain(inA.reference());
    }
    assertThat(count(coalitions.coordinatorA(), InboxQuery.of(TaskScope.ALL_OPEN))).isEqualTo(1);
    assertThat(count(coalitions.coordinatorB(), InboxQuery.of(TaskScope.ALL_OPEN))).isEqualTo(2);
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> inbox.page(InboxQuery.of(TaskScope.ALL_OPEN), 0, 10)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(as(coalitions.memberA(), () -> inbox.views())).doesNotContain(TaskScope.ALL_OPEN);
  }

  @Test
  void search_finds_tasks_by_reference_or_case_title_in_any_case_and_lifecycle_filters() {
    CaseDetails zebra = as(coalitions.memberA(), () -> cases.raise(aCase("Zebra crossing protest")));
    CaseDetails other = as(coalitions.memberA(), () -> cases.raise(aCase("Unrelated matter")));
    as(coalitions.coordinatorB(), () -> cases.raise(aCase("Zebra in coalition B")));
    Actor coordinator = coalitions.coordinatorA();

    InboxQuery byTitle = new InboxQuery(TaskScope.TEAM, null, "zEBRA", null, null);
    assertThat(page(coordinator, byTitle, 0, 50)).extracting(WorkItem::businessKey).containsExactly(zebra.reference());
    assertThat(count(coordinator, byTitle)).isEqualTo(1);
    InboxQuery byReference = new InboxQuery(TaskScope.TEAM, null, other.reference().toLowerCase(), null, null);
    assertThat(page(coordinator, byReference, 0, 50)).extracting(WorkItem::businessKey).containsExactly(other.reference());
    InboxQuery wildcard = new InboxQuery(TaskScope.TEAM, null, "%", null, null);
    assertThat(count(coordinator, wildcard)).as("a % is a character, not a wildcard").isZero();

    assertThat(count(coordinator, new InboxQuery(TaskScope.TEAM, "raise-issue", null, null, null))).isEqualTo(2);
    assertThat(count(coordinator, new InboxQuery(TaskScope.TEAM, "court-hearing", null, null, null))).isZero();
  }

  @Test
  void every_task_is_due_after_its_kinds_coalition_setting_and_due_filters_and_sort_use_it() {
    as(coalitions.coordinatorA(), () -> duePeriods.change("Task_TriageCase", "P5D"));
    CaseDetails inA = as(coalitions.memberA(), () -> cases.raise(aCase("Due in five days")));
    CaseDetails inB = as(coalitions.coordinatorB(), () -> cases.raise(aCase("Due in two days")));

    WorkItem triageA = taskOf(coalitions.coordinatorA(), TaskScope.TEAM, inA.reference());
    WorkItem triageB = taskOf(coalitions.coordinatorB(), TaskScope.TEAM, inB.reference());
    assertThat(Duration.between(triageA.created(), triageA.due())).isEqualTo(Duration.ofDays(5));
    assertThat(Duration.between(triageB.created(), triageB.due())).as("B keeps the default").isEqualTo(Duration.ofDays(2));

    // a task created three days ago with a one-hour period is overdue now (engine clock moved back, no sleep)
    as(coalitions.coordinatorA(), () -> duePeriods.change("Task_TriageCase", "PT1H"));
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(3))));
    CaseDetails late = as(coalitions.memberA(), () -> cases.raise(aCase("Overdue triage")));
    ClockUtil.reset();

    Actor coordinator = coalitions.coordinatorA();
    assertThat(page(coordinator, new InboxQuery(TaskScope.TEAM, null, null, InboxQuery.Due.OVERDUE, null), 0, 50))
        .extracting(WorkItem::businessKey).containsExactly(late.reference());
    assertThat(page(coordinator, new InboxQuery(TaskScope.TEAM, null, null, InboxQuery.Due.THIS_WEEK, null), 0, 50))
        .extracting(WorkItem::businessKey).containsExactly(late.reference(), inA.reference());
    assertThat(count(coordinator, new InboxQuery(TaskScope.TEAM, null, null, InboxQuery.Due.TODAY, null))).isZero();
    assertThat(count(coordinator, new InboxQuery(TaskScope.TEAM, null, null, InboxQuery.Due.NONE, null))).isZero();

    // by due date, a task due in two hours comes before an older one due in five days
    as(coalitions.coordinatorA(), () -> duePeriods.change("Task_TriageCase", "PT2H"));
    CaseDetails soon = as(coalitions.memberA(), () -> cases.raise(aCase("Due in two hours")));
    assertThat(page(coordinator, new InboxQuery(TaskScope.TEAM, null, null, null, TaskOrder.DUE), 0, 50))
        .extracting(WorkItem::businessKey).containsExactly(late.reference(), soon.reference(), inA.reference());
    assertThat(page(coordinator, new InboxQuery(TaskScope.TEAM, null, null, null, TaskOrder.WAITING), 0, 50))
        .extracting(WorkItem::businessKey).containsExactly(late.reference(), inA.reference(), soon.reference());

    assertThatThrownBy(() -> as(coalitions.coordinatorA(), () -> duePeriods.change("Task_TriageCase", "P2X")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("period"));
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> duePeriods.change("Task_TriageCase", "P2D")))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void an_owners_task_cannot_be_handed_back_to_a_group_and_says_to_ask_a_coordinator() {
    CaseDetails c = ownedCase(coalitions.memberA(), "Owned by the member");
    WorkItem align = taskOf(coalitions.memberA(), TaskScope.MINE, c.reference());
    assertThat(align.groupTask()).isFalse();
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> inbox.unclaim(align.id())))
        .isInstanceOfSatisfying(TaskNotAvailableException.class, e -> {
          assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.OWNED);
          assertThat(e.getMessage()).contains("ask a coordinator to reassign it");
        });
    assertThat(taskOf(coalitions.memberA(), TaskScope.MINE, c.reference()).assignee()).isEqualTo("memberA");
  }

  @Test
  void a_coordinator_hands_an_owners_task_to_a_member_of_the_coalition_only_and_the_history_says_so() {
    CaseDetails c = ownedCase(coalitions.memberA(), "To hand over");
    WorkItem align = taskOf(coalitions.memberA(), TaskScope.MINE, c.reference());
    Actor coordinator = coalitions.coordinatorA();

    assertThat(as(coordinator, () -> inbox.handOverTargets(align.id()))).contains("both", "coordA").doesNotContain(
        "memberA", "coordB");
    assertThatThrownBy(() -> as(coordinator, () -> inbox.handOver(align.id(), "coordB")))
        .as("a member of another coalition is never a valid target")
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("to", "coordB is not a member of this coalition."));
    assertThatThrownBy(() -> as(coordinator, () -> inbox.handOver(align.id(), "nobody-at-all")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> as(coalitions.bothInA(), () -> inbox.handOver(align.id(), "both")))
        .as("a member hands over only their own tasks").isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> inbox.handOver(align.id(), "coordB")))
        .as("another coalition's coordinator does not even find it")
        .isInstanceOfSatisfying(TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.GONE));

    as(coordinator, () -> inbox.handOver(align.id(), "both"));
    assertThat(taskOf(coalitions.bothInA(), TaskScope.MINE, c.reference()).id()).isEqualTo(align.id());
    assertThat(page(coalitions.memberA(), InboxQuery.of(TaskScope.MINE), 0, 50)).extracting(WorkItem::id)
        .doesNotContain(align.id());
    List<HistoryEntry> history = as(coordinator, () -> cases.history(c.reference()));
    assertThat(history).anySatisfy(h -> {
      assertThat(h.by()).isEqualTo("coordA");
      assertThat(h.oldValue()).isEqualTo("memberA");
      assertThat(h.newValue()).isEqualTo("both");
    });

    // and a member hands their own task to a colleague
    as(coalitions.bothInA(), () -> inbox.handOver(align.id(), "memberA"));
    assertThat(taskOf(coalitions.memberA(), TaskScope.MINE, c.reference()).id()).isEqualTo(align.id());
  }

  @Test
  void a_team_task_goes_only_to_someone_holding_its_role_and_shows_as_claimed_by_others() {
    CaseDetails c = as(coalitions.memberA(), () -> cases.raise(aCase("Triage to hand over")));
    WorkItem triage = taskOf(coalitions.coordinatorA(), TaskScope.TEAM, c.reference());
    assertThatThrownBy(() -> as(coalitions.coordinatorA(), () -> inbox.handOver(triage.id(), "memberA")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors().get("to")).contains("does not hold the role").contains("coordinator"));
    as(coalitions.coordinatorA(), () -> inbox.handOver(triage.id(), "coordA2"));

    WorkItem claimed = taskOf(coalitions.coordinatorA(), TaskScope.CLAIMED_BY_OTHERS, c.reference());
    assertThat(claimed.assignee()).isEqualTo("coordA2");
    assertThat(claimed.updated()).isNotNull();
    assertThat(page(coalitions.secondCoordinatorA(), InboxQuery.of(TaskScope.CLAIMED_BY_OTHERS), 0, 50))
        .extracting(WorkItem::id).doesNotContain(triage.id());
    assertThat(page(coalitions.coordinatorA(), InboxQuery.of(TaskScope.TEAM), 0, 50)).extracting(WorkItem::id)
        .doesNotContain(triage.id());
  }

  @Test
  void a_task_with_a_follow_up_day_waits_under_later_until_then() {
    CaseDetails c = ownedCase(coalitions.memberA(), "Show me later");
    WorkItem align = taskOf(coalitions.memberA(), TaskScope.MINE, c.reference());
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    as(coalitions.memberA(), () -> inbox.followUp(align.id(), tomorrow));
    assertThat(page(coalitions.memberA(), InboxQuery.of(TaskScope.MINE), 0, 50)).extracting(WorkItem::id)
        .doesNotContain(align.id());
    WorkItem later = taskOf(coalitions.memberA(), TaskScope.LATER, c.reference());
    assertThat(later.followUp()).isEqualTo(tomorrow.atStartOfDay(ZoneOffset.UTC).toInstant());

    ClockUtil.setCurrentTime(Date.from(tomorrow.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60)));
    assertThat(taskOf(coalitions.memberA(), TaskScope.MINE, c.reference()).id()).as("back the day it asked for")
        .isEqualTo(align.id());
    ClockUtil.reset();

    assertThatThrownBy(() -> as(coalitions.memberA(), () -> inbox.followUp(align.id(), LocalDate.now(ZoneOffset.UTC))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> as(coalitions.bothInA(), () -> inbox.followUp(align.id(), tomorrow)))
        .as("only its holder").isInstanceOf(TaskNotAvailableException.class);
    as(coalitions.memberA(), () -> inbox.followUp(align.id(), null));
    assertThat(taskOf(coalitions.memberA(), TaskScope.MINE, c.reference()).followUp()).isNull();
  }

  @Test
  void a_page_names_each_record_and_marks_a_draft_that_came_back_for_rework() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    List<Officer> officers = as(coordinator, () -> {
      Embassy embassy = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
      return List.of(
          contacts.addOfficer(new NewOfficer(embassy.id(), "Amina Hassan", null, Portfolio.HUMAN_RIGHTS,
              "hro@embassy.example", null)),
          contacts.addOfficer(new NewOfficer(null, "Sam Expert", null, Portfolio.LABOR, "dc@state.example", null)));
    });
    Meeting atEmbassy = as(member, () -> meetings.request(new MeetingRequest(officers.get(0).id(), "Brief her")));
    Meeting inWashington = as(member, () -> meetings.request(new MeetingRequest(officers.get(1).id(), "Brief him")));

    CaseDetails c = ownedCase(member, "Detained journalists");
    as(member, () -> cases.align(taskOf(member, TaskScope.MINE, c.reference()).id(), new Alignment(Set.of(),
        Set.of(officers.get(0).id()), null)));
    as(member, () -> outreach.submitDraft(taskOf(member, TaskScope.MINE, c.reference()).id(),
        new OutreachDraft("Important", "Why the U.S.", "What the embassy can do")));
    assertThat(as(member, () -> inbox.page(InboxQuery.of(TaskScope.MINE), 0, 50)))
        .noneMatch(InboxItem::backForRework);
    as(coordinator, () -> outreach.review(taskOf(coordinator, TaskScope.TEAM, c.reference()).id(),
        Review.sendBack("Name the court")));

    List<InboxItem> mine = as(member, () -> inbox.page(InboxQuery.of(TaskScope.MINE), 0, 50));
    assertThat(mine).filteredOn(i -> i.task().businessKey().equals(atEmbassy.reference())).singleElement()
        .satisfies(i -> {
          assertThat(i.recordTitle()).isEqualTo(RecordTitle.of("title.meetingAt", "Amina Hassan", "Nairobi"));
          assertThat(i.backForRework()).isFalse();
        });
    assertThat(mine).filteredOn(i -> i.task().businessKey().equals(inWashington.reference())).singleElement()
        .extracting(InboxItem::recordTitle).isEqualTo(RecordTitle.of("title.meeting", "Sam Expert"));
    assertThat(mine).filteredOn(i -> i.task().businessKey().equals(c.reference())).singleElement().satisfies(i -> {
      assertThat(i.task().taskKey()).isEqualTo("Task_DraftOutreach");
      assertThat(i.backForRework()).as("the draft was sent back").isTrue();
      assertThat(i.recordTitle()).as("a case is named by its own title").isNull();
      assertThat(i.forCase().title()).isEqualTo("Detained journalists");
    });
    assertThat(as(member, () -> inbox.open(taskOf(member, TaskScope.MINE, c.reference()).id())).backForRework())
        .as("the task page knows it too").isTrue();
  }

  @Test
  void each_lifecycle_names_its_records_for_a_page_of_tasks_and_only_its_coalitions() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    CaseDetails c = as(member, () -> cases.raise(aCase("Trial of the blogger")));
    CourtHearing hearing = as(member, () -> hearings.schedule(new NewHearing("Bail hearing", "Milimani Law Courts",
        java.time.Instant.now().plus(Duration.ofDays(30)), c.reference())));
    Convening convening = as(coordinator, () -> convenings.propose(new NewConvening("Press freedom roundtable",
        ConveningFormat.IN_PERSON, Hosting.HOSTED, null, java.time.Instant.now().plus(Duration.ofDays(30)),
        "Coalition office", null, "Agenda", java.time.Instant.now().plus(Duration.ofDays(20)), List.of())));
    as(coordinator, () -> hrr.startCalendar("KE"));
    String cycle = as(coordinator, () -> hrr.cycles()).get(0).reference();
    Officer officer = as(coordinator, () -> contacts.addOfficer(new NewOfficer(
        contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)).id(), "Amina Hassan", null, Portfolio.HUMAN_RIGHTS,
        "hro@embassy.example", null)));

    assertThat(titles(coordinator, "court-hearing", hearing.reference()))
        .isEqualTo(RecordTitle.of("title.hearingOfCase", "Bail hearing", c.reference()));
    assertThat(titles(coordinator, "convening", convening.reference()))
        .isEqualTo(RecordTitle.of("title.convening", "Press freedom roundtable"));
    assertThat(titles(coordinator, "hrr-input", cycle))
        .isEqualTo(RecordTitle.of("title.hrr", String.valueOf(java.time.Year.now().getValue()), "Kenya"));
    assertThat(titles(coordinator, "relationship-cadence", officer.id().toString()))
        .isEqualTo(RecordTitle.of("title.cadenceAt", "Amina Hassan", "Nairobi"));
    assertThat(titles(coalitions.coordinatorB(), "convening", convening.reference()))
        .as("another coalition's record has no name there").isNull();
  }

  /** The title one lifecycle gives the record with this business key, as a page of one task would ask. */
  private RecordTitle titles(Actor actor, String processKey, String businessKey) {
    return as(actor, () -> tx.execute(s -> lifecycles.require(processKey).titles()
        .titles(actor.tenantId(), Map.of("instance-1", businessKey)).get("instance-1")));
  }

  @Test
  void assignee_and_role_filters_narrow_every_view_and_steps_of_a_record_sort_together() {
    CaseDetails owned = ownedCase(coalitions.memberA(), "Held by member A");
    CaseDetails triaged = as(coalitions.memberA(), () -> cases.raise(aCase("Waiting for triage")));
    Actor coordinator = coalitions.coordinatorA();

    List<WorkItem> heldByA = page(coordinator, new InboxQuery(TaskScope.ALL_OPEN, null, null, InboxQuery.Due.ANY,
        TaskOrder.WAITING, "memberA", null), 0, 50);
    assertThat(heldByA).isNotEmpty().allSatisfy(t -> assertThat(t.assignee()).isEqualTo("memberA"))
        .extracting(WorkItem::businessKey).contains(owned.reference()).doesNotContain(triaged.reference());
    List<WorkItem> forCoordinators = page(coordinator, new InboxQuery(TaskScope.ALL_OPEN, null, null,
        InboxQuery.Due.ANY, TaskOrder.RECORD, null, org.liaison.tenancy.Role.COORDINATOR), 0, 50);
    assertThat(forCoordinators).extracting(WorkItem::businessKey).contains(triaged.reference())
        .doesNotContain(owned.reference());
    assertThat(count(coordinator, new InboxQuery(TaskScope.TEAM, null, null, InboxQuery.Due.ANY, TaskOrder.WAITING,
        "memberA", null))).as("nobody holds a team task").isZero();
    assertThat(count(coalitions.memberA(), new InboxQuery(TaskScope.TEAM, null, null, InboxQuery.Due.ANY,
        TaskOrder.WAITING, null, org.liaison.tenancy.Role.COORDINATOR)))
        .as("a member's team view never shows another role's tasks").isZero();
    assertThat(count(coalitions.coordinatorB(), new InboxQuery(TaskScope.ALL_OPEN, null, null, InboxQuery.Due.ANY,
        TaskOrder.WAITING, "memberA", null))).as("another coalition").isZero();

    List<WorkItem> byRecord = page(coordinator, new InboxQuery(TaskScope.ALL_OPEN, null, null, InboxQuery.Due.ANY,
        TaskOrder.RECORD, null, null), 0, 200);
    java.util.List<String> instances = byRecord.stream().map(WorkItem::processInstanceId).toList();
    assertThat(instances).as("steps of one record together, in instance order").isSorted();
  }

  @Test
  void a_member_saves_names_and_removes_filters_of_their_own_only() {
    Actor member = coalitions.memberA();
    InboxQuery overdueCases = new InboxQuery(TaskScope.MINE, "raise-issue", "radio", InboxQuery.Due.OVERDUE,
        TaskOrder.DUE);
    as(member, () -> inbox.saveFilter("  Overdue cases ", overdueCases));
    as(member, () -> inbox.saveFilter("All mine", InboxQuery.of(TaskScope.MINE)));
    assertThat(as(member, () -> inbox.savedFilters())).extracting(SavedFilter::name)
        .containsExactly("All mine", "Overdue cases");
    assertThat(as(member, () -> inbox.savedFilters()).get(1).query()).isEqualTo(overdueCases);

    as(member, () -> inbox.saveFilter("Overdue cases", InboxQuery.of(TaskScope.LATER)));
    assertThat(as(member, () -> inbox.savedFilters())).hasSize(2)
        .anySatisfy(f -> assertThat(f.query().view()).isEqualTo(TaskScope.LATER));
    assertThatThrownBy(() -> as(member, () -> inbox.saveFilter(" ", overdueCases)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
    assertThatThrownBy(() -> as(member, () -> inbox.saveFilter("x".repeat(61), overdueCases)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors().get("name")).contains("60 characters"));
    assertThatThrownBy(() -> as(member, () -> inbox.saveFilter("Everything", InboxQuery.of(TaskScope.ALL_OPEN))))
        .isInstanceOf(NotAllowedException.class);
    for (int i = 0; i < InboxService.MAX_SAVED_FILTERS - 2; i++) {
      int n = i;
      as(member, () -> inbox.saveFilter("Filter " + n, overdueCases));
    }
    assertThatThrownBy(() -> as(member, () -> inbox.saveFilter("One too many", overdueCases)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors().get("name")).contains("remove one first"));
    assertThat(as(member, () -> inbox.savedFilters())).hasSize(InboxService.MAX_SAVED_FILTERS);

    assertThat(as(coalitions.coordinatorA(), () -> inbox.savedFilters())).as("a colleague's").isEmpty();
    assertThat(as(coalitions.bothInA(), () -> inbox.savedFilters())).isEmpty();
    assertThat(as(coalitions.coordinatorB(), () -> inbox.deleteFilter("All mine"))).isFalse();
    assertThat(as(member, () -> inbox.deleteFilter("All mine"))).isTrue();
    assertThat(as(member, () -> inbox.savedFilters())).extracting(SavedFilter::name).doesNotContain("All mine");
  }
}
