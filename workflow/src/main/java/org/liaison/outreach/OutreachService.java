package org.liaison.outreach;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.common.InputValidator;
import org.liaison.outreach.internal.OutreachEntity;
import org.liaison.outreach.internal.OutreachRepository;
import org.liaison.outreach.internal.OutreachVersions;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and reviewing a case's outreach; once approved, {@code Task_SendOutreach} sends it to
 * every chosen officer through the mail outbox. Each method completes one
 * step of the case's {@code raise-issue} lifecycle together with its data, in one transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutreachService {

  private final OutreachRepository messages;
  private final OutreachVersions versions;
  private final CaseService cases;
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final Clock clock;

  /** The case's outreach, if one was drafted. */
  @Transactional(readOnly = true)
  public Optional<Outreach> forCase(String reference) {
    CaseDetails caseDetails = cases.get(reference);
    return messages.findByTenantIdAndCaseId(TenantContext.current().tenantId(), caseDetails.id())
        .map(OutreachEntity::toOutreach);
  }

  /**
   * Every version of the case's outreach that went to review, first draft first, with the reviewer's
   * verdict and comment: empty before the first draft.
   */
  @Transactional(readOnly = true)
  public List<OutreachVersion> versions(String reference) {
    CaseDetails caseDetails = cases.get(reference);
    return versions.of(TenantContext.current().tenantId(), caseDetails.id());
  }

  /**
   * Completes the drafting step with the three parts; a rework replaces the current draft and keeps the
   * previous one as an earlier version.
   */
  @Transactional
  public void submitDraft(String taskId, OutreachDraft draft) {
    validator.check(draft);
    Actor actor = TenantContext.current();
    WorkItem task = workflow.openTask(taskId, Forms.DRAFT_OUTREACH);
    CaseDetails caseDetails = cases.get(task.businessKey());
    Instant now = clock.instant();
    OutreachEntity entity = messages.findByTenantIdAndCaseId(actor.tenantId(), caseDetails.id())
        .orElseGet(() -> new OutreachEntity(actor.tenantId(), caseDetails.id(), now));
    entity.draft(draft, now);
    messages.save(entity);
    versions.add(actor.tenantId(), caseDetails.id(), entity, actor.username(), now);
    cases.recordActivity(caseDetails.reference(), CaseActivity.Kind.OUTREACH_DRAFTED, null);
    workflow.complete(task, Map.of());
  }

  /** Completes the review step: approves the outreach or sends it back to its owner with a comment. */
  @Transactional
  public void review(String taskId, Review review) {
    validator.check(review);
    Actor actor = TenantContext.require(Role.COORDINATOR);
    WorkItem task = workflow.openTask(taskId, Forms.REVIEW_OUTREACH);
    CaseDetails caseDetails = cases.get(task.businessKey());
    OutreachEntity entity = messages.findByTenantIdAndCaseId(actor.tenantId(), caseDetails.id())
        .orElseThrow(() -> new IllegalStateException("Case " + caseDetails.reference() + " has no outreach to review"));
    String comment = review.comment() == null || review.comment().isBlank() ? null : review.comment().strip();
    Instant now = clock.instant();
    entity.review(review.approved(), comment, now);
    versions.reviewed(actor.tenantId(), caseDetails.id(), entity, review.approved(), comment, actor.username(), now);
    cases.recordActivity(caseDetails.reference(),
        review.approved() ? CaseActivity.Kind.OUTREACH_APPROVED : CaseActivity.Kind.OUTREACH_SENT_BACK, comment);
    workflow.complete(task, Map.of(Variables.OUTREACH_APPROVED, review.approved()));
  }
}
