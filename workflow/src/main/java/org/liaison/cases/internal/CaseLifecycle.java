package org.liaison.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseStatus;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Elements;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.RecordStatuses;
import org.liaison.records.ReferenceKind;
import org.liaison.records.TenantBound;
import org.liaison.steps.StepDefinition;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.liaison.cases.CaseService;
import org.liaison.records.AttachmentTarget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a case's {@code raise-issue} lifecycle is to the record kernel: shown under {@code cases/},
 * numbered with the coalition's prefix, its status following the model, and the routing delegate.
 * Follow-up and escalation are generic steps of this model; outreach records what they mean.
 */
@Configuration(proxyBeanMethods = false)
class CaseLifecycle {

  static final Map<String, CaseStatus> STATUS_OF_STEP = Map.ofEntries(
      Map.entry(Elements.TASK_TRIAGE_CASE, CaseStatus.IN_TRIAGE),
      Map.entry(Elements.TASK_ALIGN_WITH_PRIORITIES, CaseStatus.ALIGNING),
      Map.entry(Elements.TASK_DRAFT_OUTREACH, CaseStatus.DRAFTING_OUTREACH),
      Map.entry(Elements.TASK_REVIEW_OUTREACH, CaseStatus.IN_REVIEW),
      Map.entry(Elements.GATEWAY_AWAIT_REPLY, CaseStatus.OUTREACH_SENT),
      Map.entry(Elements.TASK_FOLLOW_UP, CaseStatus.FOLLOWING_UP),
      Map.entry(Elements.TASK_ESCALATE_TO_WASHINGTON, CaseStatus.ESCALATED),
      Map.entry(Elements.CALL_EMBASSY_MEETING, CaseStatus.MEETING),
      Map.entry(Elements.TASK_MONITOR_CASE, CaseStatus.MONITORING),
      Map.entry(Elements.END_CASE_CLOSED, CaseStatus.CLOSED),
      Map.entry(Elements.END_CASE_WITHDRAWN, CaseStatus.WITHDRAWN));

  @Bean
  RecordLifecycle raiseIssueLifecycle(CaseRepository cases) {
    return RecordLifecycle.of(RaiseIssueProcess.KEY, "cases")
        .numbered(ReferenceKind.coalitionPrefixed("CASE"))
        .reworking(RaiseIssueProcess.Elements.TASK_DRAFT_OUTREACH)
        .withStatuses(new RecordStatuses<>("case", STATUS_OF_STEP, (execution, status, at) -> {
          String tenantId = execution.tenantId();
          var caseId = execution.id(Variables.CASE_ID);
          cases.findByTenantIdAndId(tenantId, caseId)
              .orElseThrow(() -> new IllegalStateException("Case " + caseId + " not found in coalition " + tenantId))
              .moveTo(status, at);
        }))
        .withSteps(StepDefinition.decision(Forms.MONITOR_CASE, Variables.CASE_RESOLVED, true),
            StepDefinition.note(Forms.FOLLOW_UP),
            StepDefinition.note(Forms.ESCALATE_TO_WASHINGTON));
  }

  /** {@code Task_RouteCase}: runs the routing decision for the instance's case, in its coalition. */
  @Bean(RaiseIssueProcess.Beans.ROUTE_CASE_DELEGATE)
  JavaDelegate routeCaseDelegate(TenantBound bound, CaseRouter router) {
    return bound.delegate(x -> x.set(Variables.URGENCY, router.route(x.tenantId(), x.id(Variables.CASE_ID)).name()));
  }

  /** What monitoring means: the case's timeline gets the note, and a resolved case is closed with it as outcome. */
  @Bean
  StepRecorder caseSteps(CaseRepository cases, CaseActivityRepository activities, Clock clock) {
    return StepRecorder.of((task, input) -> {
      Actor actor = TenantContext.current();
      CaseEntity entity = cases.findByTenantIdAndReference(actor.tenantId(), task.businessKey())
          .orElseThrow(() -> new IllegalStateException("No case for task " + task.id()));
      Instant now = clock.instant();
      CaseActivity.Kind kind = Boolean.TRUE.equals(input.decision()) ? CaseActivity.Kind.CLOSED : CaseActivity.Kind.MONITORED;
      if (kind == CaseActivity.Kind.CLOSED) {
        entity.close(input.strippedNote(), now);
      }
      activities.save(new CaseActivityEntity(actor.tenantId(), entity.id(), now, actor.username(), kind,
          input.strippedNote()));
    }, Forms.MONITOR_CASE);
  }

  /** Documents on a case: by its reference, owned by its owner. */
  @Bean
  AttachmentTarget caseDocuments(CaseService cases) {
    return new AttachmentTarget(CaseService.KIND, reference -> cases.get(reference).owner());
  }
}
