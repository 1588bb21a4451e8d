package org.liaison.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import static org.liaison.bench.LifecycleBenchmark.fmt;
import static org.liaison.bench.LifecycleBenchmark.met;

import org.liaison.testing.TestDatabase;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Issue 13's cluster figure: throughput of two Liaison nodes against one node, at equal threads, on
 * one PostgreSQL. Two Liaison contexts ({@link LiaisonSide}, each with its own engine, pool and
 * outbox dispatcher, as two JVMs would have) share one database. Two workloads, each measured in
 * alternating rounds:
 *
 * <ul>
 *   <li><b>people's work</b>: {@code raise-issue} lifecycles end to end through the services (as in
 *       {@link LifecycleBenchmark}), 2 worker threads on node A, against 1 thread on node A and 1 on
 *       node B; the outbox dispatched once a second by every node that works (each outreach must be
 *       sent exactly once across the nodes);
 *   <li><b>the job executor</b>: {@code bench.jobs} due timers of a tenant's model (a no-op step),
 *       drained by node A's job executor with 2 threads, against node A and node B with 1 thread each;
 *       each must fire once, and the retries for optimistic locking are counted.
 * </ul>
 *
 * <p>Both nodes live in one JVM, so they share its heap, JIT and the machine's 2 cores: on such a
 * machine two nodes cannot be faster than one, the figure shows what a second node costs (locking,
 * acquisition, optimistic-locking retries). Run: {@code ./mvnw -Pbench -pl bench -am verify
 * -Dbench.suite=cluster}.
 */
public final class ClusterBenchmark {

  static final int LIFECYCLES = Integer.getInteger("bench.cluster.lifecycles", 150);
  static final int WARMUP = Integer.getInteger("bench.warmup", 40);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
  static final int JOBS = Integer.getInteger("bench.jobs", 1000);
  static final int POOL = 10;
  static final String TENANT = "bench-cluster-jobs";

