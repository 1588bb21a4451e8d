package org.liaison.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.cases.Alignment;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.OfficerReply;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.meetings.internal.NextStepsPlan;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewNextStep;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NextStep;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.EmbassyMeetingProcess.Elements;
import org.liaison.processes.EmbassyMeetingProcess.Messages;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.MessageNotExpectedException;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embassy-meeting lifecycle through the services, on a real PostgreSQL and a real engine: requested
 * on its own from Contacts or by a case after an officer replied, confirmed by message, chased when the
 * confirmation is overdue, recorded with its next steps (each a task for its owner), followed up.
 */
class MeetingLifecycleIT extends DatabaseIT {

  @Autowired MeetingService meetings;
  @Autowired ContactService contacts;
  @Autowired EngagementService engagements;
  @Autowired StepService steps;
  @Autowired InboxService inbox;
  @Autowired CaseService cases;
  @Autowired OutreachService outreach;
  @Autowired NextStepsPlan nextStepsPlan;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Actor member;
  Officer officer;

  @BeforeEach
  void coalitions() {
    member = coalitions.memberA();
    Embassy embassy = as(member, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
    officer = as(member, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "Jane Doe", "Human rights officer",
        Portfolio.HUMAN_RIGHTS, "hro@example.org", null)));
  }

  List<WorkItem> tasks(Actor actor, String businessKey) {
    return as(actor, () -> inbox.tasks()).stream().map(InboxItem::task)
        .filter(t -> businessKey.equals(t.businessKey()))
        .toList();
  }

  WorkItem onlyTask(Actor actor, String businessKey) {
    List<WorkItem> open = tasks(actor, businessKey);
    assertThat(open).as("open tasks of %s for %s", businessKey, actor.username()).hasSize(1);
    return open.get(0);
  }

  void completeStep(Actor actor, String businessKey, String taskKey, String note, Boolean decision) {
    WorkItem task = onlyTask(actor, businessKey);
    assertThat(task.taskKey()).isEqualTo(taskKey);
    as(actor, () -> steps.complete(task.id(), new StepInput(note, decision)));
  }

  MeetingStatus status(String reference) {
    return as(member, () -> meetings.get(reference)).status();
  }

  Meeting requested() {
    return as(member, () -> meetings.request(new MeetingRequest(officer.id(), "Brief her on the journalists' trial")));
  }

  @Test
  void a_meeting_requested_from_contacts_is_confirmed_held_and_followed_up_with_next_steps_for_their_owners() {
    Meeting meeting = requested();
    String ref = meeting.reference();
    assertThat(ref).matches("MTG-" + LocalDate.now().getYear() + "-0001");
    assertThat(meeting.businessKey()).isEqualTo(ref);
    assertThat(meeting.owner()).isEqualTo("memberA");
    assertThat(meeting.officerId()).isEqualTo(officer.id());
    assertThat(meeting.status()).isEqualTo(MeetingStatus.REQUESTED);
    assertThat(as(member, () -> meetings.engagement(ref))).satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EngagementKind.MEETING);
      assertThat(e.summary()).isEqualTo("Brief her on the journalists' trial");
    });
    var instance = runtime.createProcessInstanceQuery().processDefinitionKey(EmbassyMeetingProcess.KEY)
        .tenantIdIn(coalitions.a.id()).processInstanceBusinessKey(ref).singleResult();
    assertThat(instance.getTenantId()).isEqualTo(coalitions.a.id());

    completeStep(member, ref, Elements.TASK_REQUEST_MEETING, "Wrote to the HRO's assistant", null);
    assertThat(status(ref)).isEqualTo(MeetingStatus.AWAITING_CONFIRMATION);
    assertThat(as(member, () -> meetings.awaitsConfirmation(ref))).isTrue();

    assertThatThrownBy(() -> as(member, () -> meetings.confirm(ref,
        new MeetingConfirmation(LocalDate.now().minusDays(1)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("confirmedFor"));
    assertThat(status(ref)).as("nothing changed").isEqualTo(MeetingStatus.AWAITING_CONFIRMATION);
    as(member, () -> meetings.confirm(ref, new MeetingConfirmation(LocalDate.now().plusDays(3))));
    assertThat(as(member, () -> meetings.get(ref))).satisfies(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.CONFIRMED);
      assertThat(m.confirmedFor()).isEqualTo(LocalDate.now().plusDays(3));
      assertThat(m.confirmedBy()).isEqualTo("memberA");
    });
    assertThat(as(member, () -> meetings.awaitsConfirmation(ref))).isFalse();

    completeStep(member, ref, Elements.TASK_PREPARE_BRIEFING, "Two-page briefing with the trial dates", null);

    WorkItem record = onlyTask(member, ref);
    assertThat(record.taskKey()).isEqualTo(Elements.TASK_RECORD_MEETING);
    assertThat(as(member, () -> meetings.forTask(record.id())).reference()).isEqualTo(ref);
    assertThat(as(member, meetings::possibleOwners)).contains("memberA", "coordA").doesNotContain("coordB");
    LocalDate due = LocalDate.now().plusDays(14);
    MeetingRecord bad = new MeetingRecord(true, " ", List.of(
        new NewNextStep("Send the trial calendar", "coordB", due),
        new NewNextStep("", "memberA", LocalDate.now().minusDays(1))));
    assertThatThrownBy(() -> as(member, () -> meetings.recordMeeting(record.id(), bad)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("outcome", "nextSteps[1].description"));
    MeetingRecord badOwners = new MeetingRecord(true, "She will raise it", List.of(
        new NewNextStep("Send the trial calendar", "coordB", due),
        new NewNextStep("Share the lawyers' statement", "memberA", LocalDate.now().minusDays(1))));
    assertThatThrownBy(() -> as(member, () -> meetings.recordMeeting(record.id(), badOwners)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("nextSteps[0].owner", "nextSteps[1].dueOn")
            .containsEntry("nextSteps[0].owner", "Choose a person of the coalition; coordB is not one."));
    assertThatThrownBy(() -> as(member, () -> meetings.recordMeeting(record.id(), new MeetingRecord(false,
        "Postponed by the embassy", List.of(new NewNextStep("Send the calendar", "memberA", due))))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("nextSteps"));
    assertThat(as(member, () -> meetings.nextSteps(ref))).as("nothing saved").isEmpty();
    assertThat(as(member, () -> meetings.engagement(ref)).outcome()).isNull();
    assertThat(onlyTask(member, ref).id()).isEqualTo(record.id());

    as(member, () -> meetings.recordMeeting(record.id(), new MeetingRecord(true,
        "She will raise the case with the ministry and may attend the hearing", List.of(
            new NewNextStep("Send the trial calendar", "coordA", due),
            new NewNextStep("Share the lawyers' statement", "memberA", due.minusDays(7))))));

    assertThat(status(ref)).isEqualTo(MeetingStatus.FOLLOWING_UP);
    assertThat(as(member, () -> meetings.engagement(ref)).outcome())
        .isEqualTo("She will raise the case with the ministry and may attend the hearing");
    List<NextStep> agreed = as(member, () -> meetings.nextSteps(ref));
    assertThat(agreed).extracting(NextStep::owner).containsExactly("memberA", "coordA");
    assertThat(as(member, () -> nextStepsPlan.ids(meeting.engagementId().toString())))
        .as("the same list every time, in the same order")
        .isEqualTo(as(member, () -> nextStepsPlan.ids(meeting.engagementId().toString())))
        .containsExactly(agreed.get(0).id().toString(), agreed.get(1).id().toString());

    Actor coordinator = coalitions.coordinatorA();
    WorkItem coordinatorsStep = onlyTask(coordinator, ref);
    assertThat(coordinatorsStep.taskKey()).isEqualTo(Elements.TASK_COMPLETE_NEXT_STEP);
    assertThat(coordinatorsStep.assignee()).isEqualTo("coordA");
    assertThat(as(coordinator, () -> meetings.nextStepOf(coordinatorsStep.id())).description())
        .isEqualTo("Send the trial calendar");
    List<WorkItem> mine = tasks(member, ref);
    assertThat(mine).extracting(WorkItem::taskKey)
        .containsExactlyInAnyOrder(Elements.TASK_THANK_OFFICER, Elements.TASK_COMPLETE_NEXT_STEP);

    WorkItem thanks = mine.stream().filter(t -> t.taskKey().equals(Elements.TASK_THANK_OFFICER)).findFirst().orElseThrow();
    assertThatThrownBy(() -> as(member, () -> meetings.thankOfficer(thanks.id(), new Thanks("", true, true))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("note"));
    assertThat(as(member, () -> contacts.officer(officer.id())).newsletterInvited()).as("nothing saved").isFalse();
    as(member, () -> meetings.thankOfficer(thanks.id(), new Thanks("Thank-you e-mail with the statement", true, false)));
    assertThat(as(member, () -> contacts.officer(officer.id()))).satisfies(o -> {
      assertThat(o.newsletterInvited()).isTrue();
      assertThat(o.socialInvited()).isFalse();
    });
    assertThat(as(member, () -> meetings.get(ref)).thanksNote()).isEqualTo("Thank-you e-mail with the statement");

    WorkItem myStep = onlyTask(member, ref);
    as(member, () -> meetings.completeNextStep(myStep.id(), "Sent on Monday"));
    assertThat(status(ref)).as("one next step is still open").isEqualTo(MeetingStatus.FOLLOWING_UP);
    as(coordinator, () -> meetings.completeNextStep(coordinatorsStep.id(), null));

    assertThat(status(ref)).isEqualTo(MeetingStatus.FOLLOWED_UP);
    assertThat(as(member, () -> meetings.nextSteps(ref))).allSatisfy(s -> assertThat(s.done()).isTrue())
        .extracting(NextStep::doneBy).containsExactly("memberA", "coordA");
    assertThat(as(member, () -> meetings.journal(ref))).as("the generic steps, with their notes")
        .extracting(StepRecord::taskName, StepRecord::note).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Request meeting", "Wrote to the HRO's assistant"),
            org.assertj.core.groups.Tuple.tuple("Prepare briefing", "Two-page briefing with the trial dates"));
    assertThat(as(member, () -> meetings.nextSteps(ref))).extracting(NextStep::doneNote)
        .containsExactly("Sent on Monday", null);
    assertThat(as(member, () -> meetings.openSteps(ref))).isEmpty();
    assertThat(as(member, () -> meetings.forOfficer(officer.id()))).extracting(Meeting::reference).containsExactly(ref);
  }

  @Test
  void a_confirmation_nothing_waits_for_names_the_meeting_and_changes_nothing() {
    Meeting meeting = requested();

    assertThatThrownBy(() -> as(member, () -> meetings.confirm(meeting.reference(),
        new MeetingConfirmation(LocalDate.now().plusDays(2)))))
        .isInstanceOfSatisfying(MessageNotExpectedException.class, e -> {
          assertThat(e.getMessage()).contains("meeting " + meeting.reference()).contains(Messages.MEETING_CONFIRMED);
          assertThat(e.waiting()).isZero();
        });
    assertThat(as(member, () -> meetings.get(meeting.reference()))).satisfies(m -> {
      assertThat(m.confirmedFor()).isNull();
      assertThat(m.status()).isEqualTo(MeetingStatus.REQUESTED);
    });
    assertThat(onlyTask(member, meeting.reference()).taskKey()).isEqualTo(Elements.TASK_REQUEST_MEETING);
  }

  @Test
  void an_overdue_confirmation_asks_the_owner_to_chase_it_and_a_meeting_no_longer_wanted_is_dropped() {
    Meeting meeting = requested();
    String ref = meeting.reference();
    completeStep(member, ref, Elements.TASK_REQUEST_MEETING, "Asked by phone", null);
    String instanceId = runtime.createProcessInstanceQuery().tenantIdIn(coalitions.a.id())
        .processInstanceBusinessKey(ref).singleResult().getId();
    Job overdue = management.createJobQuery().processInstanceId(instanceId).timers().singleResult();
    assertThat(overdue.getDuedate().toInstant()).as("the coalition's follow-up interval, P7D by default")
        .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));

    management.executeJob(overdue.getId());

    assertThat(status(ref)).isEqualTo(MeetingStatus.CONFIRMATION_OVERDUE);
    WorkItem chase = onlyTask(member, ref);
    assertThat(chase.taskKey()).isEqualTo(Elements.TASK_CHASE_MEETING);
    assertThatThrownBy(() -> as(member, () -> steps.complete(chase.id(), new StepInput("Called again", null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("decision"));
    as(member, () -> steps.complete(chase.id(), new StepInput("The officer has left; no longer useful", false)));

    assertThat(status(ref)).isEqualTo(MeetingStatus.DROPPED);
    assertThat(tasks(member, ref)).isEmpty();
    assertThat(as(member, () -> meetings.journal(ref))).extracting(StepRecord::decision).containsExactly(null, false);
  }

  @Test
  void bad_requests_are_named_per_field_and_save_nothing_and_an_archived_officer_cannot_be_met() {
    assertThatThrownBy(() -> as(member, () -> meetings.request(new MeetingRequest(null, " "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("officerId", "purpose"));
    as(member, () -> contacts.archiveOfficer(officer.id()));
    assertThatThrownBy(() -> as(member, () -> meetings.request(new MeetingRequest(officer.id(), "Catch up"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("officerId"));

    assertThat(as(member, meetings::list)).isEmpty();
    assertThat(as(member, () -> engagements.forOfficer(officer.id()))).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EmbassyMeetingProcess.KEY)
        .tenantIdIn(coalitions.a.id()).count()).isZero();
  }

  @Test
  void another_coalition_sees_no_meeting_and_cannot_confirm_or_request_with_a_foreign_officer() {
    Meeting meeting = requested();
    completeStep(member, meeting.reference(), Elements.TASK_REQUEST_MEETING, "Asked", null);
    Actor b = coalitions.coordinatorB();

    assertThat(as(b, meetings::list)).isEmpty();
    assertThatThrownBy(() -> as(b, () -> meetings.get(meeting.reference()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> meetings.confirm(meeting.reference(),
        new MeetingConfirmation(LocalDate.now())))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> meetings.forOfficer(officer.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> meetings.request(new MeetingRequest(officer.id(), "Probe"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(b, meetings::list)).isEmpty();
    assertThat(status(meeting.reference())).isEqualTo(MeetingStatus.AWAITING_CONFIRMATION);
  }

  @Test
  void an_officers_reply_to_a_case_starts_the_meeting_under_the_case_with_a_reference_of_its_own() {
    Actor coordinator = coalitions.coordinatorA();
    CaseDetails raised = as(member, () -> cases.raise(new NewCase("Journalists detained",
        "Three reporters detained in Nairobi", "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)));
    String caseRef = raised.reference();
    as(coordinator, () -> cases.triage(onlyTask(coordinator, caseRef).id(), new Triage(Severity.HIGH, null)));
    as(member, () -> cases.align(onlyTask(member, caseRef).id(), new Alignment(Set.of(), Set.of(officer.id()), null)));
    as(member, () -> outreach.submitDraft(onlyTask(member, caseRef).id(), new OutreachDraft(
        "Three journalists are held without charge", "Press freedom is a stated U.S. priority",
        "Ask for consular attention at the hearing")));
    as(coordinator, () -> outreach.review(onlyTask(coordinator, caseRef).id(), Review.approve(null)));
    assertThat(as(member, () -> cases.awaitsReply(caseRef))).isTrue();

    as(member, () -> cases.recordReply(caseRef, new OfficerReply(officer.id(), "Happy to meet next week",
        LocalDate.now())));

    List<Meeting> forCase = as(member, () -> meetings.forCase(raised.id()));
    assertThat(forCase).singleElement().satisfies(m -> {
      assertThat(m.reference()).startsWith("MTG-");
      assertThat(m.businessKey()).isEqualTo(caseRef);
      assertThat(m.officerId()).isEqualTo(officer.id());
      assertThat(m.owner()).isEqualTo("memberA");
      assertThat(m.status()).isEqualTo(MeetingStatus.REQUESTED);
    });
    String ref = forCase.get(0).reference();
    assertThat(as(member, () -> meetings.engagement(ref)).kind()).isEqualTo(EngagementKind.REPLY);
    WorkItem request = onlyTask(member, caseRef);
    assertThat(request.processKey()).isEqualTo(EmbassyMeetingProcess.KEY);
    assertThat(as(member, () -> meetings.forTask(request.id())).reference()).isEqualTo(ref);
    assertThat(as(member, () -> meetings.openSteps(ref))).extracting(WorkItem::id).containsExactly(request.id());

    completeStep(member, caseRef, Elements.TASK_REQUEST_MEETING, "Proposed Tuesday", null);
    as(member, () -> meetings.confirm(ref, new MeetingConfirmation(LocalDate.now().plusDays(5))));
    assertThat(status(ref)).isEqualTo(MeetingStatus.CONFIRMED);
    assertThat(as(member, () -> meetings.journal(ref))).extracting(StepRecord::processKey)
        .containsOnly(EmbassyMeetingProcess.KEY);
  }
}
