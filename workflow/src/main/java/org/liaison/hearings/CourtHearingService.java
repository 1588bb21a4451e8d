package org.liaison.hearings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.hearings.internal.HearingDates;
import org.liaison.hearings.internal.HearingStore;
import org.liaison.hearings.internal.HearingStore.Asked;
import org.liaison.officers.ContactService;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEngagement;
import org.liaison.officers.Officer;
import org.liaison.processes.CourtHearingProcess;
import org.liaison.processes.CourtHearingProcess.Forms;
import org.liaison.processes.CourtHearingProcess.Messages;
import org.liaison.processes.CourtHearingProcess.Variables;
import org.liaison.records.RecordReferences;
import org.liaison.settings.SettingsService;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.liaison.records.Found;
import org.liaison.records.ListQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court hearings of the current coalition. Scheduling one starts its court-hearing lifecycle, whose
 * request date is the hearing date minus the coalition's {@code hearingRequestLead}; adjourning and
 * cancelling are messages to that lifecycle. Every read and write is scoped to the current coalition; a
 * hearing of another coalition is reported as not found.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourtHearingService {

  /** The kind of record hearings are in the kernel's history and attachments. */
  public static final String KIND = "hearing";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private final HearingStore store;
  private final CaseService cases;
  private final ContactService contacts;
  private final EngagementService engagements;
  private final SettingsService settings;
  private final StepService steps;
  private final WorkflowEngine workflow;
  private final RecordReferences references;
  private final InputValidator validator;
  private final Clock clock;

  /**
   * Schedules a hearing owned by the current user and starts its lifecycle, in one transaction. The
   * date must be in the future; a case, if given, must be one of the coalition's. Bad input is named per
   * field and nothing is saved.
   */
  @Transactional
  public CourtHearing schedule(NewHearing input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    Instant hearingAt = input.hearingAt().truncatedTo(ChronoUnit.SECONDS);
    requireFuture("hearingAt", hearingAt, "The hearing date must be in the future.");
    CaseDetails forCase = null;
    if (input.caseReference() != null && !input.caseReference().isBlank()) {
      try {
        forCase = cases.get(input.caseReference().strip());
      } catch (NotFoundException e) {
        throw InvalidInputException.of("caseReference", "No case " + input.caseReference().strip()
            + " in this coalition; choose one from the list or leave it empty.");
      }
    }
    Instant requestAt = HearingDates.requestAttendanceAt(hearingAt, settings.current().hearingRequestLead());
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    String reference = references.next(actor.tenantId(), CourtHearingProcess.KEY);
    store.insert(actor.tenantId(), id, reference, forCase == null ? null : forCase.id(),
        forCase == null ? null : forCase.reference(), input.title().strip(), input.court().strip(), hearingAt, requestAt,
        actor.username(), now);
    String instanceId = workflow.start(CourtHearingProcess.KEY, reference, Map.of(
        Variables.HEARING_ID, id.toString(),
        Variables.HEARING_OWNER, actor.username(),
        Variables.HEARING_DATE, HearingDates.iso(hearingAt),
        Variables.REQUEST_ATTENDANCE_AT, HearingDates.iso(requestAt)));
    store.runBy(actor.tenantId(), id, instanceId);
    return get(reference);
  }

  /** The coalition's hearings, soonest first. */
  /**
   * One page of the coalition's hearings, filtered (status, owner), sorted and searched in full text, with
   * how many there are; an unknown status or sort key is named and nothing is read.
   */
  @Transactional(readOnly = true)
  public Found<CourtHearing> find(ListQuery query, int offset, int limit) {
    validator.check(query);
    return store.find(query, offset, limit);
  }

  /** The coalition's first 200 court hearings by date (the list pages through all with find). */
  @Transactional(readOnly = true)
  public List<CourtHearing> list() {
    return store.all(tenant());
  }

  @Transactional(readOnly = true)
  public CourtHearing get(String reference) {
    return Optional.ofNullable(reference).flatMap(r -> store.byReference(tenant(), r))
        .orElseThrow(() -> new NotFoundException("Hearing " + reference));
  }

  /** The officers asked to attend, with whether they attended once that is recorded. */
  @Transactional(readOnly = true)
  public List<HearingOfficer> officers(String reference) {
    CourtHearing hearing = get(reference);
    return store.asked(tenant(), hearing.id()).stream()
        .map(a -> new HearingOfficer(a.officerId(), contacts.officer(a.officerId()).name(), a.engagementId(),
            a.attended()))
        .sorted(java.util.Comparator.comparing(HearingOfficer::name))
        .toList();
  }

  /** Whether the hearing's lifecycle can be adjourned or cancelled now (to offer those actions). */
  @Transactional(readOnly = true)
  public boolean canBeRescheduled(String reference) {
    return workflow.awaits(Messages.HEARING_ADJOURNED, get(reference).reference());
  }

  /**
   * Adjourns the hearing to a new date: the lifecycle starts again from the new dates (attendance is
   * requested again at the new date minus the coalition's lead). Only the owner or a coordinator may.
   * A missing or past date is named on the field; a hearing past its observation (or cancelled) raises
   * {@link org.liaison.workflow.MessageNotExpectedException}. Either way nothing is changed.
   */
  @Transactional
  public CourtHearing adjourn(String reference, Instant newHearingAt) {
    Actor actor = TenantContext.current();
    CourtHearing hearing = get(reference);
    requireOwnerOrCoordinator(actor, hearing, "adjourn");
    if (newHearingAt == null) {
      throw InvalidInputException.of("hearingAt", "Give the new date and time of the hearing.");
    }
    Instant hearingAt = newHearingAt.truncatedTo(ChronoUnit.SECONDS);
    requireFuture("hearingAt", hearingAt, "The new hearing date must be in the future.");
    if (hearingAt.equals(hearing.hearingAt())) {
      throw InvalidInputException.of("hearingAt", "That is the hearing's current date; give the new one.");
    }
    Instant requestAt = HearingDates.requestAttendanceAt(hearingAt, settings.current().hearingRequestLead());
    workflow.correlate(Messages.HEARING_ADJOURNED, hearing.reference(), Map.of(
        Variables.HEARING_DATE, HearingDates.iso(hearingAt),
        Variables.REQUEST_ATTENDANCE_AT, HearingDates.iso(requestAt)));
    store.adjourned(actor.tenantId(), hearing.id(), hearingAt, requestAt, hearing.hearingAt(), clock.instant());
    return get(reference);
  }

  /**
   * Cancels the hearing: its lifecycle ends and open steps disappear. Only the owner or a coordinator
   * may, with a reason. A hearing past its observation (or cancelled) raises
   * {@link org.liaison.workflow.MessageNotExpectedException}; nothing is changed.
   */
  @Transactional
  public CourtHearing cancel(String reference, String reason) {
    Actor actor = TenantContext.current();
    CourtHearing hearing = get(reference);
    requireOwnerOrCoordinator(actor, hearing, "cancel");
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "Say why the hearing is cancelled; the coalition will read it on the hearing.");
    }
    validator.checkText("reason", reason);
    if (reason.strip().length() > 2000) {
      throw InvalidInputException.of("reason", "Keep the reason to 2,000 characters or fewer.");
    }
    workflow.correlate(Messages.HEARING_CANCELLED, hearing.reference(), Map.of());
    store.cancelled(actor.tenantId(), hearing.id(), reason.strip(), clock.instant());
    return get(reference);
  }

  /** Open steps of the hearing's lifecycle, for its page. */
  @Transactional(readOnly = true)
  public List<WorkItem> openSteps(String reference) {
    return workflow.openTasksFor(List.of(get(reference).reference()));
  }

  /** The completed steps of the hearing, oldest first. */
  @Transactional(readOnly = true)
  public List<StepRecord> journal(String reference) {
    return steps.journal(get(reference).reference());
  }

  /** The hearing a task of its lifecycle belongs to, for the task's form. */
  @Transactional(readOnly = true)
  public CourtHearing forTask(String taskId) {
    return ofTask(workflow.task(taskId));
  }

  /**
   * Completes the request-attendance step: each chosen officer (current contacts of the coalition) is
   * recorded as asked, by an engagement of kind {@link EngagementKind#COURT_HEARING_REQUEST}. Bad input
   * is named per field and nothing is saved.
   */
  @Transactional
  public void requestAttendance(String taskId, AttendanceRequest input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    WorkItem task = workflow.openTask(taskId, Forms.REQUEST_HEARING_ATTENDANCE);
    CourtHearing hearing = ofTask(task);
    Map<UUID, Officer> current = contacts.officers().stream().collect(Collectors.toMap(Officer::id, Function.identity()));
    if (!current.keySet().containsAll(input.officerIds())) {
      throw InvalidInputException.of("officerIds", "One of the chosen officers is no longer a contact; reload the page.");
    }
    String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
    String summary = "Asked to attend the hearing “" + hearing.title() + "” (" + hearing.reference() + ") at "
        + hearing.court() + " on " + WHEN.format(hearing.hearingAt().atZone(ZoneOffset.UTC))
        + (note == null ? "" : ". " + note);
    List<Officer> asked = input.officerIds().stream().map(current::get)
        .sorted(java.util.Comparator.comparing(Officer::name)).toList();
    for (Officer officer : asked) {
      Engagement engagement = engagements.record(new NewEngagement(officer.id(), hearing.caseId(),
          EngagementKind.COURT_HEARING_REQUEST, summary, LocalDate.now(clock)));
      store.asked(actor.tenantId(), hearing.id(), officer.id(), engagement.id());
    }
    workflow.complete(task, Map.of());
  }

  /**
   * Completes the record-observation step: which of the officers asked attended, and what was observed.
   * Bad input is named per field and nothing is saved.
   */
  @Transactional
  public void recordObservation(String taskId, Observation input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    WorkItem task = workflow.openTask(taskId, Forms.RECORD_HEARING_OBSERVATION);
    CourtHearing hearing = ofTask(task);
    Set<UUID> asked = store.asked(actor.tenantId(), hearing.id()).stream().map(Asked::officerId)
        .collect(Collectors.toSet());
    if (!asked.containsAll(input.attendedOfficerIds())) {
      throw InvalidInputException.of("attendedOfficerIds", "Only officers who were asked to attend can be marked as attending.");
    }
    store.observed(actor.tenantId(), hearing.id(), input.attendedOfficerIds(), input.observation().strip(),
        actor.username(), clock.instant());
    workflow.complete(task, Map.of());
  }

  private CourtHearing ofTask(WorkItem task) {
    if (!CourtHearingProcess.KEY.equals(task.processKey())) {
      throw new IllegalArgumentException("Task " + task.id() + " is no step of a hearing");
    }
    return get(task.businessKey());
  }

  private void requireFuture(String field, Instant at, String message) {
    if (!at.isAfter(clock.instant())) {
      throw InvalidInputException.of(field, message);
    }
  }

  private static void requireOwnerOrCoordinator(Actor actor, CourtHearing hearing, String what) {
    if (!actor.username().equals(hearing.owner()) && !actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only the hearing's owner or a coordinator can " + what + " " + hearing.reference());
    }
  }

  private static String tenant() {
    return TenantContext.current().tenantId();
  }
}
