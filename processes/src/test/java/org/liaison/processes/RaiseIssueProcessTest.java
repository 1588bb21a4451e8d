package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.processes.RaiseIssueProcess.Elements;
import org.liaison.processes.RaiseIssueProcess.Variables;

@Deployment(resources = RaiseIssueProcess.RESOURCE)
class RaiseIssueProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
      .builder(TestEngine.configuration("raise_issue"))
      .assertClassCoverageAtLeast(1.0)
      .build();

  private final List<String> statusEvents = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    // Each test class has its own engine; the assertions must use this one.
    init(engine.getProcessEngine());
    ExecutionListener recordingListener = (DelegateExecution execution) ->
        statusEvents.add(execution.getCurrentActivityId() + "@" + execution.getTenantId());
    Mocks.register(RaiseIssueProcess.Beans.CASE_STATUS_LISTENER, recordingListener);
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    reset();
  }

  private ProcessInstance raiseCase() {
    RuntimeService runtime = engine.getProcessEngine().getRuntimeService();
    return runtime.startProcessInstanceByKey(RaiseIssueProcess.KEY, "ACME-2026-0001",
        withVariables(Variables.CASE_ID, "case-1", Variables.CASE_OWNER, "maria"));
  }

  @Test
  void an_approved_outreach_goes_from_triage_to_recorded_sending() {
    ProcessInstance instance = raiseCase();

    assertThat(instance).isWaitingAt(Elements.TASK_TRIAGE_CASE);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator").isNotAssigned();
    assertThat(instance.getTenantId()).isEqualTo(TestEngine.TENANT);
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_OUTREACH);
    assertThat(task(instance)).isAssignedTo("maria");
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_REVIEW_OUTREACH);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator");
    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, true));

    assertThat(instance).isWaitingAt(Elements.TASK_RECORD_SENDING);
    assertThat(task(instance)).isAssignedTo("maria");
    complete(task(instance));

    assertThat(instance).isEnded().hasPassedInOrder(
        Elements.START_CASE_RAISED, Elements.TASK_TRIAGE_CASE, Elements.GATEWAY_DRAFT_OR_REWORK, Elements.TASK_DRAFT_OUTREACH,
        Elements.TASK_REVIEW_OUTREACH, Elements.GATEWAY_OUTREACH_APPROVED,
        Elements.TASK_RECORD_SENDING, Elements.END_OUTREACH_SENT);
    assertThat(statusEvents).containsExactly(
        Elements.TASK_TRIAGE_CASE + "@acme", Elements.TASK_DRAFT_OUTREACH + "@acme",
        Elements.TASK_REVIEW_OUTREACH + "@acme", Elements.TASK_RECORD_SENDING + "@acme",
        Elements.END_OUTREACH_SENT + "@acme");
  }

  @Test
  void an_outreach_sent_back_is_drafted_again_by_the_owner_until_approved() {
    ProcessInstance instance = raiseCase();
    complete(task(instance));
    complete(task(instance)); // first draft

    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, false));
    assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_OUTREACH);
    assertThat(task(instance)).isAssignedTo("maria");

    complete(task(instance)); // second draft
    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, false));
    assertThat(instance).isWaitingAt(Elements.TASK_DRAFT_OUTREACH);

    complete(task(instance)); // third draft
    complete(task(instance), withVariables(Variables.OUTREACH_APPROVED, true));
    assertThat(instance).isWaitingAt(Elements.TASK_RECORD_SENDING);
    complete(task(instance));

    assertThat(instance).isEnded();
    assertThat(statusEvents).filteredOn(e -> e.startsWith(Elements.TASK_DRAFT_OUTREACH)).hasSize(3);
    assertThat(statusEvents).filteredOn(e -> e.startsWith(Elements.TASK_REVIEW_OUTREACH)).hasSize(3);
  }
}
