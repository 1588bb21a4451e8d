package org.liaison.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.processes.CourtHearingProcess;
import org.liaison.processes.CourtHearingProcess.Elements;
import org.liaison.processes.CourtHearingProcess.Messages;
import org.liaison.processes.CourtHearingProcess.Variables;
import org.liaison.settings.CoalitionSettings;
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
 * The court-hearing lifecycle through the service, on a real PostgreSQL and a real engine. The engine's
 * ManagementService is used here, in test code only, to read the timers' due dates and to fire them.
 */
class CourtHearingIT extends DatabaseIT {

  static final Duration LEAD = Duration.ofDays(7); // CoalitionSettings.DEFAULTS.hearingRequestLead()

  @Autowired CourtHearingService hearings;
  @Autowired ContactService contacts;
  @Autowired EngagementService engagements;
  @Autowired CaseService cases;
  @Autowired StepService steps;
  @Autowired InboxService inbox;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  Actor member;
  Officer hro;
  Officer labor;

  @BeforeEach
  void coalitions() {
    assertThat(CoalitionSettings.DEFAULTS.hearingRequestLead()).isEqualTo("P7D");
    member = coalitions.memberA();
    Embassy embassy = as(member, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
    hro = as(member, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "Jane Doe", null, Portfolio.HUMAN_RIGHTS,
        null, null)));
    labor = as(member, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "John Roe", null, Portfolio.LABOR,
        null, null)));
  }

  static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
  }

  CourtHearing schedule(Instant at) {
    return as(member, () -> hearings.schedule(new NewHearing("Trial of the blogger", "Milimani Law Courts", at, null)));
  }

  ProcessInstance instanceOf(CourtHearing hearing) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CourtHearingProcess.KEY)
        .tenantIdIn(coalitions.a.id()).processInstanceBusinessKey(hearing.reference()).singleResult();
  }

  /** The timers of the hearing's instance: activity id → due date. */
  Map<String, Instant> timers(CourtHearing hearing) {
    return management.createJobQuery().processInstanceId(instanceOf(hearing).getId()).timers().list().stream()
        .collect(Collectors.toMap(this::activityOf, j -> j.getDuedate().toInstant()));
  }

  String activityOf(Job job) {
    return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  void fireTimer(CourtHearing hearing) {
    management.executeJob(management.createJobQuery().processInstanceId(instanceOf(hearing).getId()).timers()
        .singleResult().getId());
  }

  WorkItem onlyTask(Actor actor, String reference) {
    List<WorkItem> open = as(actor, () -> inbox.tasks()).stream().map(InboxItem::task)
        .filter(t -> reference.equals(t.businessKey())).toList();
    assertThat(open).as("open tasks of %s for %s", reference, actor.username()).hasSize(1);
    return open.get(0);
  }

  HearingStatus status(CourtHearing hearing) {
    return as(member, () -> hearings.get(hearing.reference())).status();
  }

  /** Fires the request timer, asks the HRO to attend and confirms it. */
  void requestAndConfirm(CourtHearing hearing) {
    fireTimer(hearing);
    WorkItem request = onlyTask(member, hearing.reference());
    as(member, () -> hearings.requestAttendance(request.id(), new AttendanceRequest(Set.of(hro.id()), null)));
    WorkItem confirm = onlyTask(member, hearing.reference());
    assertThat(confirm.taskKey()).isEqualTo(Elements.TASK_CONFIRM_ATTENDANCE);
    as(member, () -> steps.complete(confirm.id(), new StepInput("Jane Doe confirmed by e-mail", null)));
  }

  @Test
  void scheduling_numbers_the_hearing_and_sets_the_request_timer_to_the_hearing_date_minus_the_coalitions_lead() {
    Instant at = inDays(30);
    CourtHearing hearing = schedule(at);

    assertThat(hearing.reference()).isEqualTo("HRG-" + LocalDate.now().getYear() + "-0001");
    assertThat(hearing.status()).isEqualTo(HearingStatus.SCHEDULED);
    assertThat(hearing.owner()).isEqualTo("memberA");
    assertThat(hearing.hearingAt()).isEqualTo(at);
    assertThat(hearing.requestAttendanceAt()).isEqualTo(at.minus(LEAD));
    ProcessInstance instance = instanceOf(hearing);
    assertThat(instance.getTenantId()).isEqualTo(coalitions.a.id());
    assertThat(runtime.getVariables(instance.getId())).containsEntry(Variables.HEARING_ID, hearing.id().toString())
        .containsEntry(Variables.HEARING_OWNER, "memberA")
        .containsEntry(Variables.HEARING_DATE, at.toString())
        .containsEntry(Variables.REQUEST_ATTENDANCE_AT, at.minus(LEAD).toString());
    assertThat(timers(hearing)).containsExactly(Map.entry(Elements.EVENT_REQUEST_DUE, at.minus(LEAD)));
    assertThat(as(member, () -> hearings.canBeRescheduled(hearing.reference()))).isTrue();
    assertThat(as(member, () -> hearings.openSteps(hearing.reference()))).isEmpty();

    CaseDetails forCase = as(member, () -> cases.raise(new NewCase("Blogger charged", "Charged under the cybercrime law",
        "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)));
    CourtHearing second = as(member, () -> hearings.schedule(new NewHearing("Bail hearing", "High Court", inDays(3),
        forCase.reference())));
    assertThat(second.reference()).endsWith("-0002");
    assertThat(second.caseReference()).isEqualTo(forCase.reference());
    assertThat(second.caseId()).isEqualTo(forCase.id());
    assertThat(as(member, hearings::list)).extracting(CourtHearing::reference)
        .containsExactly(second.reference(), hearing.reference());
  }

  @Test
  void bad_input_is_named_per_field_and_nothing_is_saved() {
    assertThatThrownBy(() -> as(member, () -> hearings.schedule(new NewHearing(" ", "", null, null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("title", "court", "hearingAt"));
    assertThatThrownBy(() -> as(member, () -> hearings.schedule(new NewHearing("Trial", "Court", inDays(-1), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("hearingAt", "The hearing date must be in the future."));
    assertThatThrownBy(() -> as(member, () -> hearings.schedule(new NewHearing("Trial", "Court", inDays(9), "NOPE-1"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("caseReference"));

    assertThat(as(member, hearings::list)).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CourtHearingProcess.KEY)
        .tenantIdIn(coalitions.a.id()).count()).isZero();
    assertThat(schedule(inDays(9)).reference()).as("no number was used up").endsWith("-0001");
  }

  @Test
  void an_adjournment_before_the_request_date_moves_the_request_timer_to_the_new_date_minus_the_lead() {
    CourtHearing hearing = schedule(inDays(30));
    Instant newDate = inDays(60);

    CourtHearing adjourned = as(member, () -> hearings.adjourn(hearing.reference(), newDate));

    assertThat(adjourned.hearingAt()).isEqualTo(newDate);
    assertThat(adjourned.requestAttendanceAt()).isEqualTo(newDate.minus(LEAD));
    assertThat(adjourned.adjournments()).isEqualTo(1);
    assertThat(adjourned.adjournedFrom()).isEqualTo(hearing.hearingAt());
    assertThat(adjourned.status()).isEqualTo(HearingStatus.SCHEDULED);
    assertThat(timers(hearing)).as("the engine's timer moved with the hearing")
        .containsExactly(Map.entry(Elements.EVENT_REQUEST_DUE, newDate.minus(LEAD)));
    assertThat(runtime.getVariables(instanceOf(hearing).getId()))
        .containsEntry(Variables.HEARING_DATE, newDate.toString())
        .containsEntry(Variables.REQUEST_ATTENDANCE_AT, newDate.minus(LEAD).toString());
  }

  @Test
  void an_adjournment_after_attendance_was_confirmed_starts_again_from_the_new_dates() {
    CourtHearing hearing = schedule(inDays(5)); // the request date has passed: attendance is due at once
    requestAndConfirm(hearing);
    assertThat(status(hearing)).isEqualTo(HearingStatus.ATTENDANCE_CONFIRMED);
    assertThat(timers(hearing)).containsExactly(Map.entry(Elements.EVENT_HEARING_DAY, hearing.hearingAt()));
    Instant newDate = inDays(40);

    as(member, () -> hearings.adjourn(hearing.reference(), newDate));

    assertThat(status(hearing)).isEqualTo(HearingStatus.SCHEDULED);
    assertThat(timers(hearing)).as("the hearing-day timer is gone, the request timer is at the new request date")
        .containsExactly(Map.entry(Elements.EVENT_REQUEST_DUE, newDate.minus(LEAD)));
    assertThat(as(member, () -> hearings.officers(hearing.reference()))).singleElement()
        .satisfies(o -> assertThat(o.attended()).isNull());

    fireTimer(hearing);
    assertThat(onlyTask(member, hearing.reference()).taskKey()).as("attendance is asked for again")
        .isEqualTo(Elements.TASK_REQUEST_ATTENDANCE);
  }

  @Test
  void adjourning_with_a_missing_past_or_unchanged_date_is_refused_on_the_field_and_changes_nothing() {
    CourtHearing hearing = schedule(inDays(30));
    Map<String, Instant> before = timers(hearing);

    for (Instant bad : new Instant[] {null, inDays(-2), hearing.hearingAt()}) {
      assertThatThrownBy(() -> as(member, () -> hearings.adjourn(hearing.reference(), bad)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("hearingAt"));
    }
    assertThat(as(member, () -> hearings.get(hearing.reference()))).isEqualTo(hearing);
    assertThat(timers(hearing)).isEqualTo(before);
    assertThatThrownBy(() -> as(coalitions.bothInA(), () -> hearings.adjourn(hearing.reference(), inDays(50))))
        .as("a member who does not own the hearing").isInstanceOf(NotAllowedException.class);
    assertThat(as(coalitions.coordinatorA(), () -> hearings.adjourn(hearing.reference(), inDays(50))).adjournments())
        .as("a coordinator may").isEqualTo(1);
  }

  @Test
  void attendance_is_requested_from_chosen_officers_observed_on_the_day_and_debriefed_by_a_coordinator() {
    CourtHearing hearing = schedule(inDays(3));
    fireTimer(hearing);
    assertThat(status(hearing)).isEqualTo(HearingStatus.REQUEST_DUE);
    WorkItem request = onlyTask(member, hearing.reference());
    assertThat(request.taskKey()).isEqualTo(Elements.TASK_REQUEST_ATTENDANCE);
    assertThat(as(member, () -> hearings.forTask(request.id())).reference()).isEqualTo(hearing.reference());

    assertThatThrownBy(() -> as(member, () -> hearings.requestAttendance(request.id(),
        new AttendanceRequest(Set.of(), "x".repeat(2001)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("officerIds", "note"));
    Officer foreign = as(coalitions.coordinatorB(), () -> contacts.addOfficer(new NewOfficer(null, "Other coalition's",
        null, Portfolio.OTHER, null, null)));
    assertThatThrownBy(() -> as(member, () -> hearings.requestAttendance(request.id(),
        new AttendanceRequest(Set.of(hro.id(), foreign.id()), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("officerIds"));
    assertThat(as(member, () -> engagements.forOfficer(hro.id()))).as("nothing saved").isEmpty();

    as(member, () -> hearings.requestAttendance(request.id(), new AttendanceRequest(Set.of(hro.id(), labor.id()),
        "The defence asked for diplomatic observers")));

    List<HearingOfficer> asked = as(member, () -> hearings.officers(hearing.reference()));
    assertThat(asked).extracting(HearingOfficer::name).containsExactly("Jane Doe", "John Roe");
    Engagement engagement = as(member, () -> engagements.forOfficer(hro.id())).get(0);
    assertThat(engagement.kind()).isEqualTo(EngagementKind.COURT_HEARING_REQUEST);
    assertThat(engagement.summary()).contains("Trial of the blogger").contains(hearing.reference())
        .endsWith("The defence asked for diplomatic observers");
    assertThat(asked.get(0).engagementId()).isEqualTo(engagement.id());
    assertThat(status(hearing)).isEqualTo(HearingStatus.AWAITING_CONFIRMATION);

    as(member, () -> steps.complete(onlyTask(member, hearing.reference()).id(), new StepInput("Jane confirmed", null)));
    assertThat(status(hearing)).isEqualTo(HearingStatus.ATTENDANCE_CONFIRMED);
    fireTimer(hearing); // the hearing day
    assertThat(status(hearing)).isEqualTo(HearingStatus.OBSERVATION_DUE);
    WorkItem observe = onlyTask(member, hearing.reference());
    assertThat(observe.taskKey()).isEqualTo(Elements.TASK_RECORD_OBSERVATION);

    assertThatThrownBy(() -> as(member, () -> hearings.recordObservation(observe.id(),
        new Observation(Set.of(foreign.id()), " "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("observation"));
    assertThatThrownBy(() -> as(member, () -> hearings.recordObservation(observe.id(),
        new Observation(Set.of(foreign.id()), "Adjourned for lack of a judge"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("attendedOfficerIds"));
    assertThat(as(member, () -> hearings.get(hearing.reference())).observation()).as("nothing saved").isNull();

    as(member, () -> hearings.recordObservation(observe.id(), new Observation(Set.of(hro.id()),
        "The judge heard the defence; the embassy's presence was noted by the court.")));
    assertThat(as(member, () -> hearings.get(hearing.reference()))).satisfies(h -> {
      assertThat(h.status()).isEqualTo(HearingStatus.DEBRIEF_DUE);
      assertThat(h.observation()).startsWith("The judge heard the defence");
      assertThat(h.observedBy()).isEqualTo("memberA");
    });
    assertThat(as(member, () -> hearings.officers(hearing.reference()))).extracting(HearingOfficer::attended)
        .containsExactly(true, false);

    Actor coordinator = coalitions.coordinatorA();
    WorkItem debrief = onlyTask(coordinator, hearing.reference());
    assertThat(debrief.taskKey()).isEqualTo(Elements.TASK_DEBRIEF_HEARING);
    assertThat(debrief.isUnassigned()).isTrue();
    as(coordinator, () -> steps.complete(debrief.id(), new StepInput("Shared with the coalition; follow up on bail", null)));

    assertThat(status(hearing)).isEqualTo(HearingStatus.OBSERVED);
    assertThat(as(member, () -> hearings.journal(hearing.reference()))).extracting(StepRecord::taskName)
        .containsExactly("Confirm attendance", "Debrief hearing");
    assertThat(as(member, () -> hearings.canBeRescheduled(hearing.reference()))).isFalse();

    assertThatThrownBy(() -> as(member, () -> hearings.adjourn(hearing.reference(), inDays(20))))
        .isInstanceOfSatisfying(MessageNotExpectedException.class, e -> {
          assertThat(e.getMessage()).contains(hearing.reference()).contains(Messages.HEARING_ADJOURNED);
          assertThat(e.record()).isEqualTo(hearing.reference());
          assertThat(e.waiting()).isZero();
        });
    assertThat(as(member, () -> hearings.get(hearing.reference())).adjournments()).as("nothing changed").isZero();
  }

  @Test
  void a_cancelled_hearing_ends_its_lifecycle_and_cannot_be_cancelled_or_adjourned_again() {
    CourtHearing hearing = schedule(inDays(3));
    fireTimer(hearing);
    assertThatThrownBy(() -> as(member, () -> hearings.cancel(hearing.reference(), "  ")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
    assertThat(status(hearing)).isEqualTo(HearingStatus.REQUEST_DUE);

    CourtHearing cancelled = as(member, () -> hearings.cancel(hearing.reference(), "Charges dropped"));

    assertThat(cancelled.status()).isEqualTo(HearingStatus.CANCELLED);
    assertThat(cancelled.cancelReason()).isEqualTo("Charges dropped");
    assertThat(instanceOf(hearing)).isNull();
    assertThat(as(member, () -> inbox.tasks())).isEmpty();
    assertThatThrownBy(() -> as(member, () -> hearings.cancel(hearing.reference(), "again")))
        .isInstanceOfSatisfying(MessageNotExpectedException.class, e -> assertThat(e.getMessage())
            .contains(hearing.reference()).contains(Messages.HEARING_CANCELLED));
    assertThatThrownBy(() -> as(member, () -> hearings.adjourn(hearing.reference(), inDays(9))))
        .isInstanceOf(MessageNotExpectedException.class);
    assertThat(as(member, () -> hearings.get(hearing.reference())).cancelReason()).isEqualTo("Charges dropped");
  }

  @Test
  void another_coalition_sees_no_hearing_and_cannot_touch_one() {
    CourtHearing hearing = schedule(inDays(30));
    Actor b = coalitions.coordinatorB();

    assertThat(as(b, hearings::list)).isEmpty();
    assertThatThrownBy(() -> as(b, () -> hearings.get(hearing.reference()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> hearings.adjourn(hearing.reference(), inDays(50))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> hearings.cancel(hearing.reference(), "probe"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(b, () -> hearings.journal(hearing.reference()))).isInstanceOf(NotFoundException.class);
    assertThat(as(member, () -> hearings.get(hearing.reference()))).isEqualTo(hearing);
    assertThat(timers(hearing)).containsExactly(Map.entry(Elements.EVENT_REQUEST_DUE, hearing.requestAttendanceAt()));
    CourtHearing inB = as(b, () -> hearings.schedule(new NewHearing("B's hearing", "Court", inDays(10), null)));
    assertThat(inB.reference()).as("numbered per coalition").isEqualTo(hearing.reference());
    assertThat(as(member, hearings::list)).containsExactly(hearing);
  }
}
