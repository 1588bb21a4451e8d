package org.liaison.outreach.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.mail.OutgoingMail;
import org.liaison.mail.Outbox;
import org.liaison.officers.Officer;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.liaison.steps.StepDefinition;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The follow-up step: the owner's note is the reminder, e-mailed to every officer the outreach went
 * to with the outreach quoted below it, and goes on the case's timeline. One reminder per follow-up
 * task (the task id is in the idempotency key), so a retried completion sends nothing twice.
 */
@Component
class FollowUpStep implements StepRecorder {

  private final CaseService cases;
  private final OutreachRepository messages;
  private final Outbox outbox;

  FollowUpStep(CaseService cases, OutreachRepository messages, Outbox outbox) {
    this.cases = cases;
    this.messages = messages;
    this.outbox = outbox;
  }

  @Override
  public Set<String> formKeys() {
    return Set.of(Forms.FOLLOW_UP);
  }

  @Override
  public Map<String, Object> record(WorkItem task, StepInput input) {
    CaseDetails caseDetails = cases.get(task.businessKey());
    OutreachEntity outreach = messages.findByTenantIdAndCaseId(TenantContext.current().tenantId(), caseDetails.id())
        .orElseThrow(() -> new IllegalStateException("Case " + caseDetails.reference() + " has no outreach"));
    List<String> to = cases.routing(caseDetails.reference()).officers().stream()
        .map(Officer::email).filter(java.util.Objects::nonNull).toList();
    outbox.enqueue(new OutgoingMail("follow-up:" + caseDetails.id() + ":" + task.id(), to,
        "Following up: " + caseDetails.title() + " (" + caseDetails.reference() + ")",
        input.strippedNote() + "\n\n— Our earlier message —\n\n"
            + "What is important about this issue\n" + outreach.important() + "\n\n"
            + "Why it matters to the United States\n" + outreach.whyUnitedStates() + "\n\n"
            + "What the embassy can do\n" + outreach.embassyAction() + "\n"));
    cases.recordActivity(caseDetails.reference(), CaseActivity.Kind.FOLLOWED_UP, input.strippedNote());
    return Map.of();
  }

  @Configuration(proxyBeanMethods = false)
  static class Definition {
    @Bean
    StepDefinition followUpStepDefinition() {
      return StepDefinition.note(Forms.FOLLOW_UP);
    }
  }

}
