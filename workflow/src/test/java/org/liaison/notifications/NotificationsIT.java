package org.liaison.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.Jobs;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.defenders.Defender;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.NewDefender;
import org.liaison.defenders.RiskLevel;
import org.liaison.inbox.InboxQuery;
import org.liaison.inbox.InboxService;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.workflow.TaskScope;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices under the bell and by mail: once per event and member, only to members of the event's
 * coalition; absence with a stand-in; the due-date scan; the daily digest; a defender emergency told
 * to every focal point at once and to the coordinators at half the SLA (the engine clock moved).
 */
class NotificationsIT extends DatabaseIT {

  @Autowired Notifications notifications;
  @Autowired MemberProfiles profiles;
  @Autowired CaseService cases;
  @Autowired InboxService inbox;
  @Autowired DefenderService defenders;
  @Autowired Accounts accounts;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired RowSecurity rowSecurity;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  record Mail(String key, List<String> to, String subject, String body) {}

  @BeforeEach
  void addresses() {
    as(coalitions.memberA(), () -> profiles.changeMail("memberA", "member.a@example.org", MailChoice.EACH));
    as(coalitions.bothInA(), () -> profiles.changeMail("both", "both.in.a@example.org", MailChoice.EACH));
  }

  @AfterEach
  void engineClockBack() {
    ClockUtil.reset();
  }

  private List<Mail> mail(String tenantId) {
    return transactions.execute(tx -> {
      rowSecurity.bindTenant(tenantId);
      return jdbc.sql("select idempotency_key, recipients, subject, body from app.outbox_message where tenant_id = :t "
              + "order by created_at, idempotency_key")
          .param("t", tenantId).query((rs, n) -> new Mail(rs.getString(1),
              List.of((String[]) rs.getArray(2).getArray()), rs.getString(3), rs.getString(4))).list();
    });
  }

  private CaseDetails ownedCase(Actor owner, String title) {
    CaseDetails c = as(owner, () -> cases.raise(new NewCase(title, "Journalists detained after covering protests", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)));
    WorkItem triage = taskOf(coalitions.coordinatorA(), TaskScope.TEAM, c.reference());
    as(coalitions.coordinatorA(), () -> cases.triage(triage.id(), new Triage(Severity.LOW, null)));
    return c;
  }

  private WorkItem taskOf(Actor actor, TaskScope view, String reference) {
    return as(actor, () -> inbox.page(InboxQuery.of(view), 0, 200)).stream().map(i -> i.task())
        .filter(t -> reference.equals(t.businessKey())).findFirst()
        .orElseThrow(() -> new AssertionError("no task of " + reference + " in " + view));
  }

