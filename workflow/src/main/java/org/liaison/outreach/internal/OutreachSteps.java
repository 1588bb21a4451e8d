package org.liaison.outreach.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseRouting;
import org.liaison.cases.CaseService;
import org.liaison.mail.Outbox;
import org.liaison.mail.OutgoingMail;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.liaison.processes.RaiseIssueProcess.Variables;
import org.liaison.records.TenantBound;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.TenantContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outreach's part in the {@code raise-issue} model: sending it, following it up and escalating it. */
@Configuration(proxyBeanMethods = false)
class OutreachSteps {

  /** {@code Task_SendOutreach}, once per chosen officer: queues the approved outreach for that officer. */
  @Bean(RaiseIssueProcess.Beans.SEND_OUTREACH_DELEGATE)
  JavaDelegate sendOutreachDelegate(TenantBound bound, OutreachSender sender) {
    return bound.delegate(x -> sender.send(x.tenantId(), x.businessKey(), x.id(Variables.OFFICER_ID)));
  }

  /**
   * The follow-up and escalation steps. Follow-up: the owner's note is the reminder, e-mailed to every
   * officer the outreach went to with the outreach quoted below it. Escalation: the coordinator's note
   * goes to the Washington subject-matter experts whose portfolio the case was routed to, with the
   * outreach quoted. Both go on the case's timeline; one message per task (the task id is in the
   * idempotency key), so a retried completion sends nothing twice.
   */
  @Bean
  StepRecorder followUpSteps(CaseService cases, ContactService contacts, OutreachRepository messages, Outbox outbox) {
    return StepRecorder.of((task, input) -> {
      CaseDetails caseDetails = cases.get(task.businessKey());
      OutreachEntity outreach = messages.findByTenantIdAndCaseId(TenantContext.current().tenantId(), caseDetails.id())
          .orElseThrow(() -> new IllegalStateException("Case " + caseDetails.reference() + " has no outreach"));
      String quoted = input.strippedNote() + "\n\n— Our message to the embassy —\n\n"
          + "What is important about this issue\n" + outreach.important() + "\n\n"
          + "Why it matters to the United States\n" + outreach.whyUnitedStates() + "\n\n"
          + "What the embassy can do\n" + outreach.embassyAction() + "\n";
      String subject = caseDetails.title() + " (" + caseDetails.reference() + ")";
      CaseRouting routing = cases.routing(caseDetails.reference());
      if (Forms.FOLLOW_UP.equals(task.formKey())) {
        List<String> to = routing.officers().stream().map(Officer::email).filter(Objects::nonNull).toList();
        outbox.enqueue(new OutgoingMail("follow-up:" + caseDetails.id() + ":" + task.id(), to,
            "Following up: " + subject, quoted));
        cases.recordActivity(caseDetails.reference(), CaseActivity.Kind.FOLLOWED_UP, input.strippedNote());
        return;
      }
      List<Officer> experts = contacts.officers().stream()
          .filter(o -> o.inWashington() && o.email() != null && routing.portfolios().contains(o.portfolio()))
          .toList();
      if (!experts.isEmpty()) {
        outbox.enqueue(new OutgoingMail("escalation:" + caseDetails.id() + ":" + task.id(),
            experts.stream().map(Officer::email).toList(), "Request for support: " + subject, quoted));
      }
      cases.recordActivity(caseDetails.reference(), CaseActivity.Kind.ESCALATED, input.strippedNote() + " · "
          + (experts.isEmpty() ? "no Washington expert with an e-mail address is recorded for this case's portfolios"
              : "e-mailed " + experts.stream().map(Officer::name).collect(Collectors.joining(", "))));
    }, Forms.FOLLOW_UP, Forms.ESCALATE_TO_WASHINGTON);
  }
}
