package org.liaison.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * README's run command, killed as the kernel's OOM killer or a crashed laptop would kill it
 * (SIGKILL: no Java code runs any more), always comes back: its database does not outlive it, a
 * second Liaison on the same data is refused in one line, and every case the API acknowledged is
 * there after the restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// beside the other test classes (it shares nothing with them), its own two tests one after the other: the
// second spreads its kills over the start times the first measured
@Execution(ExecutionMode.CONCURRENT)
class CrashRecoveryIT {

  /** How long the server and its watchdog may take to go after the application is killed. */
  private static final Duration GRACE = Duration.ofSeconds(15);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  /**
   * How long a first start (database creation, migrations, engine, demo seeding) and a restart take
   * until the application has started completely, measured by the first test; the random moments
   * of the second spread over them.
   */
  private static Duration firstStartTime = Duration.ofSeconds(40);
  private static Duration restartTime = Duration.ofSeconds(25);

  @TempDir
  Path tmp;

  @Test
  @Order(1)
  @Execution(ExecutionMode.SAME_THREAD)
  void a_killed_application_leaves_no_database_behind_refuses_a_twin_and_comes_back_with_its_cases() throws Exception {
    Path dir = tmp.resolve("data");
    Instant first = Instant.now();
    ChildApp app = ChildApp.start(dir, tmp.resolve("first.log"));
    assertThat(app.awaitServing(START_TIMEOUT)).as("first start; it printed:%n%s", app.output()).isTrue();
    assertThat(app.awaitStarted(START_TIMEOUT)).as("first start; it printed:%n%s", app.output()).isTrue();
    firstStartTime = Duration.between(first, Instant.now());
    String reference = app.raiseCase("Acknowledged before the crash").orElseThrow();
    // the sign-in page names the demo passwords: the embedded default answers on loopback only
    assertThat(app.listenAddresses()).isNotEmpty().allMatch(a -> a.equals("0100007F") // 127.0.0.1
        || a.equals("0000000000000000FFFF00000100007F") // ::ffff:127.0.0.1
        || a.equals("00000000000000000000000001000000")); // ::1
    // … and runs Vaadin in production mode: no development tools telling visitors what runs inside
    assertThat(app.body("/login")).contains("<html");
    assertThat(app.output()).contains("Vaadin is running in production mode").doesNotContain("DEVELOPMENT mode");

    ChildApp twin = ChildApp.start(dir, tmp.resolve("twin.log"));
    Optional<Integer> twinExit = twin.awaitExit(Duration.ofMinutes(2));
    assertThat(twinExit).as("the second Liaison on the same data; it printed:%n%s", twin.output()).contains(2);
    List<String> errors = twin.output().lines().filter(l -> l.matches(".*\\sERROR\\s.*")).toList();
    assertThat(errors).singleElement().asString().endsWith("Liaison is already running with its data in " + dir
        + ", pid " + app.pid() + "; stop it or set LIAISON_DATA_DIR to another directory.");
    assertThat(twin.output()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(app.status("/api/cases/" + reference)).as("the first one is untouched").isEqualTo(200);

    long server = EmbeddedDatabase.serverPid(new DataDirectory(dir)).orElseThrow();
    app.kill();
    assertNothingLeftOf(dir, server);

    Instant restart = Instant.now();
    ChildApp again = ChildApp.start(dir, tmp.resolve("again.log"));
    assertThat(again.awaitServing(START_TIMEOUT)).as("restart; it printed:%n%s", again.output()).isTrue();
    assertThat(again.awaitStarted(START_TIMEOUT)).as("restart; it printed:%n%s", again.output()).isTrue();
    restartTime = Duration.between(restart, Instant.now());
    assertThat(again.body("/api/cases/" + reference)).contains("Acknowledged before the crash");
    again.stop();
    assertThat(ChildApp.processesUsing(dir)).as("after a normal stop").isEmpty();
  }

  /**
   * Twelve kills at random moments in the suite (twenty or more with {@code -Dliaison.crash.moments=20}; the
   * kills during Liaison's async work are {@code AsyncWorkFaultsIT}'s): a third spread over the first start of a new data directory
   * (database creation, migrations, the engine's tables and deployment, demo seeding), the rest
   * over restarts and the work that follows (cases being raised through the API). Every other kill
   * takes the database server down with it (SIGKILL too), so PostgreSQL's own crash recovery runs on
   * the next start. Between the two phases, and at the end, a start that is not killed must come up.
   */
  @Test
  @Order(2)
  @Execution(ExecutionMode.SAME_THREAD)
  void comes_back_after_being_killed_at_random_moments_with_every_acknowledged_case() throws Exception {
    int moments = Integer.getInteger("liaison.crash.moments", 12);
    long seed = Long.getLong("liaison.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    int firstStartMoments = moments / 3;
    List<Long> duringFirstStart = spread(firstStartMoments, firstStartTime, random);
    List<Long> afterwards = spread(moments - firstStartMoments, restartTime.plusSeconds(4), random);
    System.out.printf("[crash loop] seed %d (rerun with -Dliaison.crash.seed=%d): %d moments over the first start "
        + "(%d ms), %d over restarts and work (%d ms)%n", seed, seed, firstStartMoments, firstStartTime.toMillis(),
        moments - firstStartMoments, restartTime.plusSeconds(4).toMillis());

    Path dir = tmp.resolve("data");
    Set<String> acknowledged = new ConcurrentSkipListSet<>();
    int run = 0;
    int servedBeforeKill = 0;
    for (long killAfter : duringFirstStart) {
      servedBeforeKill += killAt(dir, run++, killAfter, acknowledged) ? 1 : 0;
    }
    ChildApp whole = ChildApp.start(dir, tmp.resolve("whole.log"));
    assertThat(whole.awaitStarted(START_TIMEOUT)).as("start after the kills during the first start; it printed:%n%s",
        whole.output()).isTrue();
    long server = EmbeddedDatabase.serverPid(new DataDirectory(dir)).orElseThrow();
    whole.kill();
    assertNothingLeftOf(dir, server);
    for (long killAfter : afterwards) {
      servedBeforeKill += killAt(dir, run++, killAfter, acknowledged) ? 1 : 0;
    }

    ChildApp last = ChildApp.start(dir, tmp.resolve("last.log"));
    assertThat(last.awaitServing(START_TIMEOUT)).as("start after the last kill; it printed:%n%s", last.output()).isTrue();
    List<String> missing = acknowledged.stream().filter(ref -> last.status("/api/cases/" + ref) != 200).toList();
    assertThat(missing).as("acknowledged cases missing after the crashes (seed %d)", seed).isEmpty();
    assertThat(servedBeforeKill).as("runs that were working when killed").isPositive();
    assertThat(acknowledged).as("cases acknowledged over all runs").isNotEmpty();
    System.out.printf("[crash loop] %d kills (%d while serving), %d acknowledged cases all present; ", moments,
        servedBeforeKill, acknowledged.size());
    System.out.println(checkIntegrity(dir));
    last.stop();
  }

  /** {@code n} moments within {@code over}, one in each of n equal slices, in random order. */
  private static List<Long> spread(int n, Duration over, Random random) {
    List<Long> moments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      moments.add((long) ((i + random.nextDouble()) * over.toMillis() / n));
    }
    Collections.shuffle(moments, random);
    return moments;
  }

  /**
   * Starts the application, raises cases through the API whenever it answers, kills it (and every
   * other time its database server) {@code killAfter} ms after the start; returns whether it was
   * serving by then.
   */
  private static boolean killAt(Path dir, int run, long killAfter, Set<String> acknowledged) throws Exception {
    ChildApp app = ChildApp.start(dir, dir.resolveSibling("run-" + run + ".log"));
    AtomicBoolean stop = new AtomicBoolean();
    Thread client = new Thread(() -> {
      int n = 0;
      while (!stop.get()) {
        app.raiseCase("Case " + run + "-" + n++).ifPresent(acknowledged::add);
        pause(100);
      }
    });
    client.start();
    Instant killAt = Instant.now().plusMillis(killAfter);
    while (Instant.now().isBefore(killAt) && app.isAlive()) {
      TimeUnit.MILLISECONDS.sleep(Math.min(50, Math.max(1, Duration.between(Instant.now(), killAt).toMillis())));
    }
    assertThat(app.isAlive()).as("run %d ended by itself before its kill at %d ms; it printed:%n%s", run, killAfter,
        app.output()).isTrue();
    boolean serving = app.status("/api/cases?size=1") == 200;
    Optional<Long> server = EmbeddedDatabase.serverPid(new DataDirectory(dir));
    boolean killServerToo = run % 2 == 1;
    app.kill();
    if (killServerToo) {
      server.flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }
    stop.set(true);
    client.join();
    System.out.printf("[crash loop] run %d killed after %d ms (%s)%s; %d cases acknowledged so far%n", run, killAfter,
        serving ? "serving" : "starting", killServerToo ? " with its database server" : "", acknowledged.size());
    assertNothingLeftOf(dir, server.orElse(-1L));
    return serving;
  }

  /** amcheck over every table and B-tree index of Liaison's database, and a full read of every table. */
  private static String checkIntegrity(Path dir) throws SQLException {
    DataDirectory data = new DataDirectory(dir);
    int port = Integer.parseInt(readLine(dir.resolve("postmaster.pid"), 3));
    Properties props = new Properties();
    props.setProperty("user", EmbeddedDatabase.SUPERUSER);
    props.setProperty("password", data.password().orElseThrow());
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/liaison", props);
        Statement st = c.createStatement()) {
      st.execute("create extension if not exists amcheck");
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = "
          + "c.relnamespace where c.relkind = 'r' and n.nspname in ('public', 'app')")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      long rows = 0;
      for (String table : tables) {
        try (ResultSet rs = st.executeQuery("select count(*) from verify_heapam('" + table + "')")) {
          rs.next();
          assertThat(rs.getLong(1)).as("heap corruption in %s", table).isZero();
        }
        try (ResultSet rs = st.executeQuery("select * from " + table)) {
          while (rs.next()) {
            rows++;
          }
        }
      }
      int indexes = 0;
      try (ResultSet rs = st.executeQuery("select count(bt_index_check(c.oid, true)) from pg_index i join pg_class c "
          + "on c.oid = i.indexrelid join pg_am a on a.oid = c.relam join pg_namespace n on n.oid = c.relnamespace "
          + "where a.amname = 'btree' and n.nspname in ('public', 'app')")) {
        rs.next();
        indexes = rs.getInt(1);
      }
      assertThat(tables).hasSizeGreaterThan(40);
      return String.format("amcheck: %d tables (%d rows read) and %d B-tree indexes without corruption", tables.size(),
          rows, indexes);
    }
  }

  private static void assertNothingLeftOf(Path dir, long serverPid) throws InterruptedException {
    Instant until = Instant.now().plus(GRACE);
    while (Instant.now().isBefore(until) && (alive(serverPid) || !ChildApp.processesUsing(dir).isEmpty())) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(alive(serverPid)).as("the database server (pid %d) after %s", serverPid, GRACE).isFalse();
    assertThat(ChildApp.processesUsing(dir)).as("processes of %s after %s", dir, GRACE).isEmpty();
  }

  private static boolean alive(long pid) {
    return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static String readLine(Path file, int index) {
    try {
      return Files.readAllLines(file).get(index).trim();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
