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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.processes.EmbassyMeetingProcess.Beans;
import org.liaison.processes.EmbassyMeetingProcess.Elements;
import org.liaison.processes.EmbassyMeetingProcess.Forms;
import org.liaison.processes.EmbassyMeetingProcess.Messages;
import org.liaison.processes.EmbassyMeetingProcess.Variables;

@Deployment(resources = EmbassyMeetingProcess.RESOURCE)
class EmbassyMeetingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngine.fullyCovered("embassy_meeting");

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

  private final RecordingNextStepsPlan nextStepsPlan = new RecordingNextStepsPlan();
  /** Where the status listener was called, in order. */
  private final List<String> statusSteps = new ArrayList<>();
  /** The next step each created next-step task was tied to, by task id. */
  private final Map<String, String> nextStepOfTask = new HashMap<>();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
    Mocks.register(Beans.NEXT_STEPS_PLAN, nextStepsPlan);
    Mocks.register(RecordModels.Beans.STATUS_LISTENER,
        (ExecutionListener) execution -> statusSteps.add(execution.getCurrentActivityId()));
    Mocks.register(Beans.NEXT_STEP_TASK_LISTENER,
        (TaskListener) task -> nextStepOfTask.put(task.getId(), (String) task.getVariable(Variables.NEXT_STEP_ID)));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    reset();
  }

  private ProcessInstance requestMeeting(String engagementId, String confirmationWait) {
    return runtimeService().startProcessInstanceByKey(EmbassyMeetingProcess.KEY, withVariables(
        Variables.ENGAGEMENT_ID, engagementId, Variables.MEETING_OWNER, "maria",
        Variables.CONFIRMATION_WAIT, confirmationWait, Variables.CASE_ID, "case-1"));
  }

  private void confirmMeeting(ProcessInstance instance) {
    runtimeService().createMessageCorrelation(Messages.MEETING_CONFIRMED)
        .processInstanceId(instance.getId())
        .correlate();
  }

  private void setClock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private List<Task> nextStepTasks(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.TASK_COMPLETE_NEXT_STEP).initializeFormKeys().list();
  }

  @Test
  void a_held_meeting_ends_once_the_officer_is_thanked_and_every_next_step_is_completed_by_its_owner() {
    nextStepsPlan.plan("engagement-1", "step-1", "ahmed", "step-2", "lena");
    ProcessInstance instance = requestMeeting("engagement-1", "P7D");

    assertThat(instance).isWaitingAt(Elements.TASK_REQUEST_MEETING);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.REQUEST_MEETING);
    assertThat(instance.getTenantId()).isEqualTo(TestEngine.TENANT);
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONFIRMED_OR_OVERDUE);
    confirmMeeting(instance);
    assertThat(jobQuery().processInstanceId(instance.getId()).count())
        .as("the confirmation timer is gone once the meeting is confirmed").isZero();

    assertThat(instance).isWaitingAt(Elements.TASK_PREPARE_BRIEFING);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.PREPARE_BRIEFING);
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_RECORD_MEETING);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.RECORD_MEETING);
    complete(task(instance), withVariables(Variables.MEETING_HELD, true));

    assertThat(instance).isWaitingAt(Elements.TASK_THANK_OFFICER, Elements.TASK_COMPLETE_NEXT_STEP);
    assertThat(nextStepsPlan.idsAskedFor).as("the engine may evaluate the collection more than once")
        .isNotEmpty().containsOnly("engagement-1");
    assertThat(nextStepsPlan.ownersAskedFor).containsExactlyInAnyOrder("step-1", "step-2");
    List<Task> nextSteps = nextStepTasks(instance);
    assertThat(nextSteps).extracting(Task::getAssignee).containsExactlyInAnyOrder("ahmed", "lena");
    assertThat(nextSteps).extracting(Task::getFormKey).containsOnly(Forms.COMPLETE_NEXT_STEP);
    for (Task nextStep : nextSteps) {
      assertThat(taskService().getVariable(nextStep.getId(), Variables.NEXT_STEP_ID))
          .isEqualTo(nextStepsPlan.stepOwnedBy(nextStep.getAssignee()));
    }

    Task thanks = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.TASK_THANK_OFFICER).singleResult();
    assertThat(thanks).isAssignedTo("maria").hasFormKey(Forms.THANK_OFFICER);
    complete(thanks);
    complete(nextSteps.get(0));
    assertThat(instance).as("one next step is still open").isWaitingAt(Elements.TASK_COMPLETE_NEXT_STEP);
    complete(nextSteps.get(1));

    assertThat(instance).isEnded().hasPassedInOrder(
        Elements.START_MEETING_REQUESTED, Elements.GATEWAY_REQUEST_MEETING, Elements.TASK_REQUEST_MEETING,
        Elements.GATEWAY_AWAIT_CONFIRMATION, Elements.GATEWAY_CONFIRMED_OR_OVERDUE, Elements.EVENT_MEETING_CONFIRMED,
        Elements.TASK_PREPARE_BRIEFING, Elements.TASK_RECORD_MEETING, Elements.GATEWAY_MEETING_HELD,
        Elements.GATEWAY_AFTER_MEETING, Elements.GATEWAY_FOLLOW_UP_DONE, Elements.END_MEETING_FOLLOWED_UP);
    assertThat(instance).hasPassed(Elements.TASK_THANK_OFFICER, Elements.TASK_COMPLETE_NEXT_STEP)
        .hasNotPassed(Elements.EVENT_CONFIRMATION_OVERDUE, Elements.TASK_CHASE_MEETING);
    assertThat(statusSteps).as("the meeting record follows the instance").containsExactly(
        Elements.START_MEETING_REQUESTED, Elements.TASK_REQUEST_MEETING, Elements.GATEWAY_AWAIT_CONFIRMATION,
        Elements.TASK_PREPARE_BRIEFING, Elements.GATEWAY_AFTER_MEETING, Elements.END_MEETING_FOLLOWED_UP);
    assertThat(nextStepOfTask).as("each next-step task is tied to its step").containsOnly(
        Map.entry(nextSteps.get(0).getId(), nextStepsPlan.stepOwnedBy(nextSteps.get(0).getAssignee())),
        Map.entry(nextSteps.get(1).getId(), nextStepsPlan.stepOwnedBy(nextSteps.get(1).getAssignee())));
  }

  @Test
  void a_meeting_that_did_not_take_place_is_requested_again_by_the_owner() {
    nextStepsPlan.plan("engagement-2", "step-9", "ahmed");
    ProcessInstance instance = requestMeeting("engagement-2", "P7D");
    complete(task(instance));
    confirmMeeting(instance);
    complete(task(instance)); // briefing

    complete(task(instance), withVariables(Variables.MEETING_HELD, false));

    assertThat(instance).isWaitingAt(Elements.TASK_REQUEST_MEETING);
    assertThat(task(instance)).isAssignedTo("maria");
    assertThat(nextStepsPlan.idsAskedFor).as("no follow-up for a meeting that did not take place").isEmpty();

    complete(task(instance));
    assertThat(job(instance).getDuedate()).as("a new confirmation wait starts with the new request")
        .hasSameTimeAs(Date.from(NOW.plus(Duration.ofDays(7))));
    confirmMeeting(instance);
    complete(task(instance)); // briefing
    complete(task(instance), withVariables(Variables.MEETING_HELD, true));

    assertThat(instance).isWaitingAt(Elements.TASK_THANK_OFFICER, Elements.TASK_COMPLETE_NEXT_STEP);
    assertThat(nextStepsPlan.idsAskedFor).as("the engine may evaluate the collection more than once")
        .isNotEmpty().containsOnly("engagement-2");
    assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.TASK_REQUEST_MEETING).count()).isZero();
  }

  @Test
  void without_next_steps_the_meeting_is_followed_up_by_the_thanks_alone() {
    ProcessInstance instance = requestMeeting("engagement-3", "P7D");
    complete(task(instance));
    confirmMeeting(instance);
    complete(task(instance)); // briefing
    complete(task(instance), withVariables(Variables.MEETING_HELD, true));

    assertThat(nextStepsPlan.idsAskedFor).as("the engine may evaluate the collection more than once")
        .isNotEmpty().containsOnly("engagement-3");
    assertThat(nextStepsPlan.ownersAskedFor).isEmpty();
    assertThat(nextStepTasks(instance)).isEmpty();
    assertThat(instance).isWaitingAt(Elements.TASK_THANK_OFFICER);
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed(Elements.END_MEETING_FOLLOWED_UP);
  }

  @Test
  void an_unconfirmed_meeting_is_chased_after_the_confirmation_wait_and_if_still_wanted_the_wait_starts_again() {
    ProcessInstance instance = requestMeeting("engagement-4", "P7D");
    complete(task(instance));

    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONFIRMED_OR_OVERDUE);
    assertThat(job(instance).getDuedate()).hasSameTimeAs(Date.from(NOW.plus(Duration.ofDays(7))));
    setClock(NOW.plus(Duration.ofDays(7)));
    execute(job(instance));

    assertThat(instance).isWaitingAt(Elements.TASK_CHASE_MEETING);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.CHASE_MEETING);
    setClock(NOW.plus(Duration.ofDays(8)));
    complete(task(instance), withVariables(Variables.MEETING_STILL_WANTED, true));

    assertThat(instance).isWaitingAt(Elements.GATEWAY_CONFIRMED_OR_OVERDUE);
    assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.TASK_REQUEST_MEETING).count())
        .as("chasing does not request the meeting again").isZero();
    assertThat(job(instance).getDuedate()).as("the wait restarts when the owner decides to keep waiting")
        .hasSameTimeAs(Date.from(NOW.plus(Duration.ofDays(8 + 7))));

    confirmMeeting(instance);
    assertThat(instance).isWaitingAt(Elements.TASK_PREPARE_BRIEFING);
    assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(statusSteps).containsExactly(Elements.START_MEETING_REQUESTED, Elements.TASK_REQUEST_MEETING,
        Elements.GATEWAY_AWAIT_CONFIRMATION, Elements.TASK_CHASE_MEETING, Elements.GATEWAY_AWAIT_CONFIRMATION,
        Elements.TASK_PREPARE_BRIEFING);
  }

  @Test
  void a_meeting_no_longer_wanted_after_chasing_is_dropped() {
    ProcessInstance instance = requestMeeting("engagement-5", "P3D");
    complete(task(instance));

    assertThat(job(instance).getDuedate()).as("the wait comes from confirmationWait")
        .hasSameTimeAs(Date.from(NOW.plus(Duration.ofDays(3))));
    execute(job(instance));
    assertThat(instance).isWaitingAt(Elements.TASK_CHASE_MEETING);
    complete(task(instance), withVariables(Variables.MEETING_STILL_WANTED, false));

    assertThat(instance).isEnded().hasPassedInOrder(
        Elements.GATEWAY_CONFIRMED_OR_OVERDUE, Elements.EVENT_CONFIRMATION_OVERDUE, Elements.TASK_CHASE_MEETING,
        Elements.GATEWAY_STILL_WANTED, Elements.END_MEETING_DROPPED);
    assertThat(instance).hasNotPassed(Elements.EVENT_MEETING_CONFIRMED, Elements.TASK_PREPARE_BRIEFING);
    assertThat(statusSteps).endsWith(Elements.TASK_CHASE_MEETING, Elements.END_MEETING_DROPPED);
  }

  /** Stands in for the {@code nextStepsPlan} bean and records what the model asked it. */
  public static final class RecordingNextStepsPlan {
    private final Map<String, List<String>> stepsByEngagement = new HashMap<>();
    private final Map<String, String> ownerByStep = new HashMap<>();
    final List<String> idsAskedFor = new ArrayList<>();
    final List<String> ownersAskedFor = new ArrayList<>();

    void plan(String engagementId, String... stepsAndOwners) {
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < stepsAndOwners.length; i += 2) {
        steps.add(stepsAndOwners[i]);
        ownerByStep.put(stepsAndOwners[i], stepsAndOwners[i + 1]);
      }
      stepsByEngagement.put(engagementId, steps);
    }

    String stepOwnedBy(String owner) {
      return ownerByStep.entrySet().stream().filter(e -> e.getValue().equals(owner))
          .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    public List<String> ids(String engagementId) {
      idsAskedFor.add(engagementId);
      return stepsByEngagement.getOrDefault(engagementId, List.of());
    }

    public String owner(String nextStepId) {
      ownersAskedFor.add(nextStepId);
      return ownerByStep.get(nextStepId);
    }
  }
}
