package org.liaison.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.WorkflowTestApplication;
import org.liaison.cases.Alignment;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.common.CountryCode;
import org.liaison.hrr.CycleStatus;
import org.liaison.hrr.HrrCycle;
import org.liaison.hrr.HrrService;
import org.liaison.notifications.MailChoice;
import org.liaison.notifications.MemberProfiles;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Portfolio;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.organisations.NewMemberOrganisation;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.processes.HrrInputProcess;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.testing.TestDatabase;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13's fault suite: Liaison's async work killed with SIGKILL at random points, then taken up
 * again by the next process, on a real PostgreSQL and a real SMTP server (GreenMail, in this JVM).
 *
 * <p>This JVM plays the coalitions' people: through the services the screens call (its own engine,
 * job executor and outbox schedule off) it raises cases and approves their outreach (mail into the
 * outbox), makes follow-up timers due ({@code ManagementService.setJobDuedate}, as if a week had
 * passed) and starts HRR calendars (a call for input to every member organisation) and makes their
 * reminder timers due. The async work is done by {@link AsyncWorker}s, each a JVM of its own on the
 * same database: their job executor runs the timers (the follow-up task and its notice mail, the HRR
 * reminders) and their dispatcher sends the outbox by SMTP. Each cycle feeds one kind of work, starts
 * a worker (booted meanwhile, held until then) and kills it (SIGKILL) after a random number of units
 * of the work it found — a message at the server, a job done — plus a random 0–15 ms; a kill counts
 * as landing during that kind of work if some of it was left uncommitted (else during another kind
 * that was; else it is a miss and does not count). After the last kill one worker started cold
 * drains everything. Then every lifecycle must be where it should be, every queued message must be
 * at the SMTP server, and no Message-ID may be there more often than the kills explain.
 *
 * <p><b>Exactly once, and where that ends.</b> The outbox marks a message SENT in the transaction
 * that locked it, after the server's 250: a kill between the two leaves it PENDING, so the next worker
 * sends it again with the same Message-ID (see {@code OutboxDispatcher}). The suite counts raw copies
 * and distinct Message-IDs apart: 0 lost and 0 duplicated after deduplication by Message-ID is
 * asserted, and every raw second copy must be explained by a kill that found its message accepted by
 * the server and still PENDING in the database; those are printed.
 *
 * <p>{@code -Dfaults.kills=N} (default 6: the short version {@code ./mvnw verify} runs; README has the
 * full command), {@code -Dfaults.seed=S} reruns a seed's choices,
 * {@code -Dfaults.standbys=2} workers booting ahead, {@code -Dfaults.cds=true} a class-data archive for
 * the workers (a training start first; pays off from a few dozen kills; default from 40 kills),
 * {@code -Dfaults.batchSize=20} the outbox batch ({@code liaison.mail.batch-size}; default 1, as in production).
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
    "camunda.bpm.process-engine-name=faults",
    "liaison.notifications.due-scan-interval=PT24H",
    "logging.level.org.liaison.mail=WARN"
})
class AsyncWorkFaultsIT {

