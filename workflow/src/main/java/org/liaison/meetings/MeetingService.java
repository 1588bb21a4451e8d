package org.liaison.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.meetings.internal.MeetingStore;
import org.liaison.meetings.internal.MeetingStore.Stored;
import org.liaison.officers.ContactService;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEngagement;
import org.liaison.officers.NewNextStep;
import org.liaison.officers.NextStep;
import org.liaison.officers.Officer;
import org.liaison.processes.EmbassyMeetingProcess;
import org.liaison.processes.EmbassyMeetingProcess.Forms;
import org.liaison.processes.EmbassyMeetingProcess.Messages;
import org.liaison.processes.EmbassyMeetingProcess.Variables;
import org.liaison.records.RecordReferences;
import org.liaison.settings.SettingsService;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.Wait;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.liaison.records.Found;
import org.liaison.records.ListQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the current coalition with embassy officers. Every read and write is scoped to the
 * current coalition; a meeting of another coalition is reported as not found. The steps with their own
 * forms (recording the meeting, thanking the officer, completing a next step) write what they mean and
 * complete their task in one transaction; the generic steps (request, briefing, chase) are journaled by
 * the step service.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MeetingService {

  /** The kind of record meetings are in the kernel's history and attachments. */
  public static final String KIND = "meeting";

  static final int NEXT_STEP_NOTE_MAX = 2000;

  private final MeetingStore store;
  private final ContactService contacts;
  private final EngagementService engagements;
  private final MembershipService memberships;
  private final SettingsService settings;
  private final StepService steps;
  private final WorkflowEngine workflow;
  private final RecordReferences references;
  private final InputValidator validator;
  private final Clock clock;

  /**
   * Asks an officer for a meeting, owned by the current user: records an engagement of kind
   * {@link EngagementKind#MEETING} and starts the meeting's lifecycle under its own reference, in one
   * transaction. An officer of another coalition is not found; an archived one is refused.
   */
  @Transactional
  public Meeting request(MeetingRequest input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    Officer officer = contacts.officer(input.officerId());
    if (contacts.archivedAt(officer.id()).isPresent()) {
      throw InvalidInputException.of("officerId", officer.name() + " is archived; choose a current contact.");
    }
    Engagement engagement = engagements.record(new NewEngagement(officer.id(), null, EngagementKind.MEETING,
        input.purpose(), LocalDate.now(clock)));
    Instant now = clock.instant();
    String reference = references.next(actor.tenantId(), EmbassyMeetingProcess.KEY);
    store.insert(actor.tenantId(), UUID.randomUUID(), reference, reference, engagement.id(), null, officer.id(),
        actor.username(), MeetingStatus.REQUESTED, now);
    workflow.start(EmbassyMeetingProcess.KEY, reference, Map.of(
        Variables.ENGAGEMENT_ID, engagement.id().toString(),
        Variables.MEETING_OWNER, actor.username(),
        Variables.CONFIRMATION_WAIT, settings.current().followUpInterval()));
    return get(reference);
  }

  @Transactional(readOnly = true)
  public Meeting get(String reference) {
    return load(reference).meeting();
  }

  /**
   * One page of the coalition's meetings with their officers, filtered (status, owner), sorted and
   * searched in full text, with how many there are; an unknown status or sort key is named.
   */
  @Transactional(readOnly = true)
  public Found<MeetingRow> find(ListQuery query, int offset, int limit) {
    validator.check(query);
    return store.find(query, offset, limit);
  }

  /** The coalition's 200 newest meetings, newest first (the list pages through all with find). */
  @Transactional(readOnly = true)
  public List<Meeting> list() {
    return store.all(tenant()).stream().map(Stored::meeting).toList();
  }

  /** An officer's 200 newest meetings, newest first. */
  @Transactional(readOnly = true)
  public List<Meeting> forOfficer(UUID officerId) {
    contacts.officer(officerId);
    return store.forOfficer(tenant(), officerId).stream().map(Stored::meeting).toList();
  }

  /** The meetings a case's lifecycle asked for (after an officer replied), oldest first. */
  @Transactional(readOnly = true)
  public List<Meeting> forCase(UUID caseId) {
    return store.forCase(tenant(), caseId).stream().map(Stored::meeting).toList();
  }

  /** The engagement the meeting belongs to: what was asked for and, once recorded, the outcome. */
  @Transactional(readOnly = true)
  public Engagement engagement(String reference) {
    return engagements.engagement(load(reference).meeting().engagementId());
  }

  /** The next steps agreed in the meeting, by due date. */
  @Transactional(readOnly = true)
  public List<NextStep> nextSteps(String reference) {
    return engagements.nextSteps(load(reference).meeting().engagementId());
  }

  /** Whether the meeting waits for the embassy's confirmation now (to offer recording it). */
  @Transactional(readOnly = true)
  public boolean awaitsConfirmation(String reference) {
    Stored stored = load(reference);
    return stored.meeting().status() == MeetingStatus.AWAITING_CONFIRMATION
        && workflow.awaits(Messages.MEETING_CONFIRMED, stored.meeting().businessKey());
  }

  /**
   * The embassy confirmed the meeting for a date: the owner's briefing step starts. The date must not
   * be in the past. If the meeting is not waiting for a confirmation,
   * {@link org.liaison.workflow.MessageNotExpectedException} names it and nothing is changed.
   */
  @Transactional
  public void confirm(String reference, MeetingConfirmation input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    Meeting meeting = load(reference).meeting();
    if (input.confirmedFor().isBefore(LocalDate.now(clock))) {
      throw InvalidInputException.of("confirmedFor", "The meeting date cannot be in the past.");
    }
    workflow.correlateByVariable(Messages.MEETING_CONFIRMED, Variables.ENGAGEMENT_ID,
        meeting.engagementId().toString(), "meeting " + meeting.reference(), Map.of());
    store.confirmed(actor.tenantId(), meeting.id(), input.confirmedFor(), input.at(),
        input.place() == null || input.place().isBlank() ? null : input.place().strip(), actor.username(), clock.instant());
  }

  /** What the meeting's own lifecycle waits for (its business key may be its case's, shared with the case's). */
  @Transactional(readOnly = true)
  public List<Wait> waits(String reference) {
    Stored stored = load(reference);
    return workflow.waitsOf(stored.meeting().businessKey()).stream()
        .filter(w -> w.processInstanceId().equals(stored.processInstanceId()))
        .toList();
  }

  /** Open steps of the meeting's lifecycle, for its page. */
  @Transactional(readOnly = true)
  public List<WorkItem> openSteps(String reference) {
    Stored stored = load(reference);
    return workflow.openTasksFor(List.of(stored.meeting().businessKey())).stream()
        .filter(t -> stored.processInstanceId() != null && stored.processInstanceId().equals(t.processInstanceId()))
        .toList();
  }

  /** The completed steps of the meeting, oldest first. */
  @Transactional(readOnly = true)
  public List<StepRecord> journal(String reference) {
    Meeting meeting = load(reference).meeting();
    return steps.journal(meeting.businessKey()).stream()
        .filter(r -> EmbassyMeetingProcess.KEY.equals(r.processKey()))
        .toList();
  }

  /** The meeting a task of its lifecycle belongs to, for the task's form. */
  @Transactional(readOnly = true)
  public Meeting forTask(String taskId) {
    return ofTask(workflow.task(taskId)).meeting();
  }

  /** The user names of the coalition's people, who can own a next step. */
  @Transactional(readOnly = true)
  public List<String> possibleOwners() {
    return memberships.members();
  }

  /**
   * Completes the record-meeting step: whether the meeting took place, its outcome (or why it did not
   * happen) on the engagement, and the agreed next steps, each of which becomes a task for its owner
   * (a person of the coalition, due today or later). A meeting that did not take place is requested
   * again and has no next steps. Bad input is named per field and nothing is saved.
   */
  @Transactional
  public void recordMeeting(String taskId, MeetingRecord input) {
    validator.check(input);
    WorkItem task = workflow.openTask(taskId, Forms.RECORD_MEETING);
    Meeting meeting = ofTask(task).meeting();
    Map<String, String> errors = new LinkedHashMap<>();
    if (!input.held() && !input.nextSteps().isEmpty()) {
      errors.put("nextSteps", "A meeting that did not take place has no agreed next steps: remove them, or say it took place.");
    }
    Set<String> people = Set.copyOf(memberships.members());
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < input.nextSteps().size(); i++) {
      NewNextStep step = input.nextSteps().get(i);
      if (!people.contains(step.owner().strip())) {
        errors.put("nextSteps[" + i + "].owner", "Choose a person of the coalition; " + step.owner().strip()
            + " is not one.");
      }
      if (step.dueOn().isBefore(today)) {
        errors.put("nextSteps[" + i + "].dueOn", "The due date cannot be in the past.");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    engagements.recordOutcome(meeting.engagementId(), input.outcome(), input.nextSteps());
    workflow.complete(task, Map.of(Variables.MEETING_HELD, input.held()));
  }

  /**
   * Completes the thank-officer step: how the officer was thanked, and whether they were invited to the
   * coalition's newsletter and social channels (saved on the officer). Bad input: nothing is saved.
   */
  @Transactional
  public void thankOfficer(String taskId, Thanks input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    WorkItem task = workflow.openTask(taskId, Forms.THANK_OFFICER);
    Meeting meeting = ofTask(task).meeting();
    if (meeting.officerId() != null) {
      contacts.recordInvitations(meeting.officerId(), input.newsletterInvited(), input.socialInvited());
    }
    store.thanked(actor.tenantId(), meeting.id(), input.note().strip(), actor.username(), clock.instant());
    workflow.complete(task, Map.of());
  }

  /** The next step a next-step task completes, for its form. */
  @Transactional(readOnly = true)
  public NextStep nextStepOf(String taskId) {
    return nextStepOf(workflow.openTask(taskId, Forms.COMPLETE_NEXT_STEP));
  }

  private NextStep nextStepOf(WorkItem task) {
    return engagements.nextStepOfTask(task.id())
        .orElseThrow(() -> new IllegalStateException("Task " + task.id() + " is tied to no next step"));
  }

  /** Completes a next-step task: the step is marked done by the current user, with an optional note. */
  @Transactional
  public void completeNextStep(String taskId, String note) {
    if (note != null && note.strip().length() > NEXT_STEP_NOTE_MAX) {
      throw InvalidInputException.of("note", "Keep the note to 2,000 characters or fewer.");
    }
    if (note != null) {
      validator.checkText("note", note);
    }
    WorkItem task = workflow.openTask(taskId, Forms.COMPLETE_NEXT_STEP);
    engagements.completeNextStep(nextStepOf(task).id(), note);
    workflow.complete(task, Map.of());
  }

  private Stored ofTask(WorkItem task) {
    if (!EmbassyMeetingProcess.KEY.equals(task.processKey())) {
      throw new IllegalArgumentException("Task " + task.id() + " is no step of a meeting");
    }
    return store.byInstance(tenant(), task.processInstanceId())
        .orElseThrow(() -> new IllegalStateException("No meeting for instance " + task.processInstanceId()));
  }

  private Stored load(String reference) {
    return Optional.ofNullable(reference).flatMap(r -> store.byReference(tenant(), r))
        .orElseThrow(() -> new NotFoundException("Meeting " + reference));
  }

  private static String tenant() {
    return TenantContext.current().tenantId();
  }
}
