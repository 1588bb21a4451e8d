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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.processes.CourtHearingProcess.Elements;
import org.liaison.processes.CourtHearingProcess.Forms;
import org.liaison.processes.CourtHearingProcess.Messages;
import org.liaison.processes.CourtHearingProcess.Variables;

@Deployment(resources = CourtHearingProcess.RESOURCE)
class CourtHearingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngine.fullyCovered("court_hearing");

  private static final String HEARING_DATE = "2026-12-14T09:00:00Z";
  private static final String REQUEST_AT = "2026-11-30T09:00:00Z";
  private static final String ADJOURNED_HEARING_DATE = "2027-02-08T09:30:00Z";
  private static final String ADJOURNED_REQUEST_AT = "2027-01-25T09:30:00Z";

  /** Where the status listener was called, in order. */
  private final List<String> statusSteps = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register(RecordModels.Beans.STATUS_LISTENER,
        (ExecutionListener) execution -> statusSteps.add(execution.getCurrentActivityId()));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T08:00:00Z")));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  private ProcessInstance scheduleHearing() {
    return runtimeService().startProcessInstanceByKey(CourtHearingProcess.KEY, withVariables(
        Variables.HEARING_ID, "hearing-1", Variables.HEARING_OWNER, "maria",
        Variables.HEARING_DATE, HEARING_DATE, Variables.REQUEST_ATTENDANCE_AT, REQUEST_AT));
  }

  private void adjourn(ProcessInstance instance, String newHearingDate, String newRequestAt) {
    runtimeService().createMessageCorrelation(Messages.HEARING_ADJOURNED)
        .processInstanceId(instance.getId())
        .setVariable(Variables.HEARING_DATE, newHearingDate)
        .setVariable(Variables.REQUEST_ATTENDANCE_AT, newRequestAt)
        .correlate();
  }

  private static Date at(String isoDateTime) {
    return Date.from(Instant.parse(isoDateTime));
  }

  /** Fires the request timer and completes the request and the confirmation of attendance. */
  private void requestAndConfirmAttendance(ProcessInstance instance) {
    execute(job(instance));
    assertThat(instance).isWaitingAt(Elements.TASK_REQUEST_ATTENDANCE);
    complete(task(instance));
    assertThat(instance).isWaitingAt(Elements.TASK_CONFIRM_ATTENDANCE);
    complete(task(instance));
  }

  @Test
  void attendance_is_requested_at_the_request_date_and_the_observation_recorded_on_the_hearing_day_then_debriefed() {
    ProcessInstance instance = scheduleHearing();

    assertThat(instance).isWaitingAt(Elements.EVENT_REQUEST_DUE);
    assertThat(instance.getTenantId()).isEqualTo(TestEngine.TENANT);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(REQUEST_AT));
    execute(job(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_REQUEST_ATTENDANCE);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.REQUEST_HEARING_ATTENDANCE);
    // due from the record: attendance must be asked for before the hearing, whatever the coalition's periods
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).hasSameTimeAs(at(HEARING_DATE));
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_CONFIRM_ATTENDANCE);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.CONFIRM_HEARING_ATTENDANCE);
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).hasSameTimeAs(at(HEARING_DATE));
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.EVENT_HEARING_DAY);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(HEARING_DATE));
    execute(job(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_RECORD_OBSERVATION);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.RECORD_HEARING_OBSERVATION);
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_DEBRIEF_HEARING);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator").isNotAssigned().hasFormKey(Forms.DEBRIEF_HEARING);
    complete(task(instance));

    assertThat(instance).isEnded().hasPassedInOrder(
        Elements.START_HEARING_SCHEDULED, Elements.GATEWAY_HEARING_RESCHEDULED, Elements.START_TIMELINE_STARTED,
        Elements.EVENT_REQUEST_DUE, Elements.TASK_REQUEST_ATTENDANCE, Elements.TASK_CONFIRM_ATTENDANCE,
        Elements.EVENT_HEARING_DAY, Elements.TASK_RECORD_OBSERVATION, Elements.END_TIMELINE_COMPLETED,
        Elements.TASK_DEBRIEF_HEARING, Elements.END_HEARING_OBSERVED);
    assertThat(instance).hasPassed(Elements.SUB_PROCESS_HEARING_TIMELINE)
        .hasNotPassed(Elements.EVENT_HEARING_ADJOURNED, Elements.EVENT_HEARING_CANCELLED);
    assertThat(statusSteps).as("the hearing record follows the instance").containsExactly(
        Elements.EVENT_REQUEST_DUE, Elements.TASK_REQUEST_ATTENDANCE, Elements.TASK_CONFIRM_ATTENDANCE,
        Elements.EVENT_HEARING_DAY, Elements.TASK_RECORD_OBSERVATION, Elements.TASK_DEBRIEF_HEARING,
        Elements.END_HEARING_OBSERVED);
  }

  @Test
  void an_adjournment_before_the_request_date_moves_the_request_timer_to_the_new_request_date() {
    ProcessInstance instance = scheduleHearing();
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(REQUEST_AT));

    adjourn(instance, ADJOURNED_HEARING_DATE, ADJOURNED_REQUEST_AT);

    assertThat(instance).isWaitingAt(Elements.EVENT_REQUEST_DUE)
        .hasPassed(Elements.EVENT_HEARING_ADJOURNED).hasNotPassed(Elements.TASK_REQUEST_ATTENDANCE);
    assertThat(instance).variables()
        .containsEntry(Variables.HEARING_DATE, ADJOURNED_HEARING_DATE)
        .containsEntry(Variables.REQUEST_ATTENDANCE_AT, ADJOURNED_REQUEST_AT);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("the old timer is gone").isEqualTo(1);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(ADJOURNED_REQUEST_AT));

    requestAndConfirmAttendance(instance);
    assertThat(instance).isWaitingAt(Elements.EVENT_HEARING_DAY);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(ADJOURNED_HEARING_DATE));
  }

  @Test
  void an_adjournment_after_attendance_was_confirmed_starts_the_timeline_again_from_the_new_dates() {
    ProcessInstance instance = scheduleHearing();
    requestAndConfirmAttendance(instance);
    assertThat(instance).isWaitingAt(Elements.EVENT_HEARING_DAY);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(HEARING_DATE));

    adjourn(instance, ADJOURNED_HEARING_DATE, ADJOURNED_REQUEST_AT);

    assertThat(instance).isWaitingAt(Elements.EVENT_REQUEST_DUE);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("the old hearing-day timer is gone").isEqualTo(1);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(ADJOURNED_REQUEST_AT));
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();

    requestAndConfirmAttendance(instance);
    assertThat(instance).isWaitingAt(Elements.EVENT_HEARING_DAY);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(at(ADJOURNED_HEARING_DATE));
    execute(job(instance));
    complete(task(instance)); // observation
    assertThat(instance).isWaitingAt(Elements.TASK_DEBRIEF_HEARING);
    complete(task(instance));

    assertThat(instance).isEnded().hasPassedInOrder(
        Elements.TASK_CONFIRM_ATTENDANCE, Elements.EVENT_HEARING_ADJOURNED, Elements.GATEWAY_HEARING_RESCHEDULED,
        Elements.EVENT_REQUEST_DUE, Elements.TASK_REQUEST_ATTENDANCE, Elements.TASK_CONFIRM_ATTENDANCE,
        Elements.EVENT_HEARING_DAY, Elements.TASK_RECORD_OBSERVATION, Elements.END_HEARING_OBSERVED);
    assertThat(statusSteps).as("after the adjournment the record is back to waiting for the new request date")
        .containsSubsequence(Elements.TASK_CONFIRM_ATTENDANCE, Elements.EVENT_REQUEST_DUE,
            Elements.TASK_REQUEST_ATTENDANCE);
  }

  @Test
  void a_cancelled_hearing_ends_without_observation_or_debrief() {
    ProcessInstance instance = scheduleHearing();
    execute(job(instance));
    assertThat(instance).isWaitingAt(Elements.TASK_REQUEST_ATTENDANCE);

    runtimeService().createMessageCorrelation(Messages.HEARING_CANCELLED)
        .processInstanceId(instance.getId())
        .correlate();

    assertThat(instance).isEnded().hasPassed(Elements.EVENT_HEARING_CANCELLED, Elements.END_HEARING_CANCELLED)
        .hasNotPassed(Elements.TASK_CONFIRM_ATTENDANCE, Elements.TASK_RECORD_OBSERVATION, Elements.TASK_DEBRIEF_HEARING);
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(statusSteps).endsWith(Elements.TASK_REQUEST_ATTENDANCE, Elements.END_HEARING_CANCELLED);
  }
}
