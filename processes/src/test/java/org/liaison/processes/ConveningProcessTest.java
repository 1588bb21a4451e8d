package org.liaison.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngines;
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
import org.liaison.processes.ConveningProcess.Beans;
import org.liaison.processes.ConveningProcess.Elements;
import org.liaison.processes.ConveningProcess.Forms;
import org.liaison.processes.ConveningProcess.Variables;

@Deployment(resources = ConveningProcess.RESOURCE)
class ConveningProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = TestEngine.fullyCovered("convening");

  private static final String CONVENING_ID = "convening-1";
  private static final String RSVP_DEADLINE = "2026-11-20T17:00:00Z";

  /** Stands in for the {@code conveningInvitations} bean: fixed ids, and which convening was asked for. */
  public static final class Invitations {
    private final List<String> ids;
    final List<String> askedFor = new ArrayList<>();

    Invitations(List<String> ids) {
      this.ids = ids;
    }

    public List<String> ids(String conveningId) {
      askedFor.add(conveningId);
      return ids;
    }
  }

  /** What {@code sendInvitationDelegate} was called with: "conveningId/invitationId@tenant". */
  private final List<String> sent = new ArrayList<>();

  @BeforeEach
  void bindEngine() {
    // Several test classes share a JVM, each with its own engine: bind the assertions to ours.
    BpmnAwareTests.init(engine.getProcessEngine());
    JavaDelegate sendInvitation = (DelegateExecution execution) -> sent.add(
        execution.getVariable(Variables.CONVENING_ID) + "/" + execution.getVariable(Variables.INVITATION_ID)
            + "@" + execution.getTenantId());
    Mocks.register(Beans.SEND_INVITATION_DELEGATE, sendInvitation);
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

  private Invitations invitations(String... ids) {
    Invitations invitations = new Invitations(List.of(ids));
    Mocks.register(Beans.CONVENING_INVITATIONS, invitations);
    return invitations;
  }

  private ProcessInstance propose() {
    Map<String, Object> variables = withVariables(
        Variables.CONVENING_ID, CONVENING_ID,
        Variables.CONVENING_OWNER, "maria",
        Variables.RSVP_DEADLINE, RSVP_DEADLINE);
    return runtimeService().startProcessInstanceByKey(ConveningProcess.KEY, CONVENING_ID, variables);
  }

  /** Completes the format task and checks the instance then waits for the RSVP deadline, due at the variable's time. */
  private void agreeFormatAndReachRsvpDeadline(ProcessInstance instance) {
    assertThat(instance).isWaitingAtExactly(Elements.TASK_AGREE_FORMAT);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.AGREE_CONVENING_FORMAT);
    complete(task(instance));

    assertThat(instance).isWaitingAtExactly(Elements.EVENT_RSVP_DEADLINE);
    assertThat(job(instance).getDuedate()).isEqualTo(Date.from(Instant.parse(RSVP_DEADLINE)));
  }

  private void confirmLogistics(ProcessInstance instance, boolean goesAhead) {
    execute(job(instance));
    assertThat(instance).isWaitingAtExactly(Elements.TASK_CONFIRM_LOGISTICS);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.CONFIRM_LOGISTICS);
    complete(task(instance), withVariables(Variables.CONVENING_GOES_AHEAD, goesAhead));
  }

  @Test
  void a_convening_without_invitees_sends_nothing_and_still_waits_for_the_rsvp_deadline() {
    Invitations invitations = invitations();
    ProcessInstance instance = propose();

    agreeFormatAndReachRsvpDeadline(instance);
    assertThat(invitations.askedFor).containsExactly(CONVENING_ID);
    assertThat(sent).isEmpty();

    confirmLogistics(instance, true);
    assertThat(instance).isWaitingAtExactly(Elements.TASK_RECORD_OUTCOMES);
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed(Elements.END_CONVENING_HELD).hasNotPassed(Elements.TASK_SEND_INVITATION);
  }

  @Test
  void a_single_invitee_gets_one_invitation_before_the_rsvp_deadline() {
    Invitations invitations = invitations("invitation-1");
    ProcessInstance instance = propose();

    agreeFormatAndReachRsvpDeadline(instance);
    // The engine evaluates the collection once to count the invitations and again for each one.
    assertThat(invitations.askedFor).isNotEmpty().containsOnly(CONVENING_ID);
    assertThat(sent).containsExactly(CONVENING_ID + "/invitation-1@acme");

    confirmLogistics(instance, true);
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed(Elements.TASK_SEND_INVITATION, Elements.END_CONVENING_HELD);
  }

  @Test
  void three_invitees_get_one_invitation_each_and_a_convening_that_goes_ahead_has_its_outcomes_recorded() {
    Invitations invitations = invitations("invitation-1", "invitation-2", "invitation-3");
    ProcessInstance instance = propose();

    agreeFormatAndReachRsvpDeadline(instance);
    assertThat(invitations.askedFor).isNotEmpty().containsOnly(CONVENING_ID);
    assertThat(sent).containsExactlyInAnyOrder(
        CONVENING_ID + "/invitation-1@acme", CONVENING_ID + "/invitation-2@acme", CONVENING_ID + "/invitation-3@acme");

    confirmLogistics(instance, true);
    assertThat(instance).isWaitingAtExactly(Elements.TASK_RECORD_OUTCOMES);
    assertThat(task(instance)).isAssignedTo("maria").hasFormKey(Forms.RECORD_CONVENING_OUTCOMES);
    complete(task(instance));

    assertThat(instance).isEnded().hasPassedInOrder(
        Elements.START_CONVENING_PROPOSED, Elements.TASK_AGREE_FORMAT, Elements.TASK_SEND_INVITATION,
        Elements.EVENT_RSVP_DEADLINE, Elements.TASK_CONFIRM_LOGISTICS, Elements.GATEWAY_GOES_AHEAD,
        Elements.TASK_RECORD_OUTCOMES, Elements.END_CONVENING_HELD);
    assertThat(instance).hasNotPassed(Elements.END_CONVENING_CANCELLED);
  }

  @Test
  void a_convening_that_does_not_go_ahead_ends_cancelled_without_recording_outcomes() {
    invitations("invitation-1", "invitation-2");
    ProcessInstance instance = propose();

    agreeFormatAndReachRsvpDeadline(instance);
    assertThat(sent).hasSize(2);

    confirmLogistics(instance, false);

    assertThat(instance).isEnded().hasPassed(Elements.GATEWAY_GOES_AHEAD, Elements.END_CONVENING_CANCELLED)
        .hasNotPassed(Elements.TASK_RECORD_OUTCOMES, Elements.END_CONVENING_HELD);
  }
}
