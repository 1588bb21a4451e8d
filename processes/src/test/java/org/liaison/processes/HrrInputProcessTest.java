package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import org.liaison.processes.HrrInputProcess.Beans;
import org.liaison.processes.HrrInputProcess.Elements;
import org.liaison.processes.HrrInputProcess.Errors;
import org.liaison.processes.HrrInputProcess.Forms;
import org.liaison.processes.HrrInputProcess.Messages;
import org.liaison.processes.HrrInputProcess.Variables;

@Deployment(resources = HrrInputProcess.RESOURCE)
class HrrInputProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngine.fullyCovered("hrr_input");

  private static final int FIRST_YEAR = 2026;

  /** Cycle ids (with tenant) the opening delegate created, in order. */
  private final List<String> opened = new ArrayList<>();
  /** Cycle ids the call-for-input, reminder and submission delegates were called for. */
  private final List<String> calledForInput = new ArrayList<>();
  private final List<String> reminded = new ArrayList<>();
  private final List<String> submitted = new ArrayList<>();
  /** From this opening on (1-based) the opening delegate finds no cycle to open; 0 = never. */
  private int noCycleFromOpening;

  @BeforeEach
  void registerBeans() {
    // Several test classes share a JVM, each with its own engine: bind the assertions to ours.
    BpmnAwareTests.init(engine.getProcessEngine());
    JavaDelegate openCycle = (DelegateExecution execution) -> {
      int opening = opened.size() + 1;
      if (noCycleFromOpening > 0 && opening >= noCycleFromOpening) {
        throw new BpmnError(Errors.NO_HRR_CYCLE, "no further cycle for this country");
      }
      int year = FIRST_YEAR + opening - 1;
      String cycleId = cycleId(year);
      execution.setVariable(Variables.HRR_CYCLE_ID, cycleId);
      execution.setVariable(Variables.REMINDER_AT, reminderAt(year));
      execution.setVariable(Variables.SUBMISSION_DEADLINE, submissionDeadline(year));
      execution.setVariable(Variables.NEXT_CYCLE_OPENS, nextCycleOpens(year));
      opened.add(cycleId + "@" + execution.getTenantId());
    };
    Mocks.register(Beans.OPEN_HRR_CYCLE_DELEGATE, openCycle);
    Mocks.register(Beans.CALL_FOR_HRR_INPUT_DELEGATE, recordingCycleId(calledForInput));
    Mocks.register(Beans.REMIND_HRR_MEMBERS_DELEGATE, recordingCycleId(reminded));
    Mocks.register(Beans.SUBMIT_HRR_INPUT_DELEGATE, recordingCycleId(submitted));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @AfterAll
  static void unregisterEngine() {
    // Leave the engine registry as we found it, so classes that look the engine up still find one.
    ProcessEngines.unregister(engine.getProcessEngine());
  }

  private static JavaDelegate recordingCycleId(List<String> calls) {
    return (DelegateExecution execution) -> calls.add((String) execution.getVariable(Variables.HRR_CYCLE_ID));
  }

  private static String cycleId(int year) {
    return "hrr-GT-" + year;
  }

  private static String reminderAt(int year) {
    return year + "-02-15T09:00:00Z";
  }

  private static String submissionDeadline(int year) {
    return year + "-03-01T17:00:00Z";
  }

  private static String nextCycleOpens(int year) {
    return (year + 1) + "-01-10T09:00:00Z";
  }

  private static Date at(String isoDateTime) {
    return Date.from(Instant.parse(isoDateTime));
  }

  private ProcessInstance startCalendar() {
    return runtimeService().startProcessInstanceByKey(HrrInputProcess.KEY, "GT",
        withVariables(Variables.COUNTRY, "GT"));
  }

  private void stopCalendar(ProcessInstance instance) {
    runtimeService().createMessageCorrelation(Messages.HRR_CALENDAR_STOPPED)
        .processInstanceId(instance.getId())
        .correlate();
  }

  /** From an opened cycle: reminder, deadline, compilation and review (approved first time). */
  private void reachCompilation(ProcessInstance instance, int year) {
    assertThat(instance).isWaitingAtExactly(Elements.EVENT_REMINDER_DUE);
    assertThat(job(instance).getDuedate()).isEqualTo(at(reminderAt(year)));
    execute(job(instance));
    assertThat(reminded).last().isEqualTo(cycleId(year));

    assertThat(instance).isWaitingAtExactly(Elements.EVENT_SUBMISSION_DEADLINE);
    assertThat(job(instance).getDuedate()).isEqualTo(at(submissionDeadline(year)));
    execute(job(instance));

    assertThat(instance).isWaitingAtExactly(Elements.TASK_COMPILE_INPUT);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator").isNotAssigned()
        .hasFormKey(Forms.COMPILE_HRR_INPUT);
  }

  private void compileAndReview(ProcessInstance instance, boolean approved) {
    assertThat(instance).isWaitingAtExactly(Elements.TASK_COMPILE_INPUT);
    complete(task(instance));
    assertThat(instance).isWaitingAtExactly(Elements.TASK_REVIEW_COMPILATION);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator").hasFormKey(Forms.REVIEW_HRR_COMPILATION);
    complete(task(instance), withVariables(Variables.COMPILATION_APPROVED, approved));
  }

  /** From the approved review: submission, acknowledgement, and the wait for the next cycle. */
  private void submitAndAcknowledge(ProcessInstance instance, int year) {
    assertThat(submitted).last().isEqualTo(cycleId(year));
    assertThat(instance).isWaitingAtExactly(Elements.TASK_RECORD_ACKNOWLEDGEMENT);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator").hasFormKey(Forms.RECORD_HRR_ACKNOWLEDGEMENT);
    complete(task(instance));

    assertThat(instance).isWaitingAtExactly(Elements.EVENT_NEXT_CYCLE_DUE);
    assertThat(job(instance).getDuedate()).isEqualTo(at(nextCycleOpens(year)));
  }

  @Test
  void two_yearly_cycles_run_in_turn_each_with_its_own_cycle_and_dates_until_the_calendar_is_stopped() {
    ProcessInstance instance = startCalendar();
    assertThat(opened).containsExactly(cycleId(2026) + "@acme");
    assertThat(calledForInput).containsExactly(cycleId(2026));
    assertThat(instance).variables()
        .containsEntry(Variables.HRR_CYCLE_ID, cycleId(2026))
        .containsEntry(Variables.REMINDER_AT, reminderAt(2026))
        .containsEntry(Variables.SUBMISSION_DEADLINE, submissionDeadline(2026))
        .containsEntry(Variables.NEXT_CYCLE_OPENS, nextCycleOpens(2026));

    reachCompilation(instance, 2026);
    compileAndReview(instance, true);
    submitAndAcknowledge(instance, 2026);

    execute(job(instance)); // the next cycle opens
    assertThat(opened).containsExactly(cycleId(2026) + "@acme", cycleId(2027) + "@acme");
    assertThat(calledForInput).containsExactly(cycleId(2026), cycleId(2027));
    reachCompilation(instance, 2027);
    compileAndReview(instance, true);
    submitAndAcknowledge(instance, 2027);

    assertThat(reminded).containsExactly(cycleId(2026), cycleId(2027));
    assertThat(submitted).containsExactly(cycleId(2026), cycleId(2027));

    stopCalendar(instance);
    assertThat(instance).isEnded().hasPassed(
        Elements.SUBPROCESS_STOP_CALENDAR, Elements.EVENT_CALENDAR_STOPPED, Elements.END_CALENDAR_STOPPED);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void a_compilation_sent_back_is_compiled_again_until_approved_and_submitted_once() {
    ProcessInstance instance = startCalendar();
    reachCompilation(instance, 2026);

    compileAndReview(instance, false);
    assertThat(instance).isWaitingAtExactly(Elements.TASK_COMPILE_INPUT);
    assertThat(task(instance)).hasCandidateGroup("acme:coordinator");
    compileAndReview(instance, false);
    assertThat(submitted).isEmpty();
    compileAndReview(instance, true);

    submitAndAcknowledge(instance, 2026);
    assertThat(submitted).containsExactly(cycleId(2026));
    assertThat(instance).hasPassedInOrder(
        Elements.START_HRR_CALENDAR_STARTED, Elements.GATEWAY_CYCLE_OPENS, Elements.TASK_OPEN_CYCLE,
        Elements.TASK_CALL_FOR_INPUT, Elements.EVENT_REMINDER_DUE, Elements.TASK_REMIND_MEMBERS,
        Elements.EVENT_SUBMISSION_DEADLINE, Elements.GATEWAY_COMPILE_OR_REVISE, Elements.TASK_COMPILE_INPUT,
        Elements.TASK_REVIEW_COMPILATION, Elements.GATEWAY_COMPILATION_APPROVED, Elements.TASK_SUBMIT_TO_EMBASSY,
        Elements.TASK_RECORD_ACKNOWLEDGEMENT);
    assertThat(engine.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId(Elements.TASK_COMPILE_INPUT).count()).isEqualTo(3);

    stopCalendar(instance);
    assertThat(instance).isEnded();
  }

  @Test
  void stopping_the_calendar_while_waiting_for_the_reminder_ends_it_without_reminding() {
    ProcessInstance instance = startCalendar();
    assertThat(instance).isWaitingAtExactly(Elements.EVENT_REMINDER_DUE);

    stopCalendar(instance);

    assertThat(instance).isEnded().hasPassed(Elements.END_CALENDAR_STOPPED).hasNotPassed(Elements.TASK_REMIND_MEMBERS);
    assertThat(reminded).isEmpty();
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void stopping_the_calendar_during_the_review_ends_it_and_removes_the_open_task() {
    ProcessInstance instance = startCalendar();
    reachCompilation(instance, 2026);
    complete(task(instance));
    assertThat(instance).isWaitingAtExactly(Elements.TASK_REVIEW_COMPILATION);

    stopCalendar(instance);

    assertThat(instance).isEnded().hasPassed(Elements.END_CALENDAR_STOPPED)
        .hasNotPassed(Elements.TASK_SUBMIT_TO_EMBASSY);
    assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(submitted).isEmpty();
  }

  @Test
  void the_calendar_ends_when_the_opening_delegate_finds_no_further_cycle_to_open() {
    noCycleFromOpening = 2;
    ProcessInstance instance = startCalendar();
    reachCompilation(instance, 2026);
    compileAndReview(instance, true);
    submitAndAcknowledge(instance, 2026);

    execute(job(instance)); // the next cycle is due, but none is opened

    assertThat(instance).isEnded().hasPassed(Elements.EVENT_NO_CYCLE_TO_OPEN, Elements.END_CALENDAR_ENDED)
        .hasNotPassed(Elements.END_CALENDAR_STOPPED);
    assertThat(opened).containsExactly(cycleId(2026) + "@acme");
    assertThat(calledForInput).containsExactly(cycleId(2026));
  }
}
