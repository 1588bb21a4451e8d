package org.liaison.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.cases.internal.CaseActivityEntity;
import org.liaison.cases.internal.CaseActivityRepository;
import org.liaison.cases.internal.CaseEntity;
import org.liaison.cases.internal.CaseReferences;
import org.liaison.cases.internal.CaseRepository;
import org.liaison.common.InputValidator;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising, reading and triaging cases of the current coalition. Every read and write is scoped to
 * {@link TenantContext#current()}; a case of another coalition is reported as not found.
 */
@Service("caseFileService") // "caseService" is the engine's CMMN service bean
public class CaseService {

  private final CaseRepository cases;
  private final CaseActivityRepository activities;
  private final CaseReferences references;
  private final MembershipService memberships;
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final Clock clock;

  CaseService(CaseRepository cases, CaseActivityRepository activities, CaseReferences references,
      MembershipService memberships, WorkflowEngine workflow, InputValidator validator, Clock clock) {
    this.cases = cases;
    this.activities = activities;
    this.references = references;
    this.memberships = memberships;
    this.workflow = workflow;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Raises a case owned by the current user and starts its {@code raise-issue} lifecycle, in one
   * transaction: if the process cannot start, no case is saved.
   */
  @Transactional
  public CaseDetails raise(NewCase input) {
    validator.check(input);
    Actor actor = TenantContext.current();
    Instant now = clock.instant();
    String prefix = memberships.coalition(actor.tenantId())
        .orElseThrow(() -> new NotFoundException("Coalition " + actor.tenantId()))
        .referencePrefix();
    String reference = references.next(actor.tenantId(), prefix, now.atZone(ZoneOffset.UTC).getYear());
    CaseEntity entity = cases.save(new CaseEntity(actor.tenantId(), reference, input.title().strip(),
        input.summary().strip(), input.country(), input.themes(), input.severity(), actor.username(), now));
    activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), now, actor.username(),
        CaseActivity.Kind.RAISED, null));
    String instanceId = workflow.start(RaiseIssueProcess.KEY, reference, Map.of(
        Variables.CASE_ID, entity.id().toString(),
        Variables.CASE_OWNER, actor.username()));
    entity.runBy(instanceId);
    return entity.toDetails();
  }

  /** The coalition's cases, newest first. */
  @Transactional(readOnly = true)
  public List<CaseDetails> list() {
    return cases.findByTenantIdOrderByCreatedAtDesc(TenantContext.current().tenantId()).stream()
        .map(CaseEntity::toDetails)
        .toList();
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