  @Test
  void a_task_given_to_someone_tells_them_once_under_the_bell_and_by_mail_and_nobody_else() {
    CaseDetails c = ownedCase(coalitions.memberA(), "Told when it is mine");
    WorkItem align = taskOf(coalitions.memberA(), TaskScope.MINE, c.reference());

    List<Notice> mine = as(coalitions.memberA(), () -> notifications.latest());
    assertThat(mine).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NoticeKind.ASSIGNED);
      assertThat(n.title()).contains(align.name()).contains(c.reference()).contains("is yours");
      assertThat(n.link()).isEqualTo("/tasks/" + align.id());
      assertThat(n.unread()).isTrue();
    });
    assertThat(as(coalitions.coordinatorA(), () -> notifications.latest()))
        .as("the coordinator who claimed and completed the triage is told nothing").isEmpty();
    assertThat(mail(coalitions.a.id())).filteredOn(m -> m.key().startsWith("notice:")).singleElement().satisfies(m -> {
      assertThat(m.key()).isEqualTo("notice:assigned:" + align.id() + ":memberA");
      assertThat(m.to()).containsExactly("member.a@example.org");
      assertThat(m.subject()).contains(coalitions.a.name()).contains(c.reference());
      assertThat(m.body()).contains("/tasks/" + align.id());
    });

    // the same event again (a retried listener or job) tells nobody twice
    assertThat(notifications.tell(coalitions.a.id(), List.of("memberA"), "assigned:" + align.id(),
        NoticeKind.ASSIGNED, "again", "/tasks/" + align.id())).isZero();
    assertThat(as(coalitions.memberA(), () -> notifications.latest())).hasSize(1);
    assertThat(mail(coalitions.a.id())).filteredOn(m -> m.key().startsWith("notice:")).hasSize(1);
    // someone who is not a member of the coalition is never told, even when named
    assertThat(notifications.tell(coalitions.a.id(), List.of("coordB"), "assigned:x:coordB", NoticeKind.ASSIGNED,
        "not yours", null)).isZero();

    // handed over by a coordinator: the colleague is told, in A only
    as(coalitions.coordinatorA(), () -> inbox.handOver(align.id(), "both"));
    assertThat(as(coalitions.bothInA(), () -> notifications.latest())).singleElement()
        .satisfies(n -> assertThat(n.link()).isEqualTo("/tasks/" + align.id()));
    assertThat(as(coalitions.bothInB(), () -> notifications.latest())).as("the same person in B").isEmpty();
    assertThat(as(coalitions.coordinatorB(), () -> notifications.unread())).isZero();
    assertThat(mail(coalitions.b.id())).isEmpty();

    // read: one's own only
    Notice notice = mine.get(0);
    assertThat(as(coalitions.coordinatorB(), () -> notifications.markRead(notice.id()))).isFalse();
    assertThat(as(coalitions.bothInA(), () -> notifications.markRead(notice.id()))).isFalse();
    assertThat(as(coalitions.memberA(), () -> notifications.unread())).isEqualTo(1);
    assertThat(as(coalitions.memberA(), () -> notifications.markRead(notice.id()))).isTrue();
    assertThat(as(coalitions.memberA(), () -> notifications.unread())).isZero();
  }

  @Test
  void while_a_member_is_away_their_new_tasks_go_to_the_stand_in_who_is_told_and_coordinators_see_it() {
    LocalDate today = LocalDate.now(clock);
    Actor member = coalitions.memberA();
    assertThatThrownBy(() -> as(member, () -> profiles.setAway("memberA", today, today.plusDays(3), "coordB")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("standIn", "coordB is not a member of this coalition."));
    assertThatThrownBy(() -> as(member, () -> profiles.setAway("memberA", today, today.plusDays(3), "memberA")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("standIn"));
    assertThatThrownBy(() -> as(member, () -> profiles.setAway("memberA", today.plusDays(3), today, "both")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("awayTo"));
    assertThatThrownBy(() -> as(member, () -> profiles.setAway("coordA", today, today.plusDays(3), "both")))
        .as("a member marks only themselves away").isInstanceOf(NotAllowedException.class);
    assertThat(as(member, () -> profiles.mine()).awayFrom()).as("nothing saved by refused input").isNull();

    as(member, () -> profiles.setAway("memberA", today, today.plusDays(3), "both"));
    assertThat(as(coalitions.coordinatorA(), () -> profiles.away())).extracting(MemberProfile::username)
        .containsExactly("memberA");
    assertThat(as(coalitions.coordinatorB(), () -> profiles.away())).as("another coalition's absences").isEmpty();
    assertThatThrownBy(() -> as(member, () -> profiles.away())).isInstanceOf(NotAllowedException.class);

    CaseDetails c = ownedCase(member, "Owner away");
    WorkItem align = taskOf(coalitions.bothInA(), TaskScope.MINE, c.reference());
    assertThat(align.assignee()).isEqualTo("both");
    assertThat(as(coalitions.bothInA(), () -> notifications.latest())).singleElement()
        .satisfies(n -> assertThat(n.title()).contains("standing in for memberA"));
    assertThat(as(member, () -> notifications.latest())).isEmpty();

    as(member, () -> profiles.setAway("memberA", null, null, null));
    CaseDetails back = ownedCase(member, "Owner back");
    assertThat(taskOf(member, TaskScope.MINE, back.reference()).assignee()).isEqualTo("memberA");
  }

  @Test
  void a_task_due_within_a_day_and_then_overdue_is_told_once_each_to_its_holder() {
    CaseDetails c = ownedCase(coalitions.memberA(), "Due soon");
    WorkItem align = taskOf(coalitions.memberA(), TaskScope.MINE, c.reference());
    Instant due = align.due();
    String tenant = coalitions.a.id();
    Instant dayBefore = due.minusSeconds(86_400).plusSeconds(60);

    assertThat(notifications.noticeDueTasks(tenant, dayBefore)).isEqualTo(1);
    assertThat(notifications.noticeDueTasks(tenant, dayBefore)).as("the same scan again").isZero();
    assertThat(notifications.noticeDueTasks(tenant, dayBefore.plusSeconds(600))).isZero();
    Instant after = due.plusSeconds(60);
    assertThat(notifications.noticeDueTasks(tenant, after)).isEqualTo(1);
    assertThat(notifications.noticeDueTasks(tenant, after.plusSeconds(3600))).as("overdue is told once").isZero();

    assertThat(as(coalitions.memberA(), () -> notifications.latest())).extracting(Notice::kind)
        .containsExactlyInAnyOrder(NoticeKind.ASSIGNED, NoticeKind.DUE_SOON, NoticeKind.OVERDUE);
    assertThat(as(coalitions.coordinatorA(), () -> notifications.latest())).isEmpty();
    assertThat(mail(tenant)).extracting(Mail::key).contains(
        "notice:due-soon:" + align.id() + ":" + due.toEpochMilli() + ":memberA",
        "notice:overdue:" + align.id() + ":" + due.toEpochMilli() + ":memberA");
    assertThat(notifications.noticeDueTasks(coalitions.b.id(), after)).isZero();
  }

  @Test
  void a_member_who_chose_the_digest_gets_one_mail_a_day_listing_their_notices() {
    as(coalitions.memberA(), () -> profiles.changeMail("memberA", "member.a.digest@example.org", MailChoice.DIGEST));
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> profiles.changeMail("memberA", "not an address",
        MailChoice.EACH))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsKey("email"));
    CaseDetails first = ownedCase(coalitions.memberA(), "Digest one");
    CaseDetails second = ownedCase(coalitions.memberA(), "Digest two");
    String tenant = coalitions.a.id();
    assertThat(mail(tenant)).filteredOn(m -> m.to().contains("member.a.digest@example.org")).isEmpty();

    assertThat(notifications.sendDigests(tenant, clock.instant())).isEqualTo(1);
    assertThat(notifications.sendDigests(tenant, clock.instant())).as("nothing new: no second digest").isZero();
    assertThat(mail(tenant)).filteredOn(m -> m.key().startsWith("digest:")).singleElement().satisfies(m -> {
      assertThat(m.to()).containsExactly("member.a.digest@example.org");
      assertThat(m.subject()).contains("2 notices");
      assertThat(m.body()).contains(first.reference()).contains(second.reference());
    });
    assertThat(as(coalitions.memberA(), () -> notifications.latest())).hasSize(2);
  }

  @Test
  void a_reported_defender_tells_every_focal_point_at_once_and_the_coordinators_when_half_the_sla_passed() {
    for (String[] p : new String[][] {{"sec-na", coalitions.a.id()}, {"sec-na2", coalitions.a.id()},
        {"sec-nb", coalitions.b.id()}}) {
      accounts.ensurePerson(new Person(p[0], "Focal point " + p[0], p[0] + "@security.example"), null);
      memberships.grant(p[1], p[0], Set.of(Role.SECURITY));
    }
    Actor focalPoint = memberships.actorFor("sec-na", coalitions.a.id());
    String secretName = "Ximena Quispe Notified";
    Defender d = as(focalPoint, () -> defenders.report(new NewDefender("Condor", "BO", RiskLevel.HIGH, secretName,
        "El Alto", "Signal +591 700 000", "Threatened since the march")));

    for (String focal : List.of("sec-na", "sec-na2")) {
      assertThat(as(memberships.actorFor(focal, coalitions.a.id()), () -> notifications.latest()))
          .singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.DEFENDER_REPORTED);
            assertThat(n.title()).contains(d.reference()).contains("4 hours").doesNotContain(secretName);
          });
    }
    assertThat(as(coalitions.coordinatorA(), () -> notifications.latest())).isEmpty();
    assertThat(as(memberships.actorFor("sec-nb", coalitions.b.id()), () -> notifications.latest())).isEmpty();
    assertThat(mail(coalitions.a.id())).filteredOn(m -> m.key().startsWith("notice:defender-reported:"))
        .hasSize(2).allSatisfy(m -> assertThat(m.subject() + m.body()).contains(d.reference())
            .doesNotContain(secretName).doesNotContain("El Alto"));

    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(d.reference()).singleResult().getId();
    Jobs jobs = new Jobs(management);
    Instant half = jobs.due(instance, DefenderEmergencyProcess.Elements.EVENT_HALF_SLA_PASSED);
    assertThat(jobs.due(instance, DefenderEmergencyProcess.Elements.EVENT_ASSESSMENT_OVERDUE))
        .as("the warning comes after half of the 4-hour SLA")
        .isCloseTo(half.plus(java.time.Duration.ofHours(2)), org.assertj.core.api.Assertions.within(1,
            java.time.temporal.ChronoUnit.SECONDS));
    ClockUtil.setCurrentTime(Date.from(half.plusSeconds(1)));
    jobs.fire(instance, DefenderEmergencyProcess.Elements.EVENT_HALF_SLA_PASSED);

    for (Actor coordinator : List.of(coalitions.coordinatorA(), coalitions.secondCoordinatorA())) {
      assertThat(as(coordinator, () -> notifications.latest())).singleElement().satisfies(n -> {
        assertThat(n.kind()).isEqualTo(NoticeKind.DEFENDER_HALF_SLA);
        assertThat(n.title()).contains(d.reference()).doesNotContain(secretName);
        assertThat(n.link()).isEqualTo("/defenders/" + d.reference());
      });
    }
    assertThat(as(coalitions.coordinatorB(), () -> notifications.latest())).isEmpty();
    assertThat(as(focalPoint, () -> notifications.latest())).as("focal points were told at the report").hasSize(1);
  }
}
