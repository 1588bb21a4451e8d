package org.liaison.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.common.NotAllowedException;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.processes.RelationshipCadenceProcess;
import org.liaison.tenancy.Actor;
import org.liaison.workflow.StuckJob;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stuck work: a job of coalition A whose retries are used up shows as an incident to A's coordinators
 * only; B can neither see nor retry it; after A's retry the incident is gone and the lifecycle goes on.
 * (The test uses up the retries itself, as the job executor does after the last failed attempt; the
 * engine's own services are used only for that and to run the job.)
 */
class StuckWorkIT extends DatabaseIT {

  @Autowired ReportService reports;
  @Autowired ContactService contacts;
  @Autowired ManagementService management;
  @Autowired WorkflowEngine workflow;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  @Test
  void an_incident_is_listed_for_its_coalition_only_and_a_retry_lets_the_lifecycle_go_on() {
    Actor coordinator = coalitions.coordinatorA();
    Embassy embassy = as(coordinator, () -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
    Officer officer = as(coordinator, () -> contacts.addOfficer(new NewOfficer(embassy.id(), "Jane Doe", null,
        Portfolio.HUMAN_RIGHTS, null, "P30D")));
    Job timer = management.createJobQuery().processDefinitionKey(RelationshipCadenceProcess.KEY).timers()
        .tenantIdIn(coalitions.a.id()).singleResult();
    assertThat(as(coordinator, () -> reports.stuckWork())).isEmpty();

    management.setJobRetries(timer.getId(), 0); // the last attempt failed

    assertThat(as(coordinator, () -> reports.stuckWork())).singleElement().satisfies(s -> {
      assertThat(s.processKey()).isEqualTo(RelationshipCadenceProcess.KEY);
      assertThat(s.businessKey()).isEqualTo(officer.id().toString());
      assertThat(s.type()).isEqualTo("failedJob");
      assertThat(s.activityName()).as("the step's name from the model, not its id").isEqualTo("Cadence due");
      assertThat(s.jobId()).isEqualTo(timer.getId());
    });
    Actor other = coalitions.coordinatorB();
    assertThat(as(other, () -> reports.stuckWork())).as("B never sees A's incident").isEmpty();
    assertThatThrownBy(() -> as(other, () -> reports.retry(timer.getId()))).isInstanceOf(TaskNotAvailableException.class);
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> reports.stuckWork())).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> reports.retry(timer.getId())))
        .isInstanceOf(NotAllowedException.class);
    assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).as("B changed nothing").isZero();

    as(coordinator, () -> reports.retry(timer.getId()));

    assertThat(as(coordinator, () -> reports.stuckWork())).isEmpty();
    management.executeJob(timer.getId()); // the job executor's next attempt
    assertThat(as(coordinator, () -> workflow.openTasks(RelationshipCadenceProcess.KEY, 10)))
        .as("the cadence passed: a reach-out step waits").extracting(o -> o.processKey())
        .containsExactly(RelationshipCadenceProcess.KEY);
  }

  /** A step's delegate that fails until its cause is fixed, as a mail gateway or a missing record would. */
  public static class FlakyStep implements org.camunda.bpm.engine.delegate.JavaDelegate {
    static volatile boolean broken = true;

    @Override
    public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      if (broken) {
        throw new IllegalStateException("The embassy's mail gateway refused the message (test)");
      }
    }
  }

  @Test
  void a_delegate_that_fails_becomes_an_incident_with_its_message_and_a_retry_after_the_fix_lets_the_lifecycle_go_on() {
    String processKey = "flaky-step-" + coalitions.a.id();
    // a model of coalition A only, run by the real engine: an asynchronous step whose delegate fails
    repository.createDeployment().tenantId(coalitions.a.id()).name("flaky step (test)")
        .addModelInstance("flaky-step.bpmn", org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess(processKey)
            .name("Flaky step (test)").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_SendToGateway").name("Send to the gateway").camundaAsyncBefore()
            .camundaClass(FlakyStep.class.getName())
            .userTask("Task_AfterSending").name("After sending").camundaCandidateGroups(coalitions.a.id() + ":coordinator")
            .endEvent().done())
        .deploy();
    FlakyStep.broken = true;
    String instance = runtime.createProcessInstanceByKey(processKey).processDefinitionTenantId(coalitions.a.id())
        .businessKey("FLAKY-1").execute().getId();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) { // the job executor's three attempts
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("mail gateway refused");
    }

    Actor coordinator = coalitions.coordinatorA();
    assertThat(as(coordinator, () -> reports.stuckWork())).singleElement().satisfies(s -> {
      assertThat(s.processKey()).isEqualTo(processKey);
      assertThat(s.businessKey()).isEqualTo("FLAKY-1");
      assertThat(s.activityName()).isEqualTo("Send to the gateway");
      assertThat(s.type()).isEqualTo("failedJob");
      assertThat(s.message()).contains("The embassy's mail gateway refused the message");
      assertThat(s.jobId()).isEqualTo(job.getId());
    });
    assertThat(as(coalitions.coordinatorB(), () -> reports.stuckWork())).as("B never sees A's incident").isEmpty();
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> reports.retry(job.getId())))
        .isInstanceOf(TaskNotAvailableException.class);

    FlakyStep.broken = false; // the cause is fixed
    as(coordinator, () -> reports.retry(job.getId()));
    assertThat(as(coordinator, () -> reports.stuckWork())).isEmpty();
    management.executeJob(job.getId()); // the job executor's next attempt
    assertThat(as(coordinator, () -> workflow.openTasks(processKey, 10))).as("the lifecycle went on")
        .extracting(t -> t.taskKey()).containsExactly("Task_AfterSending");
  }

  @Test
  void failed_mail_is_listed_for_its_coalition_only_and_a_retry_queues_it_again() throws Exception {
    java.util.UUID failed = java.util.UUID.randomUUID();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(database().url(), database().username(),
        database().password()); java.sql.PreparedStatement st = c.prepareStatement("""
            insert into app.outbox_message (id, tenant_id, idempotency_key, recipients, subject, body, status, attempts,
                                            last_error, next_attempt_at, created_at)
            values (?, ?, ?, array['officer@embassy.example'], 'Outreach', 'Dear officer', 'FAILED', 5,
                    '550 mailbox unavailable', now(), now())""")) {
      st.setObject(1, failed);
      st.setString(2, coalitions.a.id());
      st.setString(3, "test-" + failed);
      st.executeUpdate();
    }
    Actor coordinator = coalitions.coordinatorA();
    assertThat(as(coordinator, () -> reports.failedMail())).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo(failed);
      assertThat(m.lastError()).isEqualTo("550 mailbox unavailable");
    });
    assertThat(as(coalitions.coordinatorB(), () -> reports.failedMail())).as("B never sees A's mail").isEmpty();
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> reports.retryMail(failed)))
        .isInstanceOf(org.liaison.common.NotFoundException.class);
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> reports.retryMail(failed)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(status(failed)).as("refused retries changed nothing").isEqualTo("FAILED/5");

    as(coordinator, () -> reports.retryMail(failed));
    assertThat(status(failed)).isEqualTo("PENDING/0");
    assertThat(as(coordinator, () -> reports.failedMail())).isEmpty();
    assertThatThrownBy(() -> as(coordinator, () -> reports.retryMail(failed))).as("no longer failed")
        .isInstanceOf(org.liaison.common.NotFoundException.class);
  }

  private static String status(java.util.UUID id) throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(database().url(), database().username(),
        database().password()); java.sql.PreparedStatement st = c.prepareStatement(
            "select status || '/' || attempts from app.outbox_message where id = ?")) {
      st.setObject(1, id);
      try (java.sql.ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
