package org.liaison.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.liaison.testing.TestDatabase;

/**
 * Issue 13, benchmark items 1 and 2: {@code raise-issue} lifecycles per second and database work per
 * lifecycle, Liaison's services ({@link LiaisonSide}) against a bare Camunda engine with no-op
 * delegates ({@link BareEngine}), in one JVM on one PostgreSQL, each on a database of its own, with the
 * same number of threads and the same pool size. Both warm up first; then rounds alternate bare and
 * Liaison so drift on the shared machine hits both. Database work is the delta of PostgreSQL's
 * statistics of each database over the measured rounds. Prints the table that README's Performance
 * section holds.
 *
 * <p>Run: {@code ./mvnw -Pbench -pl bench -am verify} ({@code -Dbench.threads=2 -Dbench.warmup=40
 * -Dbench.lifecycles=300 -Dbench.rounds=2}: lifecycles per side and round).
 */
public final class LifecycleBenchmark {

  static final int THREADS = Integer.getInteger("bench.threads", 2);
  static final int WARMUP = Integer.getInteger("bench.warmup", 40);
  static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 300);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
  static final int POOL = 10;

  /** One lifecycle: its sequence number and the worker thread (0..THREADS-1) that runs it. */
  interface Lifecycle {
    void run(int seq, int thread);
  }

  /** What one side did over the measured rounds. */
  static final class Side {
    final String name;
    long lifecycles;
    long nanos;
    long commits;
    long rollbacks;
    final Map<String, Long> rows = new ConcurrentHashMap<>();

    Side(String name) {
      this.name = name;
    }

    double perSecond() {
      return lifecycles / (nanos / 1e9);
    }

    double commitsPer() {
      return (double) commits / lifecycles;
    }

    double rowsPer() {
      return rows.values().stream().mapToLong(Long::longValue).sum() / (double) lifecycles;
    }

    double rowsPer(java.util.function.Predicate<String> table) {
      return rows.entrySet().stream().filter(e -> table.test(e.getKey())).mapToLong(Map.Entry::getValue).sum()
          / (double) lifecycles;
    }

    void add(int n, long tookNanos, DatabaseWork.Delta work) {
      lifecycles += n;
      nanos += tookNanos;
      commits += work.commits();
      rollbacks += work.rollbacks();
      work.rows().forEach((t, r) -> rows.merge(t, r, Long::sum));
    }
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    System.out.printf("[bench] raise-issue lifecycles: %d threads, pool %d, warm-up %d, %d rounds x %d lifecycles per side%n",
        THREADS, POOL, WARMUP, ROUNDS, LIFECYCLES);
    TestDatabase bareDb = TestDatabase.create("bench_bare");
    TestDatabase liaisonDb = TestDatabase.create("bench_liaison");
    System.out.println("[bench] databases: bare " + bareDb.name() + ", Liaison " + liaisonDb.name());
    int exit = 0;
    try (BareEngine bare = new BareEngine(bareDb, POOL); LiaisonSide liaison = new LiaisonSide(liaisonDb, THREADS, POOL)) {
      HikariDataSource liaisonPool = liaison.context.getBean(javax.sql.DataSource.class).unwrap(HikariDataSource.class);
      DatabaseWork bareWork = new DatabaseWork(bareDb);
      DatabaseWork liaisonWork = new DatabaseWork(liaisonDb);
      Map<String, LiaisonSide.Coalition> liaisonCases = new ConcurrentHashMap<>();

      Lifecycle bareRun = (i, thread) -> bare.lifecycle("BENCH-" + i);
      Lifecycle liaisonRun = (i, thread) -> {
        // each thread keeps to its own coalition
        LiaisonSide.Coalition c = liaison.coalitions.get(thread);
        liaisonCases.put(liaison.lifecycle(c), c);
      };
      AtomicInteger bareSeq = new AtomicInteger();
      AtomicInteger liaisonSeq = new AtomicInteger();

      System.out.printf("[bench] warm-up: %d lifecycles each%n", WARMUP);
      run(WARMUP, bareSeq, bareRun, null);
      run(WARMUP, liaisonSeq, liaisonRun, liaison);
      evict(bare.dataSource);
      evict(liaisonPool);
      Thread.sleep(1000);
      bareWork.calibrate();
      liaisonWork.calibrate();
      System.out.printf("[bench] a statistics reading itself commits %d (bare db) / %d (Liaison db) transaction(s)%n",
          bareWork.probeCost(), liaisonWork.probeCost());

      bare.steps.recording(true);
      liaison.timing.recording(true);
      Side a = new Side("bare engine");
      Side b = new Side("Liaison");
      for (int round = 1; round <= ROUNDS; round++) {
        measure(round, a, LIFECYCLES, bareWork, bare.dataSource, bareSeq, bareRun, null);
        measure(round, b, LIFECYCLES, liaisonWork, liaisonPool, liaisonSeq, liaisonRun, liaison);
      }

      bare.steps.recording(false);
      liaison.timing.recording(false);
      if (Boolean.getBoolean("bench.trace")) {
        trace("bare engine", () -> bare.lifecycle("TRACE-1"));
        trace("Liaison", () -> liaison.lifecycle(liaison.coalitions.get(0)));
      }
      long bareDone = bare.finished("BENCH-");
      long liaisonClosed = liaison.closed(liaisonCases);
      System.out.printf("[bench] check: %d of %d bare instances finished; %d of %d Liaison cases CLOSED%n",
          bareDone, bareSeq.get(), liaisonClosed, liaisonCases.size());
      if (bareDone != bareSeq.get() || liaisonClosed != liaisonCases.size()) {
        System.out.println("[bench] FAILED: not every lifecycle reached its end");
        exit = 1;
      }
      report(a, b);
      stepTable(bare.steps, liaison.timing, a.lifecycles);
      topTables("bare engine", a);
      topTables("Liaison", b);
    } finally {
      System.out.printf("[bench] whole run %.0f s%n", (System.nanoTime() - started) / 1e9);
    }
    System.exit(exit);
  }

  private static void measure(int round, Side side, int n, DatabaseWork work, HikariDataSource pool,
      AtomicInteger seq, Lifecycle lifecycle, LiaisonSide liaison) throws Exception {
    DatabaseWork.Reading before = work.settled();
    work.resetProbes();
    long took = run(n, seq, lifecycle, liaison);
    evict(pool);
    DatabaseWork.Reading after = work.settled();
    DatabaseWork.Delta delta = work.between(before, after);
    side.add(n, took, delta);
    System.out.printf("[bench] round %d %-12s %4d lifecycles in %6.1f s = %6.2f /s; %6.1f commits, %6.1f rows written per lifecycle%n",
        round, side.name, n, took / 1e9, n / (took / 1e9), (double) delta.commits() / n, (double) delta.rowsTotal() / n);
  }

  /**
   * Runs {@code n} lifecycles on {@link #THREADS} threads; returns the wall time. On Liaison's side the
   * outbox is dispatched once a second meanwhile, and once more at the end, as its schedule would.
   */
  private static long run(int n, AtomicInteger seq, Lifecycle lifecycle, LiaisonSide liaison) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicInteger left = new AtomicInteger(n);
    java.util.concurrent.ScheduledExecutorService outbox = null;
    AtomicInteger sent = new AtomicInteger();
    if (liaison != null) {
      outbox = Executors.newSingleThreadScheduledExecutor();
      outbox.scheduleWithFixedDelay(() -> sent.addAndGet(liaison.dispatcher.dispatchOnce().sent()), 1, 1, TimeUnit.SECONDS);
    }
    long t0 = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          lifecycle.run(seq.getAndIncrement(), thread);
        }
        return null;
      }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    if (outbox != null) {
      outbox.shutdown();
      outbox.awaitTermination(1, TimeUnit.MINUTES);
      sent.addAndGet(liaison.dispatcher.dispatchOnce().sent());
    }
    long took = System.nanoTime() - t0;
    pool.shutdown();
    if (liaison != null) {
      System.out.printf("[bench]   outbox: %d messages dispatched (mail catcher) during the run%n", sent.get());
    }
    return took;
  }

  /** Prints every statement one lifecycle sends, step by step (diagnostics). */
  private static void trace(String side, Runnable lifecycle) {
    List<String> sql = new ArrayList<>();
    Steps.TRACE.set(sql);
    try {
      lifecycle.run();
    } finally {
      Steps.TRACE.remove();
    }
    System.out.printf("%n[bench] trace of one lifecycle, %s (%d lines):%n", side, sql.size());
    sql.forEach(line -> System.out.println("  " + (line.length() > 220 ? line.substring(0, 220) + " ..." : line)));
  }

  /** Closes the pool's idle connections: their backends exit and flush their statistics at once. */
  private static void evict(HikariDataSource pool) throws InterruptedException {
    pool.getHikariPoolMXBean().softEvictConnections();
    Thread.sleep(200);
  }

  private static void report(Side a, Side b) {
    String date = LocalDate.now().toString();
    double throughput = b.perSecond() / a.perSecond();
    double commits = b.commitsPer() / a.commitsPer();
    double rows = b.rowsPer() / a.rowsPer();
    System.out.printf("%n[bench] raise-issue end to end, %d threads, %d lifecycles per side (%d rounds), %s%n",
        THREADS, a.lifecycles, ROUNDS, date);
    String f = "| %-52s | %12s | %8s | %-7s | %s |%n";
    StringBuilder t = new StringBuilder();
    t.append(String.format(f, "figure", "value", "target", "met", "date"));
    t.append(String.format(f, "-".repeat(52), "-".repeat(12), "-".repeat(8), "-".repeat(7), "-".repeat(10)));
    t.append(String.format(f, "lifecycles/s, bare engine, no-op delegates (a)", fmt(a.perSecond()), "", "", date));
    t.append(String.format(f, "lifecycles/s, Liaison's services (b)", fmt(b.perSecond()), "", "", date));
    t.append(String.format(f, "throughput ratio b/a", fmt(throughput) + "x", ">= 0.8x", met(throughput >= 0.8), date));
    t.append(String.format(f, "commits per lifecycle, bare (a)", fmt(a.commitsPer()), "", "", date));
    t.append(String.format(f, "commits per lifecycle, Liaison (b)", fmt(b.commitsPer()), "", "", date));
    t.append(String.format(f, "  (rollbacks per lifecycle: bare / Liaison)", fmt((double) a.rollbacks / a.lifecycles)
        + " / " + fmt((double) b.rollbacks / b.lifecycles), "", "", date));
    t.append(String.format(f, "commits ratio b/a", fmt(commits) + "x", "<= 1.3x", met(commits <= 1.3), date));
    t.append(String.format(f, "rows written per lifecycle, bare (a)", fmt(a.rowsPer()), "", "", date));
    t.append(String.format(f, "rows written per lifecycle, Liaison (b)", fmt(b.rowsPer()), "", "", date));
    t.append(String.format(f, "  of which engine tables (act_*)", fmt(b.rowsPer(LifecycleBenchmark::engine)), "", "", date));
    t.append(String.format(f, "  of which Liaison's tables (app.*)", fmt(b.rowsPer(x -> !engine(x))), "", "", date));
    t.append(String.format(f, "rows written ratio b/a", fmt(rows) + "x", "<= 1.3x", met(rows <= 1.3), date));
    System.out.print(t);
  }

  /** Per step: mean wall ms and statements per lifecycle, bare vs Liaison (both measured the same way). */
  private static void stepTable(Steps bare, Steps liaison, long lifecycles) {
    Map<String, double[]> a = bare.perLifecycle(lifecycles);
    Map<String, double[]> b = liaison.perLifecycle(lifecycles);
    System.out.printf("%n[bench] per step and lifecycle (wall ms on one of %d threads; SQL statements sent):%n", THREADS);
    String f = "| %-26s | %9s | %9s | %9s | %9s |%n";
    System.out.printf(f, "step", "bare ms", "Liaison ms", "bare SQL", "Liaison SQL");
    System.out.printf(f, "-".repeat(26), "-".repeat(9), "-".repeat(9), "-".repeat(9), "-".repeat(9));
    double[] ta = new double[2];
    double[] tb = new double[2];
    new java.util.TreeSet<>(b.keySet()).forEach(step -> {
      double[] x = a.getOrDefault(step, new double[2]);
      double[] y = b.get(step);
      ta[0] += x[0];
      ta[1] += x[1];
      tb[0] += y[0];
      tb[1] += y[1];
      System.out.printf(f, step, fmt(x[0]), fmt(y[0]), fmt(x[1]), fmt(y[1]));
    });
    System.out.printf(f, "whole lifecycle", fmt(ta[0]), fmt(tb[0]), fmt(ta[1]), fmt(tb[1]));
  }

  private static boolean engine(String table) {
    return table.substring(table.indexOf('.') + 1).startsWith("act_");
  }

  private static void topTables(String name, Side side) {
    StringBuilder s = new StringBuilder("[bench] rows written per lifecycle by table, " + name + ":");
    side.rows.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(40)
        .forEach(e -> s.append(String.format(" %s %.1f;", e.getKey(), e.getValue() / (double) side.lifecycles)));
    System.out.println(s);
  }

  static String fmt(double v) {
    return String.format("%.2f", v);
  }

  static String met(boolean met) {
    return met ? "met" : "missed";
  }

  private LifecycleBenchmark() {}
}
