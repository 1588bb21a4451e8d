package org.liaison.outreach.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseRouting;
import org.liaison.cases.CaseService;
import org.liaison.mail.OutgoingMail;
import org.liaison.mail.Outbox;
import org.liaison.officers.ContactService;
import org.liaison.officers.Officer;
import org.liaison.processes.RaiseIssueProcess.Forms;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecorder;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * The follow-up and escalation steps. Follow-up: the owner's note is the reminder, e-mailed to every
 * officer the outreach went to with the outreach quoted below it. Escalation: the coordinator's note
 * goes to the Washington subject-matter experts whose portfolio the case was routed to, with the
 * outreach quoted. Both go on the case's timeline; one message per task (the task id is in the
 * idempotency key), so a retried completion sends nothing twice.
 */
@Component
class FollowUpSteps implements StepRecorder {

  private final CaseService cases;
  private final ContactService contacts;
  private final OutreachRepository messages;
  private final Outbox outbox;

  FollowUpSteps(CaseService cases, ContactService contacts, OutreachRepository messages, Outbox outbox) {
    this.cases = cases;
    this.contacts = contacts;
    this.messages = messages;
    this.outbox = outbox;
  }

  @Override
  public Set<String> formKeys() {
    return Set.of(Forms.FOLLOW_UP, Forms.ESCALATE_TO_WASHINGTON);
  }

  @Override
  public Map<String, Object> record(WorkItem task, StepInput input) {
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
      return Map.of();
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
    return Map.of();
  }
}
