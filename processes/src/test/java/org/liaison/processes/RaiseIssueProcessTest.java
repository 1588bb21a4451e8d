package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.processes.RaiseIssueProcess.Elements;
import org.liaison.processes.RaiseIssueProcess.Messages;
import org.liaison.processes.RaiseIssueProcess.Variables;

@Deployment(resources = {RaiseIssueProcess.RESOURCE, "bpmn/embassy-meeting-stub.bpmn"})
class RaiseIssueProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngine.fullyCovered("raise_issue");

  private static final String REFERENCE = "ACME-2026-0001";

  private final List<String> statusEvents = new ArrayList<>();
  private final List<String> routed = new ArrayList<>();
  private final List<String> sentTo = new ArrayList<>();
  private List<String> recipients = List.of("officer-1", "officer-2", "officer-3");

  /** Stands in for the bean that names the officers a case's outreach goes to. */
  public class OutreachPlan {
    public List<String> recipients(DelegateExecution execution) {
      assertThat(execution.getVariable(Variables.CASE_ID)).isEqualTo("case-1");
      assertThat(execution.getTenantId()).isEqualTo(TestEngine.TENANT);
      return recipients;
    }
  }

  @BeforeEach
  void registerBeans() {
    // Each test class has its own engine; the assertions must use this one.
    init(engine.getProcessEngine());
    ExecutionListener statusListener = (DelegateExecution execution) ->
        statusEvents.add(execution.getCurrentActivityId() + "@" + execution.getTenantId());
    JavaDelegate routeCase = execution -> {
      routed.add((String) execution.getVariable(Variables.CASE_ID));
      execution.setVariable(Variables.URGENCY, "URGENT");
    };
    JavaDelegate sendOutreach = execution -> sentTo.add((String) execution.getVariable(Variables.OFFICER_ID));
    Mocks.register(RecordModels.Beans.STATUS_LISTENER, statusListener);
    Mocks.register(RaiseIssueProcess.Beans.ROUTE_CASE_DELEGATE, routeCase);
    Mocks.register(RaiseIssueProcess.Beans.SEND_OUTREACH_DELEGATE, sendOutreach);
    Mocks.register(RaiseIssueProcess.Beans.OUTREACH_PLAN, new OutreachPlan());
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  private ProcessInstance raiseCase(int followUpsBeforeEscalation) {
    return runtimeService().startProcessInstanceByKey(RaiseIssueProcess.KEY, REFERENCE,
        withVariables(Variables.CASE_ID, "case-1", Variables.CASE_OWNER, "maria",
            Variables.FOLLOW_UP_INTERVAL, "P7D", Variables.FOLLOW_UPS_BEFORE_ESCALATION, followUpsBeforeEscalation,
            Variables.FOLLOW_UPS_SENT, 0));
  }

  /** Triage, routing, alignment, one draft, approval: the outreach is sent and the case waits. */
  private ProcessInstance sentOutreach(int followUpsBeforeEscalation) {
    ProcessInstance instance = raiseCase(followUpsBeforeEscalation);
    complete(task(instance));
    complete(task(instance));
    complete(task(instance));
    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, true));
    return instance;
  }

  private static void assertDueIn(Duration expected) {
    Instant due = job().getDuedate().toInstant();
    assertThat(Duration.between(Instant.now(), due).toSeconds()).isCloseTo(expected.toSeconds(), within(120L));
  }

  @Test
  void a_case_is_triaged_routed_aligned_drafted_reviewed_and_sent_to_every_chosen_officer() {
    ProcessInstance instance = raiseCase(3);

    assertThat(instance).isWaitingAt(Elements.TASK_TRIAGE_CASE);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator").isNotAssigned();
    assertThat(instance.getTenantId()).isEqualTo(TestEngine.TENANT);
    complete(task(instance));

    assertThat(routed).containsExactly("case-1");
    assertThat(instance).hasPassed(Elements.TASK_ROUTE_CASE).isWaitingAt(Elements.TASK_ALIGN_WITH_PRIORITIES);
    assertThat(instance).variables().containsEntry(Variables.URGENCY, "URGENT");
    assertThat(task(instance)).isAssignedTo("maria");
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_OUTREACH);
    assertThat(task(instance)).isAssignedTo("maria");
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_REVIEW_OUTREACH);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator");
    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, true));

    assertThat(sentTo).containsExactlyInAnyOrder("officer-1", "officer-2", "officer-3");
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REPLY_OR_TIMEOUT);
    assertDueIn(Duration.ofDays(7));
    assertThat(statusEvents).containsExactly(
        Elements.TASK_TRIAGE_CASE + "@acme", Elements.TASK_ALIGN_WITH_PRIORITIES + "@acme",
        Elements.TASK_DRAFT_OUTREACH + "@acme", Elements.TASK_REVIEW_OUTREACH + "@acme",
        Elements.GATEWAY_AWAIT_REPLY + "@acme");
  }

  @Test
  void an_outreach_sent_back_is_drafted_again_by_the_owner_until_approved() {
    ProcessInstance instance = raiseCase(3);
    complete(task(instance));
    complete(task(instance));
    complete(task(instance)); // first draft

    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, false));
    assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_OUTREACH);
    assertThat(task(instance)).isAssignedTo("maria");
    assertThat(sentTo).isEmpty();

    complete(task(instance)); // second draft
    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, false));
    complete(task(instance)); // third draft
    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, true));

    assertThat(sentTo).hasSize(3);
    assertThat(statusEvents).filteredOn(e -> e.startsWith(Elements.TASK_DRAFT_OUTREACH)).hasSize(3);
    assertThat(statusEvents).filteredOn(e -> e.startsWith(Elements.TASK_REVIEW_OUTREACH)).hasSize(3);
  }

  @Test
  void one_chosen_officer_gets_one_message() {
    recipients = List.of("officer-9");
    sentOutreach(3);
    assertThat(sentTo).containsExactly("officer-9");
  }

  @Test
  void a_reply_leads_to_the_meeting_then_monitoring_until_a_coordinator_closes_the_case() {
    ProcessInstance instance = sentOutreach(3);

    runtimeService().createMessageCorrelation(Messages.OFFICER_RESPONDED).processInstanceBusinessKey(REFERENCE)
        .setVariable(Variables.ENGAGEMENT_ID, "engagement-7").correlate();

    assertThat(instance).isWaitingAt(Elements.CALL_EMBASSY_MEETING);
    ProcessInstance meeting = runtimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(meeting.getBusinessKey()).isEqualTo(REFERENCE);
    assertThat(meeting.getTenantId()).isEqualTo(TestEngine.TENANT);
    assertThat(runtimeService().getVariables(meeting.getId())).containsAllEntriesOf(Map.of(
        "caseId", "case-1", "engagementId", "engagement-7", "meetingOwner", "maria", "confirmationWait", "P7D"));
    assertThat(task(meeting)).isAssignedTo("maria");
    complete(task(meeting));

    assertThat(instance).isWaitingAt(Elements.TASK_MONITOR_CASE);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator");
    complete(task(instance), withVariables(Variables.CASE_RESOLVED, false));

    assertThat(instance).isWaitingAt(Elements.EVENT_MONITORING_DUE);
    assertDueIn(Duration.ofDays(7));
    execute(job());
    assertThat(instance).isWaitingAt(Elements.TASK_MONITOR_CASE);
    complete(task(instance), withVariables(Variables.CASE_RESOLVED, true));

    assertThat(instance).isEnded().hasPassed(Elements.END_CASE_CLOSED);
    assertThat(statusEvents).endsWith(Elements.TASK_MONITOR_CASE + "@acme", Elements.TASK_MONITOR_CASE + "@acme",
        Elements.END_CASE_CLOSED + "@acme");
  }

  @Test
  void without_a_reply_each_interval_brings_a_follow_up_and_enough_of_them_escalate_to_washington() {
    ProcessInstance instance = sentOutreach(2);

    execute(job()); // first interval passes without a reply
    assertThat(instance).isWaitingAt(Elements.TASK_FOLLOW_UP);
    assertThat(task(instance)).isAssignedTo("maria");
    complete(task(instance));
    assertThat(instance).variables().containsEntry(Variables.FOLLOW_UPS_SENT, 1L);
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REPLY_OR_TIMEOUT);
    assertDueIn(Duration.ofDays(7));

    execute(job()); // second interval
    complete(task(instance));
    assertThat(instance).isWaitingAt(Elements.TASK_ESCALATE_TO_WASHINGTON);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator");
    complete(task(instance));

    assertThat(instance).variables().containsEntry(Variables.FOLLOW_UPS_SENT, 0L);
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REPLY_OR_TIMEOUT);

    execute(job()); // the count starts again after an escalation
    complete(task(instance));
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REPLY_OR_TIMEOUT);
    assertThat(statusEvents).filteredOn(e -> e.startsWith(Elements.TASK_FOLLOW_UP)).hasSize(3);
    assertThat(statusEvents).filteredOn(e -> e.startsWith(Elements.TASK_ESCALATE_TO_WASHINGTON)).hasSize(1);

    runtimeService().createMessageCorrelation(Messages.OFFICER_RESPONDED).processInstanceBusinessKey(REFERENCE)
        .setVariable(Variables.ENGAGEMENT_ID, "engagement-8").correlate();
    assertThat(instance).isWaitingAt(Elements.CALL_EMBASSY_MEETING);
  }

  @Test
  void a_withdrawn_case_ends_from_triage() {
    ProcessInstance instance = raiseCase(3);
    runtimeService().correlateMessage(Messages.CASE_WITHDRAWN, REFERENCE);
    assertThat(instance).isEnded().hasPassed(Elements.START_CASE_WITHDRAWN, Elements.END_CASE_WITHDRAWN);
    assertThat(statusEvents).endsWith(Elements.END_CASE_WITHDRAWN + "@acme");
  }

  @Test
  void a_withdrawn_case_ends_while_waiting_for_a_reply_and_its_timer_is_gone() {
    ProcessInstance instance = sentOutreach(3);
    runtimeService().correlateMessage(Messages.CASE_WITHDRAWN, REFERENCE);
    assertThat(instance).isEnded().hasNotPassed(Elements.EVENT_FOLLOW_UP_DUE);
    assertThat(engine.getProcessEngine().getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void a_withdrawn_case_ends_during_the_meeting_and_takes_the_meeting_with_it() {
    ProcessInstance instance = sentOutreach(3);
    runtimeService().createMessageCorrelation(Messages.OFFICER_RESPONDED).processInstanceBusinessKey(REFERENCE)
        .setVariable(Variables.ENGAGEMENT_ID, "engagement-9").correlate();

    runtimeService().createMessageCorrelation(Messages.CASE_WITHDRAWN).processInstanceBusinessKey(REFERENCE)
        .processInstanceId(instance.getId()).correlate();

    assertThat(instance).isEnded();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(REFERENCE).count()).isZero();
  }
}