  /** The timers' step: counts runs per record, so a timer fired twice shows. */
  public static class CountingStep implements JavaDelegate {
    static final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
      runs.computeIfAbsent(execution.getBusinessKey(), k -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** One round's outcome. */
  record Result(int done, long nanos, long failedAttempts) {
    double perSecond() {
      return done / (nanos / 1e9);
    }
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    TestDatabase db = TestDatabase.create("bench_cluster");
    System.out.printf("[cluster] database %s; people's work: %d lifecycles per round, warm-up %d; jobs: %d timers per "
        + "round; %d rounds of each configuration, alternating%n", db.name(), LIFECYCLES, WARMUP, JOBS, ROUNDS);
    int exit = 0;
    try (LiaisonSide a = new LiaisonSide(db, 2, POOL, node("nodeA"));
        LiaisonSide b = new LiaisonSide(db, 1, POOL, node("nodeB"))) {
      // the job executors run only while the jobs are measured
      configuration(a).getJobExecutor().shutdown();
      configuration(b).getJobExecutor().shutdown();
      List<String> references = java.util.Collections.synchronizedList(new ArrayList<>());
      // one node: both workers on node A (each its coalition); two nodes: one worker on each
      Worker[] oneNode = {new Worker(a, a.coalitions.get(0)), new Worker(a, a.coalitions.get(1))};
      Worker[] twoNodes = {new Worker(a, a.coalitions.get(0)), new Worker(b, b.coalitions.get(0))};
      lifecycles(WARMUP, oneNode, List.of(a), references);
      lifecycles(WARMUP, twoNodes, List.of(a, b), references);

      double[] one = new double[2];
      double[] two = new double[2];
      for (int round = 1; round <= ROUNDS; round++) {
        Result r1 = lifecycles(LIFECYCLES, oneNode, List.of(a), references);
        Result r2 = lifecycles(LIFECYCLES, twoNodes, List.of(a, b), references);
        System.out.printf("[cluster] people's work, round %d: one node %.2f lifecycles/s, two nodes %.2f lifecycles/s%n",
            round, r1.perSecond(), r2.perSecond());
        one[0] += r1.done();
        one[1] += r1.nanos();
        two[0] += r2.done();
        two[1] += r2.nanos();
      }

      deployTimers(a);
      jobs(JOBS / 4, a, b, true);
      jobs(JOBS / 4, a, b, false);
      double[] jobOne = new double[3];
      double[] jobTwo = new double[3];
      for (int round = 1; round <= ROUNDS; round++) {
        Result r1 = jobs(JOBS, a, b, false);
        Result r2 = jobs(JOBS, a, b, true);
        System.out.printf("[cluster] jobs, round %d: one node %.1f jobs/s, two nodes %.1f jobs/s (failed attempts %d / %d)%n",
            round, r1.perSecond(), r2.perSecond(), r1.failedAttempts(), r2.failedAttempts());
        jobOne[0] += r1.done();
        jobOne[1] += r1.nanos();
        jobOne[2] += r1.failedAttempts();
        jobTwo[0] += r2.done();
        jobTwo[1] += r2.nanos();
        jobTwo[2] += r2.failedAttempts();
      }

      long closed = closed(a, references);
      int twice = (int) CountingStep.runs.values().stream().filter(n -> n.get() > 1).count();
      System.out.printf("[cluster] check: %d of %d cases CLOSED; %d timers, %d of their steps ran more than once%n",
          closed, references.size(), CountingStep.runs.size(), twice);
      if (closed != references.size() || twice > 0) {
        System.out.println("[cluster] FAILED: a lifecycle did not end, or a step ran twice");
        exit = 1;
      }
      report(one, two, jobOne, jobTwo);
    } finally {
      System.out.printf("[cluster] whole run %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
    System.exit(exit);
  }

  /** A node's settings: its engine's name; its job executor with one thread (started only by {@link #jobs}). */
  private static List<String> node(String name) {
    return List.of("camunda.bpm.process-engine-name=" + name,
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.deployment-aware=false",
        "camunda.bpm.job-execution.core-pool-size=1",
        "camunda.bpm.job-execution.max-pool-size=1",
        "camunda.bpm.job-execution.max-wait=1000",
        "logging.level.org.camunda.bpm.engine.jobexecutor=WARN");
  }

  private record Worker(LiaisonSide node, LiaisonSide.Coalition coalition) {}

  /** {@code n} lifecycles over the workers (one thread each); every node in {@code dispatching} runs its outbox. */
  private static Result lifecycles(int n, Worker[] workers, List<LiaisonSide> dispatching, List<String> references)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(workers.length);
    ScheduledExecutorService outbox = Executors.newScheduledThreadPool(dispatching.size());
    AtomicInteger left = new AtomicInteger(n);
    AtomicInteger sent = new AtomicInteger();
    for (LiaisonSide node : dispatching) {
      outbox.scheduleWithFixedDelay(() -> sent.addAndGet(node.dispatcher.dispatchOnce().sent()), 1, 1, TimeUnit.SECONDS);
    }
    long t0 = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (Worker w : workers) {
      running.add(threads.submit(() -> {
        while (left.getAndDecrement() > 0) {
          references.add(w.node().lifecycle(w.coalition()));
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    long took = System.nanoTime() - t0;
    outbox.shutdown();
    outbox.awaitTermination(1, TimeUnit.MINUTES);
    for (LiaisonSide node : dispatching) {
      sent.addAndGet(node.dispatcher.dispatchOnce().sent());
    }
    threads.shutdown();
    if (sent.get() != n) {
      throw new IllegalStateException("the outbox sent " + sent.get() + " messages for " + n + " outreaches");
    }
    return new Result(n, took, 0);
  }

  private static void deployTimers(LiaisonSide node) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("bench-cluster-timer").name("Cluster timer (benchmark)")
        .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent("Event_Wait").timerWithDuration("PT1H")
        .serviceTask("Task_Count").camundaClass(CountingStep.class.getName()).endEvent().done();
    engine(node).getRepositoryService().createDeployment().tenantId(TENANT).name("bench-cluster-timer")
        .addModelInstance("bench-cluster-timer.bpmn", model).deploy();
  }

  /**
   * {@code n} timers made due at once, drained by node A's job executor with 2 threads ({@code twoNodes}
   * false) or by node A and node B with 1 thread each; the time from making them due to the last one done.
   */
  private static Result jobs(int n, LiaisonSide a, LiaisonSide b, boolean twoNodes) throws Exception {
    String batch = "jobs-" + System.nanoTime() + "-";
    var runtime = engine(a).getRuntimeService();
    for (int i = 0; i < n; i++) {
      runtime.createProcessInstanceByKey("bench-cluster-timer").processDefinitionTenantId(TENANT)
          .businessKey(batch + i).execute();
    }
    threads(a, twoNodes ? 1 : 2);
    threads(b, 1);
    JobExecutor executorA = configuration(a).getJobExecutor();
    JobExecutor executorB = configuration(b).getJobExecutor();
    executorA.start();
    if (twoNodes) {
      executorB.start();
    }
    long t0;
    try (Connection c = DriverManager.getConnection(db(a).url(), db(a).username(), db(a).password());
        PreparedStatement due = c.prepareStatement("update act_ru_job set duedate_ = now() where process_def_key_ = "
            + "'bench-cluster-timer' and lock_owner_ is null")) {
      t0 = System.nanoTime();
      if (due.executeUpdate() != n) {
        throw new IllegalStateException("expected " + n + " waiting timers");
      }
    }
    var history = engine(a).getHistoryService();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (history.createHistoricProcessInstanceQuery().processDefinitionKey("bench-cluster-timer")
        .processInstanceBusinessKeyLike(batch + "%").finished().count() < n) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the timers were not done within 10 minutes");
      }
      Thread.sleep(50);
    }
    long took = System.nanoTime() - t0;
    executorA.shutdown();
    if (twoNodes) {
      executorB.shutdown();
    }
    long failed;
    try (Connection c = DriverManager.getConnection(db(a).url(), db(a).username(), db(a).password());
        PreparedStatement st = c.prepareStatement("select count(*) from act_hi_job_log l join act_hi_procinst p on "
            + "p.id_ = l.process_instance_id_ where l.job_state_ = 1 and p.business_key_ like ?")) {
      st.setString(1, batch + "%");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        failed = rs.getLong(1);
      }
    }
    return new Result(n, took, failed);
  }

  private static void threads(LiaisonSide node, int n) {
    ThreadPoolTaskExecutor pool = node.context.getBean("camundaTaskExecutor", ThreadPoolTaskExecutor.class);
    if (n > pool.getMaxPoolSize()) {
      pool.setMaxPoolSize(n);
      pool.setCorePoolSize(n);
    } else {
      pool.setCorePoolSize(n);
      pool.setMaxPoolSize(n);
    }
  }

  private static long closed(LiaisonSide a, List<String> references) {
    Set<String> refs = Set.copyOf(references);
    // the owner's view: both nodes' coalitions
    try (Connection c = DriverManager.getConnection(db(a).url(), db(a).username(), db(a).password());
        PreparedStatement st = c.prepareStatement("select count(*) from app.case_file where status = 'CLOSED' "
            + "and reference = any(?)")) {
      st.setArray(1, c.createArrayOf("text", refs.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestDatabase db(LiaisonSide node) {
    return node.db;
  }

  private static ProcessEngine engine(LiaisonSide node) {
    return node.context.getBean(ProcessEngine.class);
  }

  private static ProcessEngineConfigurationImpl configuration(LiaisonSide node) {
    return (ProcessEngineConfigurationImpl) engine(node).getProcessEngineConfiguration();
  }

  private static void report(double[] one, double[] two, double[] jobOne, double[] jobTwo) {
    String date = LocalDate.now().toString();
    double people1 = one[0] / (one[1] / 1e9);
    double people2 = two[0] / (two[1] / 1e9);
    double jobs1 = jobOne[0] / (jobOne[1] / 1e9);
    double jobs2 = jobTwo[0] / (jobTwo[1] / 1e9);
    String f = "| %-58s | %12s | %8s | %-7s | %s |%n";
    StringBuilder t = new StringBuilder(String.format("%n[cluster] two nodes against one at equal threads (2), %s%n", date));
    t.append(String.format(f, "figure", "value", "target", "met", "date"));
    t.append(String.format(f, "-".repeat(58), "-".repeat(12), "-".repeat(8), "-".repeat(7), "-".repeat(10)));
    t.append(String.format(f, "raise-issue lifecycles/s, one node, 2 threads", fmt(people1), "", "", date));
    t.append(String.format(f, "raise-issue lifecycles/s, two nodes, 1 thread each", fmt(people2), "", "", date));
    t.append(String.format(f, "  ratio two/one", fmt(people2 / people1) + "x", ">= 1.8x", met(people2 / people1 >= 1.8), date));
    t.append(String.format(f, "timer jobs/s, one node, 2 job threads", fmt(jobs1), "", "", date));
    t.append(String.format(f, "timer jobs/s, two nodes, 1 job thread each", fmt(jobs2), "", "", date));
    t.append(String.format(f, "  ratio two/one", fmt(jobs2 / jobs1) + "x", ">= 1.8x", met(jobs2 / jobs1 >= 1.8), date));
    t.append(String.format(f, "jobs retried for optimistic locking, two nodes",
        String.format("%.0f of %.0f", jobTwo[2], jobTwo[0]), "< 1 %", met(jobTwo[2] < jobTwo[0] / 100), date));
    t.append(String.format(f, "  the same, one node", String.format("%.0f of %.0f", jobOne[2], jobOne[0]), "", "", date));
    System.out.print(t);
  }

  private ClusterBenchmark() {}
}
