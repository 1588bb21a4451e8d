package org.liaison.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.liaison.cases.CaseActivity;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** The monitoring step of a case goes on its timeline and closes it with an outcome (follow-ups and escalation: outreach). */
@Component
class CaseSteps implements StepRecorder {

  private final CaseRepository cases;
  private final CaseActivityRepository activities;
  private final Clock clock;

  CaseSteps(CaseRepository cases, CaseActivityRepository activities, Clock clock) {
    this.cases = cases;
    this.activities = activities;
    this.clock = clock;
  }

  @Override
  public Set<String> formKeys() {
    return Set.of(Forms.MONITOR_CASE);
  }

  @Override
  public Map<String, Object> record(WorkItem task, StepInput input) {
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
    return Map.of();
  }
}
