package org.liaison.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.internal.CaseActivityEntity;
import org.liaison.cases.internal.CaseActivityRepository;
import org.liaison.cases.internal.CaseEntity;
import org.liaison.cases.internal.CaseRepository;
import org.liaison.cases.internal.CaseRoutingStore;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.common.StaleRecordException;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.Engagement;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEngagement;
import org.liaison.officers.Officer;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.records.Changes;
import org.liaison.records.HistoryEntry;
import org.liaison.records.RecordHistory;
import org.liaison.records.RecordReferences;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising, reading and triaging cases of the current coalition. Every read and write is scoped to
 * {@link TenantContext#current()}; a case of another coalition is reported as not found.
 */
@Service("caseFileService") // "caseService" is the engine's CMMN service bean
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseService {

  /** The kind of record cases are in the kernel's history and attachments. */
  public static final String KIND = "case";

  private final CaseRepository cases;
  private final CaseActivityRepository activities;
  private final RecordReferences references;
  private final CaseRoutingStore routing;
  private final SettingsService settings;
  private final ContactService contacts;
  private final EngagementService engagements;
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final RecordHistory history;
  private final Clock clock;

  /**
   * Raises a case owned by the current user and starts its {@code raise-issue} lifecycle, in one
   * transaction: if the process cannot start, no case is saved.
   */
  @Transactional
  public CaseDetails raise(NewCase input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    Instant now = clock.instant();
    String reference = references.next(actor.tenantId(), RaiseIssueProcess.KEY);
    CaseEntity entity = cases.save(new CaseEntity(actor.tenantId(), reference, input.title().strip(),
        input.summary().strip(), input.country(), input.themes(), input.severity(), actor.username(), now));
    activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), now, actor.username(),
        CaseActivity.Kind.RAISED, null));
    CoalitionSettings coalition = settings.current();
    String instanceId = workflow.start(RaiseIssueProcess.KEY, reference, Map.of(
        Variables.CASE_ID, entity.id().toString(),
        Variables.CASE_OWNER, actor.username(),
        Variables.FOLLOW_UP_INTERVAL, coalition.followUpInterval(),
        Variables.FOLLOW_UPS_BEFORE_ESCALATION, coalition.followUpsBeforeEscalation(),
        Variables.FOLLOW_UPS_SENT, 0));
    entity.runBy(instanceId);
    return cases.saveAndFlush(entity).toDetails(); // flushed, so the version is the one a correction sends back
  }

  /** The coalition's newest 200 cases, newest first (the cases list pages through all with {@code CaseList}). */
  @Transactional(readOnly = true)
  public List<CaseDetails> list() {
    return cases.findTop200ByTenantIdOrderByCreatedAtDesc(TenantContext.current().tenantId()).stream()
        .map(CaseEntity::toDetails)
        .toList();
  }

  /**
   * References of the coalition's cases whose reference or title contains the text (any case), at most
   * {@code limit}: for finding a record's tasks by what people remember of it.
   */
  @Transactional(readOnly = true)
  public List<String> referencesMatching(String text, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String escaped = text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_");
    return cases.referencesLike(TenantContext.current().tenantId(), "%" + escaped + "%",
        org.springframework.data.domain.Limit.of(limit));
  }

  /** Cases by reference, for labelling tasks; references unknown in this coalition are left out. */
  @Transactional(readOnly = true)
  public Map<String, CaseDetails> byReferences(List<String> caseReferences) {
    if (caseReferences.isEmpty()) {
      return Map.of();
    }
    return cases.findByTenantIdAndReferenceIn(TenantContext.current().tenantId(), caseReferences).stream()
        .map(CaseEntity::toDetails)
        .collect(Collectors.toMap(CaseDetails::reference, Function.identity()));
  }

  @Transactional(readOnly = true)
  public CaseDetails get(String reference) {
    return load(reference).toDetails();
  }

  /**
   * Corrects a case's title, summary, country, themes and severity; only its owner or a coordinator
   * may; the values are checked as when raising it. Each changed field goes into the case's history. If
   * someone saved the case after the user loaded {@code version} of it, {@link StaleRecordException} and
   * nothing is saved.
   */
  @Transactional
  public CaseDetails edit(String reference, int version, NewCase input) {
    Actor actor = TenantContext.current();
    CaseEntity entity = load(reference);
    if (!actor.username().equals(entity.owner()) && !actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only the case owner or a coordinator can correct " + reference);
    }
    validator.check(input);
    if (entity.version() != version) {
      throw new StaleRecordException("Case " + reference);
    }
    CaseDetails before = entity.toDetails();
    Changes changes = Changes.of().field("title", before.title(), input.title())
        .field("summary", before.summary(), input.summary())
        .field("country", before.country(), input.country())
        .field("themes", before.themes(), input.themes())
        .field("severity", before.severity(), input.severity());
    if (changes.none()) {
      return before;
    }
    entity.edit(input.title().strip(), input.summary().strip(), input.country(), input.themes(), input.severity(),
        clock.instant());
    try {
      cases.saveAndFlush(entity);
    } catch (ObjectOptimisticLockingFailureException e) { // saved by someone else between the read and now
      throw new StaleRecordException("Case " + reference);
    }
    history.record(KIND, reference, changes);
    return entity.toDetails();
  }

  /** Who changed which field of the case, when, oldest first. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(String reference) {
    return history.of(KIND, load(reference).reference());
  }

  /** The case's timeline, oldest first. */
  @Transactional(readOnly = true)
  public List<CaseActivity> timeline(String reference) {
    CaseEntity entity = load(reference);
    return activities.findByTenantIdAndCaseIdOrderByOccurredAtAscIdAsc(entity.tenantId(), entity.id()).stream()
        .map(CaseActivityEntity::toActivity)
        .toList();
  }

  /** Open steps of the case's lifecycle, for its workspace. */
  @Transactional(readOnly = true)
  public List<WorkItem> openSteps(String reference) {
    return workflow.openTasksFor(List.of(load(reference).reference()));
  }

  /** Completes the triage task: confirms the severity and passes the case on to its owner for drafting. */
  @Transactional
  public void triage(String taskId, Triage input) {
    validator.check(input);
    Actor actor = TenantContext.require(Role.COORDINATOR);
    WorkItem task = workflow.openTask(taskId, RaiseIssueProcess.Forms.TRIAGE_CASE);
    CaseEntity entity = load(task.businessKey());
    Instant now = clock.instant();
    entity.triage(input.severity(), now);
    activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), now, actor.username(),
        CaseActivity.Kind.TRIAGED, blankToNull(input.note())));
    workflow.complete(task, Map.of());
  }

  /** The portfolios and urgency routing named, and the priorities and officers the owner chose. */
  @Transactional(readOnly = true)
  public CaseRouting routing(String reference) {
    CaseEntity entity = load(reference);
    String tenantId = entity.tenantId();
    Set<UUID> priorityIds = Set.copyOf(routing.priorityIds(tenantId, entity.id()));
    List<Officer> officers = routing.officerIds(tenantId, entity.id()).stream().map(contacts::officer).toList();
    Set<UUID> embassyIds = officers.stream().map(Officer::embassyId).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    return new CaseRouting(routing.portfolios(tenantId, entity.id()), entity.toDetails().urgency(),
        contacts.allPriorities().stream().filter(p -> priorityIds.contains(p.id())).toList(), officers,
        embassyIds.isEmpty() ? Map.of() : contacts.embassies().stream().filter(e -> embassyIds.contains(e.id()))
            .collect(Collectors.toMap(Embassy::id, e -> e)));
  }

  /**
   * What the case can be aligned with: the embassies in its country with their priorities and officers,
   * and the Washington experts; never another country's embassy.
   */
  @Transactional(readOnly = true)
  public AlignmentChoices alignmentChoices(String reference) {
    return choices(load(reference));
  }

  private AlignmentChoices choices(CaseEntity entity) {
    String country = entity.toDetails().country();
    List<Embassy> embassies = contacts.embassiesIn(country);
    Set<UUID> embassyIds = embassies.stream().map(Embassy::id).collect(Collectors.toSet());
    return new AlignmentChoices(country, embassies,
        contacts.allPriorities().stream().filter(p -> embassyIds.contains(p.embassyId())).toList(),
        contacts.officers().stream().filter(o -> o.inWashington() || embassyIds.contains(o.embassyId())).toList());
  }

  /**
   * Completes the alignment step: the embassy priorities the case serves and the officers the
   * outreach goes to. Officers must belong to the coalition and have an e-mail address; priorities
   * must belong to the coalition. Bad input is named per field and nothing is saved.
   */
  @Transactional
  public void align(String taskId, Alignment input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    WorkItem task = workflow.openTask(taskId, RaiseIssueProcess.Forms.ALIGN_WITH_PRIORITIES);
    CaseEntity entity = load(task.businessKey());
    AlignmentChoices choices = choices(entity);
    Set<UUID> knownPriorities = choices.priorities().stream().map(EmbassyPriority::id).collect(Collectors.toSet());
    if (!knownPriorities.containsAll(input.priorityIds())) {
      throw InvalidInputException.of("priorityIds", "Choose priorities of the embassy in the case's country; one of"
          + " the chosen is not (or is no longer recorded). Reload the page.");
    }
    Map<UUID, Officer> officers = choices.officers().stream().collect(Collectors.toMap(Officer::id, o -> o));
    for (UUID officerId : input.officerIds()) {
      Officer officer = officers.get(officerId);
      if (officer == null) {
        throw InvalidInputException.of("officerIds", "Choose officers of the embassy in the case's country or"
            + " Washington experts; one of the chosen is not (or is no longer recorded). Reload the page.");
      }
      if (officer.email() == null) {
        throw InvalidInputException.of("officerIds", officer.name()
            + " has no e-mail address, so the outreach cannot reach them. Add one under Contacts, or choose someone else.");
      }
    }
    routing.replaceAlignment(actor.tenantId(), entity.id(), input.priorityIds(), input.officerIds());
    activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), clock.instant(), actor.username(),
        CaseActivity.Kind.ALIGNED, input.officerIds().stream().map(officers::get).map(Officer::name).sorted()
            .collect(Collectors.joining(", ")) + (blankToNull(input.note()) == null ? "" : " · " + input.note().strip())));
    workflow.complete(task, Map.of());
  }

  /**
   * Records an officer's reply to the outreach and moves the case on to the meeting. If the case is
   * not waiting for a reply, {@link org.liaison.workflow.MessageNotExpectedException} names the case
   * and nothing is recorded.
   */
  @Transactional
  public void recordReply(String reference, OfficerReply reply) {
    validator.check(reply);
    Actor actor = TenantContext.current();
    CaseEntity entity = load(reference);
    Officer officer = contacts.officer(reply.officerId());
    Engagement engagement = engagements.record(new NewEngagement(officer.id(), entity.id(), EngagementKind.REPLY,
        reply.summary(), reply.receivedOn()));
    workflow.correlate(RaiseIssueProcess.Messages.OFFICER_RESPONDED, reference,
        Map.of(Variables.ENGAGEMENT_ID, engagement.id().toString()));
    activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), clock.instant(), actor.username(),
        CaseActivity.Kind.OFFICER_REPLIED, officer.name() + ": " + reply.summary().strip()));
  }

  /** Whether the case is waiting for an officer's reply now (to offer recording one). */
  @Transactional(readOnly = true)
  public boolean awaitsReply(String reference) {
    return workflow.awaits(RaiseIssueProcess.Messages.OFFICER_RESPONDED, load(reference).reference());
  }

  /**
   * Withdraws a case in whatever state it is: its lifecycle ends and open steps disappear. Only its
   * owner or a coordinator may; a case that has already ended cannot be withdrawn.
   */
  @Transactional
  public void withdraw(String reference, String reason) {
    Actor actor = TenantContext.current();
    CaseEntity entity = load(reference);
    if (!actor.username().equals(entity.owner()) && !actor.has(Role.COORDINATOR)) {
      throw new NotAllowedException("Only the case owner or a coordinator can withdraw " + reference);
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "Say why the case is withdrawn; the coalition will read it on the case.");
    }
    validator.checkText("reason", reason);
    if (reason.strip().length() > 4000) {
      throw InvalidInputException.of("reason", "Keep the reason to 4,000 characters or fewer.");
    }
    workflow.correlate(RaiseIssueProcess.Messages.CASE_WITHDRAWN, reference, Map.of());
    activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), clock.instant(), actor.username(),
        CaseActivity.Kind.WITHDRAWN, reason.strip()));
  }

  /**
   * Adds an entry to a case's timeline; for other features (outreach) that complete steps of the
   * case's lifecycle.
   */
  @Transactional
  public void recordActivity(String reference, CaseActivity.Kind kind, String detail) {
    Actor actor = TenantContext.current();
    CaseEntity entity = load(reference);
    activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), clock.instant(), actor.username(),
        kind, blankToNull(detail)));
  }

  private CaseEntity load(String reference) {
    return cases.findByTenantIdAndReference(TenantContext.current().tenantId(), reference)
        .orElseThrow(() -> new NotFoundException("Case " + reference));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
