package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.processes.RelationshipCadenceProcess.Elements;
import org.liaison.processes.RelationshipCadenceProcess.Forms;
import org.liaison.processes.RelationshipCadenceProcess.Messages;
import org.liaison.processes.RelationshipCadenceProcess.Variables;

@Deployment(resources = RelationshipCadenceProcess.RESOURCE)
class RelationshipCadenceProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngine.fullyCovered("relationship_cadence");

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private static final String OFFICER = "officer-7";

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    setClock(NOW);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    reset();
  }

  private ProcessInstance addOfficer() {
    return runtimeService().startProcessInstanceByKey(RelationshipCadenceProcess.KEY, OFFICER,
        withVariables(Variables.OFFICER_ID, OFFICER, Variables.CONTACT_CADENCE, "P90D"));
  }

  /** The application knows the officer, not the instance: it correlates by business key. */
  private void correlate(String message) {
    runtimeService().createMessageCorrelation(message)
        .processInstanceBusinessKey(OFFICER)
        .correlate();
  }

  private static void setClock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private static Date daysAfterStart(int days) {
    return Date.from(NOW.plus(Duration.ofDays(days)));
  }

  @Test
  void a_new_officer_is_due_for_contact_after_the_contact_cadence() {
    ProcessInstance instance = addOfficer();

    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONTACT_OR_DUE);
    assertThat(instance.getBusinessKey()).isEqualTo(OFFICER);
    assertThat(instance.getTenantId()).isEqualTo(TestEngine.TENANT);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(daysAfterStart(90));
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void each_contact_restarts_the_cadence_so_no_one_is_asked_to_reach_out_early() {
    ProcessInstance instance = addOfficer();

    setClock(NOW.plus(Duration.ofDays(30)));
    correlate(Messages.OFFICER_CONTACTED);
    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONTACT_OR_DUE);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("one timer, not one per contact").isEqualTo(1);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(daysAfterStart(30 + 90));

    setClock(NOW.plus(Duration.ofDays(100)));
    correlate(Messages.OFFICER_CONTACTED);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(daysAfterStart(100 + 90));

    assertThat(instance).hasPassed(Elements.EVENT_OFFICER_CONTACTED, Elements.GATEWAY_AWAIT_CONTACT)
        .hasNotPassed(Elements.EVENT_CADENCE_DUE, Elements.TASK_REACH_OUT);
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void when_the_cadence_passes_without_contact_a_member_reaches_out_and_the_cadence_starts_again() {
    ProcessInstance instance = addOfficer();

    setClock(NOW.plus(Duration.ofDays(90)));
    execute(job(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_REACH_OUT);
    assertThat(task(instance)).hasCandidateGroup("acme:member").isNotAssigned().hasFormKey(Forms.REACH_OUT);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("no cadence runs while the task is open").isZero();

    setClock(NOW.plus(Duration.ofDays(92)));
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONTACT_OR_DUE);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(daysAfterStart(92 + 90));
    assertThat(instance).hasPassedInOrder(Elements.START_OFFICER_ADDED, Elements.GATEWAY_AWAIT_CONTACT,
        Elements.GATEWAY_CONTACT_OR_DUE, Elements.EVENT_CADENCE_DUE, Elements.TASK_REACH_OUT);
  }

  @Test
  void archiving_the_officer_ends_the_relationship_and_leaves_no_timer() {
    ProcessInstance instance = addOfficer();
    correlate(Messages.OFFICER_CONTACTED);

    correlate(Messages.OFFICER_ARCHIVED);

    assertThat(instance).isEnded().hasPassed(Elements.EVENT_OFFICER_ARCHIVED, Elements.END_RELATIONSHIP_ENDED)
        .hasNotPassed(Elements.TASK_REACH_OUT);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void archiving_the_officer_while_a_reach_out_is_open_withdraws_the_task_and_ends_the_relationship() {
    ProcessInstance instance = addOfficer();
    setClock(NOW.plus(Duration.ofDays(90)));
    execute(job(instance));
    assertThat(instance).isWaitingAt(Elements.TASK_REACH_OUT);
    assertThat(runtimeService().createExecutionQuery().messageEventSubscriptionName(Messages.OFFICER_ARCHIVED)
        .processInstanceBusinessKey(OFFICER).count()).as("archiving is always awaited while the instance runs").isEqualTo(1);
    correlate(Messages.OFFICER_ARCHIVED);

    assertThat(instance).isEnded().hasPassed(Elements.EVENT_ARCHIVED_WHILE_REACHING_OUT,
        Elements.END_ARCHIVED_WHILE_REACHING_OUT).hasNotPassed(Elements.END_RELATIONSHIP_ENDED);
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void a_contact_recorded_while_a_reach_out_is_open_counts_as_the_reach_out_and_restarts_the_cadence() {
    ProcessInstance instance = addOfficer();
    setClock(NOW.plus(Duration.ofDays(90)));
    execute(job(instance));
    assertThat(instance).isWaitingAt(Elements.TASK_REACH_OUT);

    setClock(NOW.plus(Duration.ofDays(95)));
    correlate(Messages.OFFICER_CONTACTED);

    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONTACT_OR_DUE)
        .hasPassed(Elements.EVENT_CONTACTED_WHILE_REACHING_OUT);
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).as("the reach-out is withdrawn").isZero();
    assertThat(job(instance).getDuedate()).hasSameTimeAs(daysAfterStart(95 + 90));
  }

  @Test
  void a_changed_cadence_restarts_the_clock_with_the_new_duration() {
    ProcessInstance instance = addOfficer();

    setClock(NOW.plus(Duration.ofDays(10)));
    runtimeService().createMessageCorrelation(Messages.CADENCE_CHANGED).processInstanceBusinessKey(OFFICER)
        .setVariable(Variables.CONTACT_CADENCE, "P30D").correlate();

    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONTACT_OR_DUE).hasPassed(Elements.EVENT_CADENCE_CHANGED);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(daysAfterStart(10 + 30));
  }

  @Test
  void a_cadence_changed_while_a_reach_out_is_open_keeps_the_task_and_applies_from_the_next_round() {
    ProcessInstance instance = addOfficer();
    setClock(NOW.plus(Duration.ofDays(90)));
    execute(job(instance));

    runtimeService().createMessageCorrelation(Messages.CADENCE_CHANGED).processInstanceBusinessKey(OFFICER)
        .setVariable(Variables.CONTACT_CADENCE, "P14D").correlate();
    assertThat(instance).isWaitingAt(Elements.TASK_REACH_OUT).hasPassed(Elements.END_CADENCE_NOTED);

    setClock(NOW.plus(Duration.ofDays(91)));
    complete(task(instance));
    assertThat(job(instance).getDuedate()).hasSameTimeAs(daysAfterStart(91 + 14));
  }
}
