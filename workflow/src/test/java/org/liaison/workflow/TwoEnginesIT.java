package org.liaison.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.WorkflowTestApplication;
import org.liaison.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes (issue 13's cluster): two Liaison engines with their job executors on, as two JVMs would
 * run them, sharing one PostgreSQL. Every timer fires once across both, both take part, jobs retried
 * for optimistic locking stay under 1 %, and jobs locked by a node that died are taken over by the
 * other once their lock expires (the lock time is 10 s here; 5 min, Camunda's default, in production).
 */
class TwoEnginesIT {

  static final int INSTANCES = 200;
  static final int ORPHANS = 20;
  static final String TENANT = "cluster";
  static final TestDatabase DB = TestDatabase.create("cluster");
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;

  /** What the timers' step did: how often per record and on which node. */
  public static class CountingStep implements JavaDelegate {
    static final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
      runs.computeIfAbsent(execution.getBusinessKey(), k -> new AtomicInteger()).incrementAndGet();
      byNode.computeIfAbsent(execution.getProcessEngine().getName(), k -> new AtomicInteger()).incrementAndGet();
    }
  }

  static ConfigurableApplicationContext node(String name) {
    Map<String, Object> properties = new HashMap<>();
    DB.springProperties().forEach((key, value) -> properties.put(key, value.get()));
    properties.put("spring.main.web-application-type", "none");
    properties.put("camunda.bpm.process-engine-name", name);
    properties.put("camunda.bpm.job-execution.enabled", "true");
    properties.put("camunda.bpm.job-execution.lock-time-in-millis", "10000");
    properties.put("camunda.bpm.job-execution.max-wait", "1000");
    // as arguments: they win over the test application.yml (which turns the job executor off), as a node's
    // environment wins over the packaged configuration
    return new SpringApplicationBuilder(WorkflowTestApplication.class).run(properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  @BeforeAll
  static void twoNodes() {
    nodeA = node("nodeA");
    nodeB = node("nodeB");
  }

  @AfterAll
  static void stop() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
  }

  static BpmnModelInstance timerModel(String key, String wait) {
    return Bpmn.createExecutableProcess(key).name("Cluster timer (test)").camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("Event_Wait").timerWithDuration(wait)
        .serviceTask("Task_Count").camundaClass(CountingStep.class.getName())
        .endEvent().done();
  }

  static long finished(String key) {
    return nodeA.getBean(HistoryService.class).createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .finished().count();
  }

  /** Waits (bounded) until {@code count} instances of {@code key} have finished; how long it took. */
  static Duration awaitFinished(String key, long count, Duration atMost) throws InterruptedException {
    Instant start = Instant.now();
    while (finished(key) < count && Duration.between(start, Instant.now()).compareTo(atMost) < 0) {
      Thread.sleep(200);
    }
    return Duration.between(start, Instant.now());
  }

  @Test
  void every_timer_fires_once_across_two_nodes_and_both_take_part() throws Exception {
    String key = "cluster-timer-" + UUID.randomUUID().toString().substring(0, 8);
    nodeA.getBean(RepositoryService.class).createDeployment().tenantId(TENANT).name(key)
        .addModelInstance(key + ".bpmn", timerModel(key, "PT1S")).deploy();
    RuntimeService runtime = nodeA.getBean(RuntimeService.class);
    for (int i = 0; i < INSTANCES; i++) {
      runtime.createProcessInstanceByKey(key).processDefinitionTenantId(TENANT).businessKey(key + "-" + i).execute();
    }

    Duration took = awaitFinished(key, INSTANCES, Duration.ofMinutes(2));

    HistoryService history = nodeA.getBean(HistoryService.class);
    long fired = history.createHistoricJobLogQuery().processDefinitionKey(key).successLog().count();
    long failed = history.createHistoricJobLogQuery().processDefinitionKey(key).failureLog().count();
    int runs = CountingStep.runs.entrySet().stream().filter(e -> e.getKey().startsWith(key))
        .mapToInt(e -> e.getValue().get()).sum();
    System.out.printf("[cluster] %d timers on two nodes in %d ms: fired %d, failed attempts %d (optimistic locking), "
        + "step runs %d, by node %s%n", INSTANCES, took.toMillis(), fired, failed, runs, CountingStep.byNode);
    assertThat(finished(key)).isEqualTo(INSTANCES);
    assertThat(fired).as("each timer fired once").isEqualTo(INSTANCES);
    assertThat(failed).as("retried for optimistic locking: under 1 %%").isLessThan(INSTANCES / 100 + 1);
    assertThat(runs - INSTANCES).as("steps run again after a rolled-back attempt").isLessThan(INSTANCES / 100 + 1);
    assertThat(CountingStep.byNode).as("both nodes took part").containsKeys("nodeA", "nodeB")
        .allSatisfy((node, count) -> assertThat(count.get()).isPositive());
  }

  @Test
  void jobs_held_by_a_node_that_died_are_taken_over_when_their_lock_expires() throws Exception {
    String key = "cluster-orphan-" + UUID.randomUUID().toString().substring(0, 8);
    nodeA.getBean(RepositoryService.class).createDeployment().tenantId(TENANT).name(key)
        .addModelInstance(key + ".bpmn", timerModel(key, "PT1H")).deploy();
    RuntimeService runtime = nodeA.getBean(RuntimeService.class);
    for (int i = 0; i < ORPHANS; i++) {
      runtime.createProcessInstanceByKey(key).processDefinitionTenantId(TENANT).businessKey(key + "-" + i).execute();
    }
    // a third node acquired these timers, now due, and died holding them: its lock runs 8 s more
    Instant lockExpires = Instant.now().plusSeconds(8);
    try (Connection c = DriverManager.getConnection(DB.url(), DB.username(), DB.password());
        PreparedStatement st = c.prepareStatement("update act_ru_job set duedate_ = now(), lock_owner_ = 'dead-node', "
            + "lock_exp_time_ = ? where process_def_key_ = ?")) {
      st.setTimestamp(1, Timestamp.from(lockExpires));
      st.setString(2, key);
      assertThat(st.executeUpdate()).isEqualTo(ORPHANS);
    }

    Duration took = awaitFinished(key, ORPHANS, Duration.ofSeconds(60));

    var ended = nodeA.getBean(HistoryService.class).createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .finished().list();
    Instant firstEnd = ended.stream().map(h -> h.getEndTime().toInstant()).min(Instant::compareTo).orElseThrow();
    System.out.printf("[cluster] %d jobs of a dead node: all done %d ms after they were orphaned; the first %d ms after "
        + "their lock expired%n", ORPHANS, took.toMillis(), Duration.between(lockExpires, firstEnd).toMillis());
    assertThat(ended).as("all taken over").hasSize(ORPHANS);
    assertThat(firstEnd).as("not before the dead node's lock expired").isAfterOrEqualTo(lockExpires.minusMillis(500));
    assertThat(CountingStep.runs.entrySet().stream().filter(e -> e.getKey().startsWith(key)))
        .as("each run once").hasSize(ORPHANS).allSatisfy(e -> assertThat(e.getValue().get()).isEqualTo(1));
  }
}