  private static final TestDatabase DB = TestDatabase.create("faults");
  private static final int SMTP_PORT = freePort();
  private static final String FROM_DOMAIN = "coalition.example";
  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(240);
  private static final Duration WORK_TIMEOUT = Duration.ofSeconds(120);
  /** The job lock of the workers: a job held by a killed worker is taken up again after this. */
  private static final int LOCK_MILLIS = 8_000;
  /** Member organisations per coalition: an HRR call or reminder is a message to each. */
  private static final int ORGANISATIONS = 3;

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
  }

  @Autowired MembershipService memberships;
  @Autowired CaseService cases;
  @Autowired OutreachService outreach;
  @Autowired ContactService contacts;
  @Autowired MemberOrganisationService organisations;
  @Autowired MemberProfiles profiles;
  @Autowired HrrService hrr;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  enum Kind { OUTREACH, TIMERS, HRR }

  /** A coalition of the suite: its coordinator, the member who owns its cases, its officers and organisations. */
  record Team(Coalition coalition, Actor coordinator, Actor owner, List<UUID> officers, List<UUID> organisations) {}

  /** A case whose outreach was approved; {@code followUpDue} once its follow-up timer was made due. */
  static final class FedCase {
    final Team team;
    final CaseDetails details;
    boolean followUpDue;

    FedCase(Team team, CaseDetails details) {
      this.team = team;
      this.details = details;
    }
  }

  /** A started HRR calendar; {@code reminderDue} once its reminder timer was made due. */
  static final class FedCalendar {
    final Team team;
    final String country;
    final HrrCycle cycle;
    boolean reminderDue;

    FedCalendar(Team team, String country, HrrCycle cycle) {
      this.team = team;
      this.country = country;
      this.cycle = cycle;
    }
  }

  private final List<Team> teams = new ArrayList<>();
  private final List<FedCase> fedCases = new ArrayList<>();
  private final List<FedCalendar> calendars = new ArrayList<>();
  private final Deque<String> countries = new ArrayDeque<>();
  /** Message-ID → kills after which the server held it while the database still had it PENDING. */
  private final Map<String, List<Integer>> acceptedButPending = new HashMap<>();
  private Connection owner;
  private Path workDir;

  @Test
  void every_lifecycle_reaches_its_state_and_every_mail_arrives_once_by_message_id_after_kills_during_async_work()
      throws Exception {
    try {
      killAndCheck();
    } finally {
      Worker.endAll(); // a failed run leaves no worker behind
    }
  }

  private void killAndCheck() throws Exception {
    long seed = Long.getLong("faults.seed", System.nanoTime());
    int kills = Integer.getInteger("faults.kills", 6);
    int standbys = Integer.getInteger("faults.standbys", 2);
    boolean cds = Boolean.parseBoolean(System.getProperty("faults.cds", Boolean.toString(kills >= 40)));
    int batchSize = Integer.getInteger("faults.batchSize", 1); // production's default
    Random random = new Random(seed);
    System.out.printf("[fault suite] seed %d (-Dfaults.seed=%d reruns its choices): %d kills, %d standby worker(s), "
        + "class-data archive %s, outbox batch %d%n", seed, seed, kills, standbys, cds ? "on" : "off", batchSize);

    Instant begin = Instant.now();
    owner = DriverManager.getConnection(DB.url(), DB.username(), DB.password()); // also keeps the database in use
    workDir = Files.createDirectories(Path.of("target", "faults", Long.toString(seed)));
    seedCoalitions(3);
    CountryCode.KNOWN.stream().sorted().forEach(countries::add);
    List<String> command = workerCommand(batchSize, cds);

    Deque<Worker> booting = new ArrayDeque<>();
    int started = 0;
    for (int i = 0; i < standbys; i++) {
      booting.add(Worker.start(command, workDir.resolve("worker-" + (++started) + ".log")));
    }
    Map<Kind, Integer> during = new EnumMap<>(Kind.class);
    int misses = 0;
    int attempts = 0;
    long bootNanos = 0;
    long workNanos = 0;
    Instant loopBegin = Instant.now();
    while (during.values().stream().mapToInt(Integer::intValue).sum() < kills) {
      assertThat(++attempts).as("kills that landed after the work they waited for ended (misses: %d)", misses)
          .isLessThanOrEqualTo(kills * 2 + 5);
      Kind focus = Kind.values()[random.nextInt(Kind.values().length)];
      feed(focus, random);
      Worker worker = booting.poll();
      assertThat(worker.awaitReady(BOOT_TIMEOUT)).as("worker %d ready; it printed:%n%s", worker.number, worker.tail())
          .isTrue();
      booting.add(Worker.start(command, workDir.resolve("worker-" + (++started) + ".log")));
      bootNanos += worker.bootNanos();
      noteMessagesAcceptedButPending(attempts - 1);

      // the work this worker finds, in units that finish one by one: a message at the server, a job done
      int mailsAtGo = smtp.getReceivedMessages().length;
      int jobsAtGo = dueJobs();
      int units = count("select count(*) from app.outbox_message where status = 'PENDING'") + jobsAtGo
          + dueTimers(RaiseIssueProcess.KEY) // each follow-up brings the owner's notice by mail
          + dueTimers(HrrInputProcess.KEY) * ORGANISATIONS; // each HRR reminder timer a mail per organisation
      // the timers this worker can take: due, and not held by a killed worker whose lock has not expired
      Map<Kind, List<String>> timersAtGo = new EnumMap<>(Kind.class);
      timersAtGo.put(Kind.OUTREACH, List.of());
      timersAtGo.put(Kind.TIMERS, availableTimers(RaiseIssueProcess.KEY));
      timersAtGo.put(Kind.HRR, availableTimers(HrrInputProcess.KEY));
      int before = remaining(focus, timersAtGo.get(focus));
      int target = random.nextInt(Math.max(units, 1));
      long jitterMillis = random.nextInt(16);
      long go = System.nanoTime();
      worker.go();
      Instant deadline = Instant.now().plus(WORK_TIMEOUT);
      while (smtp.getReceivedMessages().length - mailsAtGo + jobsAtGo - dueJobs() < target) {
        assertThat(worker.isAlive()).as("worker %d alive; it printed:%n%s", worker.number, worker.tail()).isTrue();
        assertThat(Instant.now()).as("worker %d did %d units of work within %s; it printed:%n%s", worker.number,
            target, WORK_TIMEOUT, worker.tail()).isBefore(deadline);
        TimeUnit.MILLISECONDS.sleep(2); // the next look; the work goes on meanwhile
      }
      TimeUnit.MILLISECONDS.sleep(jitterMillis);
      worker.kill();
      long killedAfter = System.nanoTime() - go;
      workNanos += killedAfter;
      Map<Kind, Integer> left = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        left.put(kind, remaining(kind, timersAtGo.get(kind)));
      }
      // a kill counts for the kind it was aimed at if that work was not all committed, else for another that was
      Kind landed = left.get(focus) > 0 ? focus
          : Arrays.stream(Kind.values()).filter(k -> left.get(k) > 0).findFirst().orElse(null);
      if (landed != null) {
        during.merge(landed, 1, Integer::sum);
      } else {
        misses++;
      }
      System.out.printf("[fault suite] kill %d: worker %d (booted in %.1f s) killed %d ms after go, after %d of %d "
              + "units; fed %s (%d uncommitted at go); uncommitted after the kill: %s%s%n", attempts, worker.number,
          worker.bootNanos() / 1e9, killedAfter / 1_000_000, target, units, focus, before, left,
          landed == null ? " — a miss: all of it had been done" : landed == focus ? "" : " — counted for " + landed);
    }
    Duration loop = Duration.between(loopBegin, Instant.now());
    int killed = attempts;
    booting.forEach(Worker::stop);

    // one clean run, started cold, drains everything that is left
    noteMessagesAcceptedButPending(killed);
    Worker last = Worker.start(command, workDir.resolve("worker-" + (++started) + "-last.log"));
    assertThat(last.awaitReady(BOOT_TIMEOUT)).as("last worker ready; it printed:%n%s", last.tail()).isTrue();
    last.go();
    Instant drainDeadline = Instant.now().plus(WORK_TIMEOUT).plusMillis(LOCK_MILLIS);
    while (remainingAll() > 0) {
      assertThat(last.isAlive()).as("last worker alive; it printed:%n%s", last.tail()).isTrue();
      assertThat(Instant.now()).as("everything drained within %s; left: %s; it printed:%n%s", WORK_TIMEOUT,
          remainingAll(), last.tail()).isBefore(drainDeadline);
      TimeUnit.MILLISECONDS.sleep(100);
    }
    last.stop();
    assertThat(last.exitCode()).as("the last worker stopped cleanly; it printed:%n%s", last.tail()).isZero();

    checkLifecycles();
    MailCount mail = checkMail();
    int total = during.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("[fault suite] seed %d: %d kills (%d during outreach, %d during timers, %d during HRR; "
            + "%d more landed after all work was done), %d lifecycles all in expected state (%d cases, %d of them "
            + "followed up; %d HRR calendars, %d reminded), %d messages expected, %d distinct received, "
            + "%d raw second copies%n", seed, total, during.getOrDefault(Kind.OUTREACH, 0),
        during.getOrDefault(Kind.TIMERS, 0), during.getOrDefault(Kind.HRR, 0), misses, fedCases.size() + calendars.size(),
        fedCases.size(), fedCases.stream().filter(c -> c.followUpDue).count(), calendars.size(),
        calendars.stream().filter(c -> c.reminderDue).count(), mail.expected, mail.distinct, mail.secondCopies);
    System.out.printf("[fault suite] time: %.1f s in all, kill loop %.1f s = %.1f s per kill (worker boot %.1f s "
            + "on average, overlapped with the previous worker's work; work until the kill %.2f s on average)%n",
        Duration.between(begin, Instant.now()).toMillis() / 1e3, loop.toMillis() / 1e3, loop.toMillis() / 1e3 / killed,
        bootNanos / 1e9 / killed, workNanos / 1e9 / killed);
    owner.close();
  }

  // ---------------------------------------------------------------- the people's side: work to do

  private void seedCoalitions(int count) {
    for (int i = 0; i < count; i++) {
      String suffix = UUID.randomUUID().toString().substring(0, 6);
      Coalition coalition = new Coalition("faults-" + i + "-" + suffix, "Fault coalition " + i,
          ("F" + i + suffix).toUpperCase().replaceAll("[^A-Z0-9]", "0"));
      memberships.ensureCoalition(coalition);
      String coordinator = "coord-" + coalition.id();
      String member = "owner-" + coalition.id();
      memberships.grant(coalition.id(), coordinator, Set.of(Role.COORDINATOR, Role.MEMBER));
      memberships.grant(coalition.id(), member, Set.of(Role.MEMBER));
      Actor coord = memberships.actorFor(coordinator, coalition.id());
      Actor own = memberships.actorFor(member, coalition.id());
      // the owner wants each notice by mail: a follow-up that falls due reaches the SMTP server too
      as(own, () -> profiles.changeMail(member, member + "@members.example", MailChoice.EACH));
      List<UUID> officers = as(coord, () -> {
        Embassy embassy = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
        return List.of(
            contacts.addOfficer(new NewOfficer(embassy.id(), "Amina Hassan", null, Portfolio.HUMAN_RIGHTS,
                "hro-" + coalition.id() + "@embassy.example", null)).id(),
            contacts.addOfficer(new NewOfficer(embassy.id(), "Peter Otieno", null, Portfolio.HUMAN_RIGHTS,
                "political-" + coalition.id() + "@embassy.example", null)).id());
      });
      List<UUID> orgs = as(coord, () -> Stream.of("Media Watch", "Article 19", "Defenders' Network")
          .map(name -> organisations.add(new NewMemberOrganisation(name,
              name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@" + coalition.id() + ".example")).id())
          .toList());
      teams.add(new Team(coalition, coord, own, officers, orgs));
    }
  }

  /** Gives the workers work of one kind (and, where that kind needs it first, of another). */
  private void feed(Kind kind, Random random) {
    switch (kind) {
      case OUTREACH -> {
        for (int i = 0; i < 3; i++) {
          fedCases.add(approvedCase(teams.get(random.nextInt(teams.size()))));
        }
      }
      case TIMERS -> {
        List<FedCase> waiting = fedCases.stream().filter(c -> !c.followUpDue).limit(4).toList();
        if (waiting.size() < 4) {
          for (int i = waiting.size(); i < 4; i++) {
            fedCases.add(approvedCase(teams.get(random.nextInt(teams.size()))));
          }
          waiting = fedCases.stream().filter(c -> !c.followUpDue).limit(4).toList();
        }
        for (FedCase c : waiting) {
          makeDue(timer(instanceOf(RaiseIssueProcess.KEY, c.details.reference(), c.team),
              RaiseIssueProcess.Elements.EVENT_FOLLOW_UP_DUE));
          c.followUpDue = true;
        }
      }
      case HRR -> {
        List<FedCalendar> waiting = calendars.stream().filter(c -> !c.reminderDue).limit(2).toList();
        for (FedCalendar c : waiting) {
          makeDue(timer(instanceOf(HrrInputProcess.KEY, c.cycle.reference(), c.team),
              HrrInputProcess.Elements.EVENT_REMINDER_DUE));
          c.reminderDue = true;
        }
        for (int i = 0; i < 2; i++) {
          Team team = teams.get(random.nextInt(teams.size()));
          String country = countries.poll();
          as(team.coordinator(), () -> hrr.startCalendar(country));
          HrrCycle cycle = as(team.coordinator(), () -> hrr.cycles()).stream()
              .filter(c -> c.country().equals(country)).findFirst().orElseThrow();
          calendars.add(new FedCalendar(team, country, cycle));
        }
      }
    }
  }

  /** A case raised, triaged, aligned with both officers, drafted and approved: its outreach is in the outbox. */
  private FedCase approvedCase(Team team) {
    Actor member = team.owner();
    Actor coordinator = team.coordinator();
    CaseDetails raised = as(member, () -> cases.raise(new NewCase("Detained journalists",
        "Journalists detained after covering protests", "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)));
    String ref = raised.reference();
    as(coordinator, () -> cases.triage(step(coordinator, ref, RaiseIssueProcess.Elements.TASK_TRIAGE_CASE),
        new Triage(Severity.HIGH, null)));
    as(member, () -> cases.align(step(member, ref, RaiseIssueProcess.Elements.TASK_ALIGN_WITH_PRIORITIES),
        new Alignment(Set.of(), Set.copyOf(team.officers()), null)));
    as(member, () -> outreach.submitDraft(step(member, ref, RaiseIssueProcess.Elements.TASK_DRAFT_OUTREACH),
        new OutreachDraft("Three journalists are held without charge", "Press freedom is a stated U.S. priority",
            "Ask for consular attention at the hearing")));
    as(coordinator, () -> outreach.review(step(coordinator, ref, RaiseIssueProcess.Elements.TASK_REVIEW_OUTREACH),
        Review.approve(null)));
    return new FedCase(team, raised);
  }

  private String step(Actor actor, String reference, String taskKey) {
    List<WorkItem> open = as(actor, () -> cases.openSteps(reference));
    return open.stream().filter(t -> taskKey.equals(t.taskKey())).findFirst()
        .orElseThrow(() -> new IllegalStateException(reference + ": no open " + taskKey + " in " + open)).id();
  }

  private String instanceOf(String processKey, String businessKey, Team team) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
        .tenantIdIn(team.coalition().id()).singleResult().getId();
  }

  private Job timer(String processInstanceId, String activityId) {
    List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
        .list();
    assertThat(timers).as("timers at %s", activityId).hasSize(1);
    return timers.get(0);
  }

  /** As if its time had come: the timer is due a second ago (the workers' job executor takes it from there). */
  private void makeDue(Job timer) {
    management.setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(1)));
  }

  // ---------------------------------------------------------------- what remains to do, in the database

  /**
   * The work of this kind that is not committed yet: of {@code timers} (due timers the worker could take),
   * those not yet done, and the kind's messages not yet marked sent.
   */
  private int remaining(Kind kind, List<String> timers) throws SQLException {
    int timersLeft = timers.isEmpty() ? 0 : count("select count(*) from act_ru_job where id_ = any(?)",
        owner.createArrayOf("varchar", timers.toArray()));
    return timersLeft + switch (kind) {
      case OUTREACH -> count("select count(*) from app.outbox_message where status = 'PENDING' "
          + "and idempotency_key like 'outreach:%'");
      // the timer, then the owner's notice of the follow-up task it made
      case TIMERS -> count("""
          select count(*) from app.outbox_message o
           where o.status = 'PENDING' and o.idempotency_key like 'notice:assigned:%'
             and exists (select 1 from act_hi_taskinst t
                          where t.id_ = split_part(o.idempotency_key, ':', 3) and t.task_def_key_ = ?)""",
          RaiseIssueProcess.Elements.TASK_FOLLOW_UP);
      case HRR -> count("select count(*) from app.outbox_message where status = 'PENDING' and idempotency_key like 'hrr-%'");
    };
  }

  private List<String> availableTimers(String processKey) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    List<String> ids = new ArrayList<>();
    try (PreparedStatement st = owner.prepareStatement("select id_ from act_ru_job where type_ = 'timer' "
        + "and process_def_key_ = ? and duedate_ <= ? and (lock_exp_time_ is null or lock_exp_time_ <= ?)")) {
      st.setString(1, processKey);
      st.setTimestamp(2, now);
      st.setTimestamp(3, now);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  private int dueTimers(String processKey) throws SQLException {
    return count("select count(*) from act_ru_job where type_ = 'timer' and process_def_key_ = ? and duedate_ <= ?",
        processKey, Timestamp.from(Instant.now()));
  }

  /** Jobs due now (a job held by a killed worker stays due until its lock expires and it is done). */
  private int dueJobs() throws SQLException {
    return count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= ?)",
        Timestamp.from(Instant.now()));
  }

  /** Everything left: pending mail, and jobs that are due (held by a killed worker until their lock expires). */
  private int remainingAll() throws SQLException {
    return count("select count(*) from app.outbox_message where status = 'PENDING'") + dueJobs();
  }

  private int count(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = owner.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  // ---------------------------------------------------------------- the checks

  private void checkLifecycles() throws SQLException {
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
    for (FedCase c : fedCases) {
      String ref = c.details.reference();
      String instance = instanceOf(RaiseIssueProcess.KEY, ref, c.team);
      long followUps = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
          .taskDefinitionKey(RaiseIssueProcess.Elements.TASK_FOLLOW_UP).count();
      long timers = management.createJobQuery().processInstanceId(instance).timers()
          .activityId(RaiseIssueProcess.Elements.EVENT_FOLLOW_UP_DUE).count();
      CaseStatus status = as(c.team.owner(), () -> cases.get(ref)).status();
      if (c.followUpDue) {
        assertThat(status).as("%s after its follow-up fell due", ref).isEqualTo(CaseStatus.FOLLOWING_UP);
        assertThat(followUps).as("%s: follow-up tasks (one timer, fired once)", ref).isEqualTo(1);
        assertThat(timers).as("%s: follow-up timers left", ref).isZero();
        String task = history.createHistoricTaskInstanceQuery().processInstanceId(instance)
            .taskDefinitionKey(RaiseIssueProcess.Elements.TASK_FOLLOW_UP).singleResult().getId();
        assertThat(count("select count(*) from app.outbox_message where tenant_id = ? and idempotency_key = ?",
            c.team.coalition().id(), "notice:assigned:" + task + ":" + c.team.owner().username()))
            .as("%s: the owner's notice of the follow-up", ref).isEqualTo(1);
      } else {
        assertThat(status).as("%s waiting for a reply", ref).isEqualTo(CaseStatus.OUTREACH_SENT);
        assertThat(followUps).as("%s: follow-up tasks before its timer fell due", ref).isZero();
        assertThat(timers).as("%s: its follow-up timer", ref).isEqualTo(1);
      }
      assertThat(count("select count(*) from app.outbox_message where tenant_id = ? and idempotency_key like ?",
          c.team.coalition().id(), "outreach:" + c.details.id() + ":%")).as("%s: one outreach per officer", ref)
          .isEqualTo(c.team.officers().size());
    }
    for (FedCalendar c : calendars) {
      String instance = instanceOf(HrrInputProcess.KEY, c.cycle.reference(), c.team);
      long reminded = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
          .activityId(HrrInputProcess.Elements.TASK_REMIND_MEMBERS).finished().count();
      HrrCycle cycle = as(c.team.coordinator(), () -> hrr.cycle(c.cycle.reference()));
      assertThat(cycle.status()).as("%s", c.cycle.reference()).isEqualTo(CycleStatus.OPEN);
      String waitingAt = c.reminderDue ? HrrInputProcess.Elements.EVENT_SUBMISSION_DEADLINE
          : HrrInputProcess.Elements.EVENT_REMINDER_DUE;
      assertThat(management.createJobQuery().processInstanceId(instance).timers().activityId(waitingAt).count())
          .as("%s waits at %s", c.cycle.reference(), waitingAt).isEqualTo(1);
      assertThat(reminded).as("%s: reminders sent (once if due)", c.cycle.reference()).isEqualTo(c.reminderDue ? 1 : 0);
      for (UUID org : c.team.organisations()) {
        assertThat(count("select count(*) from app.outbox_message where tenant_id = ? and idempotency_key = ?",
            c.team.coalition().id(), "hrr-call:" + c.cycle.id() + ":" + org)).as("%s: call to %s", c.cycle.reference(), org)
            .isEqualTo(1);
        assertThat(count("select count(*) from app.outbox_message where tenant_id = ? and idempotency_key = ?",
            c.team.coalition().id(), "hrr-reminder:" + c.cycle.id() + ":" + org))
            .as("%s: reminder to %s", c.cycle.reference(), org).isEqualTo(c.reminderDue ? 1 : 0);
      }
    }
  }

  record MailCount(int expected, int distinct, int secondCopies) {}

  /**
   * Every message the outbox holds is SENT and at the server once per recipient after deduplication by
   * Message-ID; nothing else is there; and each further copy is explained by a kill.
   */
  private MailCount checkMail() throws SQLException {
    Map<String, Integer> received = receivedCopies();
    Map<String, Integer> expected = new LinkedHashMap<>();
    Map<String, String> keys = new HashMap<>();
    try (PreparedStatement st = owner.prepareStatement(
        "select tenant_id, idempotency_key, recipients, status from app.outbox_message order by created_at");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String id = messageId(rs.getString(1), rs.getString(2));
        assertThat(rs.getString(4)).as("status of %s", rs.getString(2)).isEqualTo("SENT");
        assertThat(expected.put(id, ((String[]) rs.getArray(3).getArray()).length))
            .as("a second message with the Message-ID of %s", rs.getString(2)).isNull();
        keys.put(id, rs.getString(1) + " " + rs.getString(2));
      }
    }
    assertThat(received.keySet()).as("Message-IDs at the server that the outbox never held")
        .isSubsetOf(expected.keySet());
    List<String> lost = expected.entrySet().stream()
        .filter(e -> received.getOrDefault(e.getKey(), 0) < e.getValue()).map(e -> keys.get(e.getKey())).toList();
    assertThat(lost).as("messages lost (fewer copies at the server than recipients)").isEmpty();
    int secondCopies = 0;
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      int extra = received.get(e.getKey()) - e.getValue();
      if (extra > 0) {
        List<Integer> explainedBy = acceptedButPending.getOrDefault(e.getKey(), List.of());
        System.out.printf("[fault suite] raw second copy: %s (%s) arrived %d times for %d recipient(s): the server "
                + "accepted it and the worker was killed before its SENT mark committed (after kill(s) %s)%n",
            e.getKey(), keys.get(e.getKey()), received.get(e.getKey()), e.getValue(), explainedBy);
        assertThat(extra).as("copies of %s beyond its recipients not explained by a kill in the SMTP window",
            keys.get(e.getKey())).isLessThanOrEqualTo(explainedBy.size() * e.getValue());
        secondCopies += extra;
      }
    }
    return new MailCount(expected.size(), (int) expected.keySet().stream().filter(received::containsKey).count(),
        secondCopies);
  }

  /**
   * Before a worker starts (none sends now): a PENDING message whose copies are already at the server
   * was accepted and its worker killed before the SENT mark committed; the next worker will send it again.
   */
  private void noteMessagesAcceptedButPending(int afterKill) throws SQLException {
    if (afterKill == 0) {
      return;
    }
    Map<String, Integer> received = receivedCopies();
    try (PreparedStatement st = owner.prepareStatement(
        "select tenant_id, idempotency_key, recipients from app.outbox_message where status = 'PENDING'");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String id = messageId(rs.getString(1), rs.getString(2));
        int recipients = ((String[]) rs.getArray(3).getArray()).length;
        List<Integer> earlier = acceptedButPending.computeIfAbsent(id, x -> new ArrayList<>());
        if (received.getOrDefault(id, 0) >= recipients * (1 + earlier.size())) {
          earlier.add(afterKill);
        }
      }
    }
  }

  private Map<String, Integer> receivedCopies() {
    Map<String, Integer> copies = new TreeMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        copies.merge(m.getMessageID(), 1, Integer::sum);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return copies;
  }

  /** The Message-ID the outbox gives a message: computed here on its own, from the coalition and the key. */
  static String messageId(String tenantId, String idempotencyKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((tenantId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + FROM_DOMAIN + ">";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- the workers

  private List<String> workerCommand(int batchSize, boolean cds) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
        "-Xmx512m"));
    String classPath = System.getProperty("java.class.path");
    List<String> arguments = new ArrayList<>();
    DB.springProperties().forEach((k, v) -> arguments.add("--" + k + "=" + v.get()));
    arguments.addAll(List.of(
        "--spring.main.banner-mode=off",
        "--camunda.bpm.database.schema-update=false",
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--liaison.mail.dispatcher.enabled=false", // AsyncWorker runs the dispatcher itself, from "go"
        "--faults.dispatch-interval=250",
        "--liaison.mail.batch-size=" + batchSize,
        "--liaison.mail.from=Liaison <liaison@" + FROM_DOMAIN + ">",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + SMTP_PORT,
        "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "--spring.mail.properties.mail.smtp.timeout=5000",
        "--spring.mail.properties.mail.smtp.writetimeout=5000",
        "--liaison.notifications.due-scan-interval=PT24H",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN"));
    if (cds) {
      classPath = jarredClassPath(classPath);
      Path archive = workDir.resolve("worker.jsa").toAbsolutePath();
      List<String> training = new ArrayList<>(command);
      training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-cp", classPath,
          AsyncWorker.class.getName()));
      training.addAll(arguments);
      Instant t0 = Instant.now();
      Process p = new ProcessBuilder(training).redirectErrorStream(true)
          .redirectOutput(workDir.resolve("cds-training.log").toFile()).start();
      assertThat(p.waitFor(BOOT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("class-data training start").isTrue();
      assertThat(archive).as("class-data archive; see %s", workDir.resolve("cds-training.log")).exists();
      System.out.printf("[fault suite] class-data archive of the workers made in %.1f s%n",
          Duration.between(t0, Instant.now()).toMillis() / 1e3);
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    command.addAll(List.of("-cp", classPath, AsyncWorker.class.getName()));
    command.addAll(arguments);
    return command;
  }

  /** The class path with each directory packed as a jar: a class-data archive takes jars only. */
  private String jarredClassPath(String classPath) throws IOException {
    Path jars = Files.createDirectories(workDir.resolve("cds-jars"));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.isDirectory(path)) {
        entries.add(entry);
        continue;
      }
      Path jar = jars.resolve((n++) + "-" + path.getParent().getFileName() + "-" + path.getFileName() + ".jar");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(f -> !f.equals(path)).sorted().toList()) {
          String name = path.relativize(file).toString().replace('\\', '/');
          // directories too: Spring's component scan finds its packages in a jar by their directory entries
          out.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
          if (Files.isRegularFile(file)) {
            Files.copy(file, out);
          }
          out.closeEntry();
        }
      }
      entries.add(jar.toAbsolutePath().toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** One {@link AsyncWorker} JVM: what it prints goes to its log, the suite watches for its two lines. */
  static final class Worker {
    private static int count;
    private static final List<Worker> ALL = new ArrayList<>();
    final int number;
    private final Process process;
    private final Path log;
    private final long startNanos = System.nanoTime();
    private volatile long readyNanos;
    private volatile boolean isWorking;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch working = new CountDownLatch(1);
    private final OutputStream commands;

    private Worker(int number, Process process, Path log) {
      this.number = number;
      this.process = process;
      this.log = log;
      this.commands = process.getOutputStream();
      Thread reader = new Thread(this::read, "worker-" + number + "-output");
      reader.setDaemon(true);
      reader.start();
    }

    static synchronized Worker start(List<String> command, Path log) {
      try {
        Worker worker = new Worker(++count, new ProcessBuilder(command).redirectErrorStream(true).start(), log);
        ALL.add(worker);
        return worker;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Kills every worker still running. */
    static synchronized void endAll() {
      ALL.stream().map(w -> w.process).filter(Process::isAlive).forEach(Process::destroyForcibly);
      ALL.clear();
    }

    private void read() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          out.write(line);
          out.write('\n');
          out.flush(); // readable while it runs, and complete when this JVM ends first
          if (line.startsWith(AsyncWorker.READY)) {
            readyNanos = System.nanoTime();
            ready.countDown();
          } else if (line.startsWith(AsyncWorker.WORKING)) {
            isWorking = true;
            working.countDown();
          }
        }
      } catch (IOException e) {
        // the process is gone
      } finally {
        ready.countDown(); // ended before it was ready: no need to wait any longer
        working.countDown();
      }
    }

    /** Whether it said it is ready within the timeout (false at once when it ended before). */
    boolean awaitReady(Duration timeout) throws InterruptedException {
      return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && readyNanos != 0;
    }

    long bootNanos() {
      return readyNanos - startNanos;
    }

    void go() throws Exception {
      commands.write("go\n".getBytes(StandardCharsets.UTF_8));
      commands.flush();
      assertThat(working.await(60, TimeUnit.SECONDS) && isWorking).as("worker %d working; it printed:%n%s", number, tail()).isTrue();
    }

    boolean isAlive() {
      return process.isAlive();
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it; waits until it is gone. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("worker %d gone after SIGKILL", number).isTrue();
    }

    /** A clean stop: the job executor and the dispatcher end their current work, the context closes. */
    void stop() {
      try {
        commands.write("stop\n".getBytes(StandardCharsets.UTF_8));
        commands.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (IOException | InterruptedException e) {
        process.destroyForcibly();
      }
    }

    int exitCode() throws InterruptedException {
      process.waitFor(60, TimeUnit.SECONDS);
      return process.exitValue();
    }

    String tail() {
      try {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
      } catch (IOException e) {
        return "(no output: " + e.getMessage() + ")";
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor, work);
  }

  private static void as(Actor actor, Runnable work) {
    TenantContext.runAs(actor, work);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
