package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.processes.DefenderEmergencyProcess.Beans;
import org.liaison.processes.DefenderEmergencyProcess.Elements;
import org.liaison.processes.DefenderEmergencyProcess.Forms;
import org.liaison.processes.DefenderEmergencyProcess.Variables;

@Deployment(resources = DefenderEmergencyProcess.RESOURCE)
class DefenderEmergencyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngine.fullyCovered("defender_emergency");

  private static final String DEFENDER_ID = "defender-7";
  private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

  /** What {@code notifyHumanRightsOfficerDelegate} was called with: "defenderId@tenant". */
  private final List<String> notified = new ArrayList<>();
  /** What {@code warnCoordinatorsDelegate} was called with. */
  private final List<String> warned = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    // Several test classes share a JVM, each with its own engine: bind the assertions to ours.
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    JavaDelegate notifyOfficer = (DelegateExecution execution) ->
        notified.add(execution.getVariable(Variables.DEFENDER_ID) + "@" + execution.getTenantId());
    Mocks.register(Beans.NOTIFY_HUMAN_RIGHTS_OFFICER_DELEGATE, notifyOfficer);
    Mocks.register(Beans.WARN_COORDINATORS_DELEGATE,
        (JavaDelegate) execution -> warned.add(execution.getVariable(Variables.DEFENDER_ID) + "@" + execution.getTenantId()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void unregisterEngine() {
    // Leave the engine registry as we found it, so classes that look the engine up still find one.
    ProcessEngines.unregister(engine.getProcessEngine());
  }

  private ProcessInstance reportDefenderAtRisk() {
    return runtimeService().startProcessInstanceByKey(DefenderEmergencyProcess.KEY, withVariables(
        Variables.DEFENDER_ID, DEFENDER_ID,
        Variables.ASSESSMENT_SLA, "PT4H",
        Variables.ASSESSMENT_HALF_SLA, "PT2H",
        Variables.MONITORING_INTERVAL, "P7D"));
  }

  private static Date after(Duration duration) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration));
  }

  /** Assesses the risk as confirmed and completes both protection tasks; the instance then monitors. */
  private void confirmRiskAndProtect(ProcessInstance instance) {
    complete(task(Elements.TASK_ASSESS_RISK, instance), withVariables(Variables.RISK_CONFIRMED, true));
    assertThat(notified).containsExactly(DEFENDER_ID + "@acme");
    assertThat(instance).isWaitingAtExactly(Elements.GATEWAY_PROTECTION_JOIN,
        Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE, Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT);
    complete(task(Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE, instance));
    assertThat(instance).isWaitingAtExactly(Elements.GATEWAY_PROTECTION_JOIN, Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT);
    complete(task(Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT, instance));
    assertThat(instance).isWaitingAtExactly(Elements.TASK_MONITOR_DEFENDER);
  }

  @Test
  void a_confirmed_risk_notifies_the_officer_and_starts_assistance_and_engagement_in_parallel_then_monitoring() {
    ProcessInstance instance = reportDefenderAtRisk();

    assertThat(instance).isWaitingAtExactly(Elements.TASK_ASSESS_RISK);
    assertThat(task(instance)).hasCandidateGroup("acme:security").isNotAssigned().hasFormKey(Forms.ASSESS_DEFENDER_RISK);
    assertThat(job(Elements.EVENT_ASSESSMENT_OVERDUE, instance).getDuedate()).isEqualTo(after(Duration.ofHours(4)));
    assertThat(job(Elements.EVENT_HALF_SLA_PASSED, instance).getDuedate()).isEqualTo(after(Duration.ofHours(2)));

    complete(task(instance), withVariables(Variables.RISK_CONFIRMED, true));
    assertThat(notified).containsExactly(DEFENDER_ID + "@acme");
    assertThat(instance).as("the officer is notified at once; the notification branch waits at the join")
        .isWaitingAtExactly(Elements.GATEWAY_PROTECTION_JOIN,
            Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE, Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("SLA timer gone with the assessment").isZero();
    assertThat(task(Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE, instance)).hasCandidateGroup("acme:security")
        .hasFormKey(Forms.CONNECT_EMERGENCY_ASSISTANCE);
    assertThat(task(Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT, instance)).hasCandidateGroup("acme:security")
        .hasFormKey(Forms.REQUEST_DIPLOMATIC_ENGAGEMENT);

    complete(task(Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT, instance));
    assertThat(instance).as("monitoring waits for every protection step")
        .isWaitingAtExactly(Elements.GATEWAY_PROTECTION_JOIN, Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE);
    complete(task(Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE, instance));

    assertThat(instance).isWaitingAtExactly(Elements.TASK_MONITOR_DEFENDER);
    assertThat(task(instance)).hasCandidateGroup("acme:security").hasFormKey(Forms.MONITOR_DEFENDER);
    complete(task(instance), withVariables(Variables.DEFENDER_SAFE, true));

    assertThat(instance).isEnded().hasPassedInOrder(
        Elements.START_DEFENDER_AT_RISK, Elements.TASK_ASSESS_RISK, Elements.GATEWAY_RISK_CONFIRMED,
        Elements.GATEWAY_PROTECTION_FORK, Elements.GATEWAY_PROTECTION_JOIN, Elements.GATEWAY_MONITOR_AGAIN,
        Elements.TASK_MONITOR_DEFENDER, Elements.GATEWAY_DEFENDER_SAFE, Elements.END_DEFENDER_CASE_CLOSED);
    assertThat(instance).hasPassed(Elements.TASK_NOTIFY_HUMAN_RIGHTS_OFFICER)
        .hasNotPassed(Elements.EVENT_ASSESSMENT_OVERDUE, Elements.TASK_ESCALATE_ASSESSMENT, Elements.EVENT_NEXT_CHECK_DUE);
    assertThat(warned).as("assessed within half the SLA: nobody warned").isEmpty();
    assertThat(instance).variables().containsOnlyKeys(Variables.DEFENDER_ID, Variables.ASSESSMENT_SLA,
        Variables.ASSESSMENT_HALF_SLA, Variables.MONITORING_INTERVAL, Variables.RISK_CONFIRMED, Variables.DEFENDER_SAFE);
  }

  @Test
  void an_unconfirmed_risk_ends_without_protection() {
    ProcessInstance instance = reportDefenderAtRisk();

    complete(task(instance), withVariables(Variables.RISK_CONFIRMED, false));

    assertThat(instance).isEnded().hasPassed(Elements.END_NO_PROTECTION_NEEDED)
        .hasNotPassed(Elements.GATEWAY_PROTECTION_FORK, Elements.TASK_NOTIFY_HUMAN_RIGHTS_OFFICER);
    assertThat(notified).isEmpty();
  }

  @Test
  void a_defender_not_yet_safe_is_checked_again_after_each_monitoring_interval_until_safe() {
    ProcessInstance instance = reportDefenderAtRisk();
    confirmRiskAndProtect(instance);

    complete(task(instance), withVariables(Variables.DEFENDER_SAFE, false));
    assertThat(instance).isWaitingAtExactly(Elements.EVENT_NEXT_CHECK_DUE);
    assertThat(job(instance).getDuedate()).isEqualTo(after(Duration.ofDays(7)));
    execute(job(instance));

    assertThat(instance).isWaitingAtExactly(Elements.TASK_MONITOR_DEFENDER);
    assertThat(task(instance)).hasCandidateGroup("acme:security");
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(7))));
    complete(task(instance), withVariables(Variables.DEFENDER_SAFE, false));
    assertThat(instance).isWaitingAtExactly(Elements.EVENT_NEXT_CHECK_DUE);
    assertThat(job(instance).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
    execute(job(instance));

    complete(task(instance), withVariables(Variables.DEFENDER_SAFE, true));
    assertThat(instance).isEnded().hasPassed(Elements.END_DEFENDER_CASE_CLOSED);
    assertThat(engine.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId(Elements.TASK_MONITOR_DEFENDER).count()).isEqualTo(3);
    assertThat(notified).as("the officer is notified once, not per check").hasSize(1);
  }

  @Test
  void an_assessment_past_its_sla_is_escalated_to_a_coordinator_while_the_assessment_stays_open() {
    ProcessInstance instance = reportDefenderAtRisk();
    assertThat(job(Elements.EVENT_ASSESSMENT_OVERDUE, instance).getDuedate())
        .isEqualTo(Date.from(NOW.plus(Duration.ofHours(4))));

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(2))));
    execute(job(Elements.EVENT_HALF_SLA_PASSED, instance));
    assertThat(warned).as("half the SLA: the coordinators are warned once").containsExactly(DEFENDER_ID + "@acme");
    assertThat(instance).isWaitingAtExactly(Elements.TASK_ASSESS_RISK).hasPassed(Elements.END_COORDINATORS_WARNED);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(4))));
    execute(job(Elements.EVENT_ASSESSMENT_OVERDUE, instance));

    assertThat(instance).isWaitingAtExactly(Elements.TASK_ASSESS_RISK, Elements.TASK_ESCALATE_ASSESSMENT)
        .hasPassed(Elements.EVENT_ASSESSMENT_OVERDUE);
    assertThat(task(Elements.TASK_ESCALATE_ASSESSMENT, instance)).hasCandidateGroup("acme:coordinator")
        .isNotAssigned().hasFormKey(Forms.ESCALATE_DEFENDER_ASSESSMENT);
    assertThat(task(Elements.TASK_ASSESS_RISK, instance)).hasCandidateGroup("acme:security");
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("the SLA fires once").isZero();

    complete(task(Elements.TASK_ESCALATE_ASSESSMENT, instance));
    assertThat(instance).isNotEnded().hasPassed(Elements.END_ESCALATION_HANDLED)
        .isWaitingAtExactly(Elements.TASK_ASSESS_RISK);

    confirmRiskAndProtect(instance);
    complete(task(instance), withVariables(Variables.DEFENDER_SAFE, true));
    assertThat(instance).isEnded().hasPassed(Elements.END_DEFENDER_CASE_CLOSED);
  }

  @Test
  void an_assessment_still_open_when_its_escalation_is_handled_can_still_end_without_protection() {
    ProcessInstance instance = reportDefenderAtRisk();
    execute(job(Elements.EVENT_ASSESSMENT_OVERDUE, instance));

    complete(task(Elements.TASK_ASSESS_RISK, instance), withVariables(Variables.RISK_CONFIRMED, false));
    assertThat(instance).as("the escalation keeps the case open").isNotEnded()
        .isWaitingAtExactly(Elements.TASK_ESCALATE_ASSESSMENT).hasPassed(Elements.END_NO_PROTECTION_NEEDED);

    complete(task(Elements.TASK_ESCALATE_ASSESSMENT, instance));
    assertThat(instance).isEnded().hasPassed(Elements.END_ESCALATION_HANDLED);
  }
}
