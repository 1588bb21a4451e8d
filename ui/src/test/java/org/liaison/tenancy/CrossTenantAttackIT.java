package org.liaison.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.liaison.accounts.SignedIn;
import org.liaison.coalitions.InvitationNotUsableException;
import org.liaison.coalitions.InvitationState;
import org.liaison.coalitions.Invitations;
import org.liaison.coalitions.MemberAdministration;
import org.liaison.coalitions.NewInvitation;
import org.liaison.coalitions.PlatformAdministration;
import org.liaison.coalitions.SetupChecklist;
import org.liaison.api.Api;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseList;
import org.liaison.cases.CaseQuery;
import org.liaison.cases.CaseService;
import org.liaison.convenings.ConveningService;
import org.liaison.hearings.CourtHearingService;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.Handover;
import org.liaison.officers.NewContact;
import org.liaison.officers.OfficerQuery;
import org.liaison.officers.OfficerRotation;
import org.liaison.officers.RelationshipService;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.organisations.NewMemberOrganisation;
import org.liaison.records.ListQuery;
import org.liaison.records.RecordAttachments;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.common.NotFoundException;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.mail.OutgoingMail;
import org.liaison.mail.Outbox;
import org.liaison.officers.ContactService;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Portfolio;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.cases.Alignment;
import org.liaison.cases.OfficerReply;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEngagement;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepService;
import java.time.Instant;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users of coalition A (press) use the ids of coalition B (labor) against every REST endpoint and
 * every service method that takes an id, in random order: each attempt must get the answer of a
 * record that does not exist, reveal none of B's data, and change nothing in B. The platform admin,
 * who belongs to no coalition, tries the same and gets no coalition at all. Then a canary sweep
 * checks every list A (and the platform admin) can see for B's marker, and the other way round.
 */
class CrossTenantAttackIT extends AppIT {

  static final int ATTEMPTS = Integer.getInteger("liaison.attack.attempts", 10_000);
  static final String PASSWORD = "liaison";

  @LocalServerPort int port;
  @Autowired CaseService cases;
  @Autowired OutreachService outreach;
  @Autowired InboxService inbox;
  @Autowired MembershipService memberships;
  @Autowired WorkflowEngine workflow;
  @Autowired ContactService contacts;
  @Autowired StepService steps;
  @Autowired EngagementService engagements;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate tx;
  @Autowired CaseList caseList;
  @Autowired RelationshipService relationships;
  @Autowired OfficerRotation rotation;
  @Autowired MemberOrganisationService organisations;
  @Autowired RecordAttachments attachments;
  @Autowired org.liaison.records.RecordHistory recordHistory;
  @Autowired MeetingService meetings;
  @Autowired CourtHearingService hearings;
  @Autowired ConveningService convenings;
  @Autowired org.liaison.reports.ReportService reports;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired org.camunda.bpm.engine.RuntimeService engineRuntime;
  @Autowired org.liaison.workflow.ProcessMaps processMaps;
  @Autowired org.liaison.notifications.Notifications notifications;
  @Autowired org.liaison.notifications.MemberProfiles profiles;
  /** A notice of B's member and a filter B's member saved, both carrying B's canary. */
  UUID noticeB;

  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Autowired MemberAdministration members;
  @Autowired Invitations invitations;
  @Autowired PlatformAdministration platform;
  @Autowired SetupChecklist setup;

  /** The demo's platform admin: outside every coalition, and no way into one. */
  static final String PLATFORM_ADMIN = "ada";

  final String canaryA = "CANARY-A-" + UUID.randomUUID();
  final String canaryB = "CANARY-B-" + UUID.randomUUID();
  Actor coraA;
  Actor miloA;
  Actor lenaB;
  Actor tomasB;
  List<String> referencesA = new ArrayList<>();
  List<String> referencesB = new ArrayList<>();
  List<String> tasksB = new ArrayList<>();
  UUID embassyB;
  UUID officerB;
  UUID invitationB;
  String invitationTokenB;
  UUID priorityB;
  UUID organisationB;
  UUID attachmentB;
  UUID officerA;
  /** The timer of B's officer's relationship-cadence, and its retries before the attacks. */
  String jobB;
  int jobBRetries;

  enum Attack {
    API_GET_CASE, API_GET_TIMELINE, API_GET_TASK, API_CLAIM, API_UNCLAIM, API_OTHER_COALITION_HEADER,
    GET_CASE, TIMELINE, OPEN_STEPS, OUTREACH, OPEN_TASK, CLAIM, UNCLAIM, TRIAGE, DRAFT, REVIEW, ALIGN, REPLY, WITHDRAW, ROUTING, STEP_COMPLETE,
    JOURNAL, RECORD_ENGAGEMENT, OFFICER_ENGAGEMENTS, BY_REFERENCES,
    RECORD_ACTIVITY, ENGINE_TASK, ENGINE_OPEN_TASKS_FOR, ENGINE_COMPLETE_FORGED_ITEM,
    API_GET_EMBASSY, API_GET_PRIORITIES, API_ADD_PRIORITY, API_GET_OFFICER, API_ADD_OFFICER_AT_FOREIGN_EMBASSY,
    EMBASSY, PRIORITIES, ADD_PRIORITY, OFFICER, ADD_OFFICER_AT_FOREIGN_EMBASSY,
    MEMBER_ROLES, MEMBER_REMOVE, MEMBER_OPEN_TASKS, INVITATION_RESEND, INVITATION_REVOKE, INVITATION_LINK_IN_OWN_COALITION,
    ACCESS_CHANGE, PLATFORM_ADMIN_GET_CASE, PLATFORM_ADMIN_CASES, PLATFORM_ADMIN_MEMBERS, PLATFORM_ADMIN_API,
    PLATFORM_ADMIN_API_OTHER_COALITION, PLATFORM_ADMIN_OVERVIEW,
    API_EDIT_CASE, API_CASE_HISTORY, EDIT_CASE, CASE_HISTORY, ALIGNMENT_CHOICES, EDIT_EMBASSY, EDIT_PRIORITY,
    EDIT_OFFICER, OFFICER_HISTORY, EMBASSY_HISTORY, LOG_CONTACT, HAND_OVER, HAND_OVER_TO_FOREIGN_SUCCESSOR,
    PREDECESSORS, EDIT_ORGANISATION, ORGANISATION_HISTORY, ATTACHMENT_OPEN, ATTACHMENT_DELETE, ATTACHMENT_LIST,
    ATTACHMENT_ADD, SEARCH_CASES, FIND_OFFICERS, FIND_MEETINGS, FIND_HEARINGS, FIND_CONVENINGS,
    API_SEARCH_CASES, API_FIND_OFFICERS, KERNEL_HISTORY, EMBASSIES_IN_COUNTRY,
    API_TASK_HAND_OVER, API_TASK_FOLLOW_UP, TASK_HAND_OVER, TASK_HAND_OVER_TARGETS, TASK_FOLLOW_UP, API_TASK_VIEWS,
    API_REPORT_FOREIGN_EMBASSY, API_REPORT_CSV_FOREIGN_EMBASSY, REPORT_FOREIGN_EMBASSY, REPORT_RETRY_FOREIGN_JOB,
    REPORT_STUCK_WORK, REPORT_WHERE_WORK_WAITS, REPORT_WAITING_AT, RECORD_POSITION,
    NOTICE_MARK_READ, NOTICES, TELL_FOREIGN_MEMBER, SAVED_FILTER_DELETE, SAVED_FILTERS, PROFILE_OF_FOREIGN_MEMBER,
    STAND_IN_FROM_FOREIGN_COALITION, AWAY_LIST, INBOX_FILTER_BY_FOREIGN_HOLDER
  }

  @BeforeEach
  void twoCoalitionsWithData() {
    coraA = memberships.actorFor("cora", "press");
    miloA = memberships.actorFor("milo", "press");
    lenaB = memberships.actorFor("lena", "labor");
    tomasB = memberships.actorFor("tomas", "labor");
    referencesA.add(as(miloA, () -> cases.raise(newCase(canaryA))).reference());
    for (int i = 0; i < 3; i++) {
      referencesB.add(as(tomasB, () -> cases.raise(newCase(canaryB))).reference());
    }
    embassyB = as(lenaB, () -> contacts.addEmbassy(new NewEmbassy("KE", "Kisumu " + canaryB, null))).id();
    as(lenaB, () -> contacts.addPriority(embassyB, new NewPriority(canaryB, "https://example.org/" + canaryB, LocalDate.now())));
    officerB = as(lenaB, () -> contacts.addOfficer(new NewOfficer(embassyB, "Officer " + canaryB, null, Portfolio.LABOR,
        "labor@embassy.example", null))).id();
    officerA = as(miloA, () -> contacts.addOfficer(new NewOfficer(null, "Expert " + canaryA, null,
        Portfolio.HUMAN_RIGHTS, null, null))).id();
    org.camunda.bpm.engine.runtime.Job timerB = management.createJobQuery().tenantIdIn("labor").timers()
        .processDefinitionKey("relationship-cadence").listPage(0, 1).get(0); // one of B's officers' cadence timers
    jobB = timerB.getId();
    jobBRetries = timerB.getRetries();
    priorityB = as(lenaB, () -> contacts.priorities(embassyB)).get(0).id();
    organisationB = as(lenaB, () -> organisations.add(new NewMemberOrganisation("Union " + canaryB,
        "union@" + canaryB.toLowerCase() + ".example"))).id();
    attachmentB = as(tomasB, () -> attachments.add(CaseService.KIND, referencesB.get(0), "evidence-" + canaryB + ".pdf",
        PDF)).id();
    // move B's cases to different steps, so B has group tasks, assigned tasks and an outreach
    String drafting = referencesB.get(1);
    as(lenaB, () -> run(() -> cases.triage(taskOf(lenaB, drafting), new Triage(Severity.HIGH, canaryB))));
    String reviewing = referencesB.get(2);
    as(lenaB, () -> run(() -> cases.triage(taskOf(lenaB, reviewing), new Triage(Severity.HIGH, canaryB))));
    as(tomasB, () -> run(() -> cases.align(taskOf(tomasB, reviewing), new Alignment(Set.of(), Set.of(officerB), canaryB))));
    as(tomasB, () -> run(() -> outreach.submitDraft(taskOf(tomasB, reviewing), new OutreachDraft(canaryB, canaryB, canaryB))));
    for (String ref : referencesB) {
      tasksB.addAll(as(lenaB, () -> cases.openSteps(ref)).stream().map(w -> w.id()).toList());
    }
    assertThat(tasksB).hasSize(3);
    as(lenaB, () -> tx.execute(s -> outbox.enqueue(canaryMail(canaryB))));
    as(coraA, () -> tx.execute(s -> outbox.enqueue(canaryMail(canaryA))));
    // B's membership administration: a pending invitation whose address carries B's canary
    String invitedB = canaryB.toLowerCase() + "@labor.example";
    as(lenaB, () -> members.invite(new NewInvitation(invitedB, Set.of(Role.MEMBER))));
    invitationB = as(lenaB, () -> members.pendingInvitations()).stream().filter(i -> i.email().equals(invitedB))
        .findFirst().orElseThrow().id();
    invitationTokenB = invitationToken(invitedB);
    notifications.tell("labor", List.of("tomas"), "canary:" + canaryB, org.liaison.notifications.NoticeKind.ASSIGNED,
        "Notice " + canaryB, "/cases/" + referencesB.get(0));
    noticeB = as(tomasB, () -> notifications.latest()).stream().filter(n -> n.title().contains(canaryB)).findFirst()
        .orElseThrow().id();
    as(tomasB, () -> inbox.saveFilter(canaryB, new org.liaison.inbox.InboxQuery(org.liaison.workflow.TaskScope.MINE, null, canaryB, null, null)));
  }

  /** The token of the link mailed to an address, as its recipient would read it (the owner's view of the outbox). */
  static String invitationToken(String email) {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(database().url(), database().username(),
        database().password()); java.sql.PreparedStatement st = c.prepareStatement(
            "select body from app.outbox_message where ? = any(recipients) order by created_at desc limit 1")) {
      st.setString(1, email);
      try (java.sql.ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/invitation/labor/([A-Za-z0-9_-]{43})").matcher(rs.getString(1));
        assertThat(m.find()).isTrue();
        return m.group(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static OutgoingMail canaryMail(String canary) {
    return new OutgoingMail("canary:" + canary, List.of("officer@embassy.example"), "Outreach " + canary, "Body " + canary);
  }

  @Test
  void ten_thousand_randomized_attempts_with_the_other_coalitions_ids_leak_nothing() {
    // B's member away with a stand-in for the attempts (undone at the end: other journeys work with B's owners)
    as(tomasB, () -> profiles.setAway("tomas", LocalDate.now(), LocalDate.now().plusDays(2), "lena"));
    Snapshot before = snapshotOfB();
    Api api = new Api(port);
    Random random = new Random(Long.getLong("liaison.attack.seed", System.nanoTime()));
    Map<Attack, Integer> counts = new EnumMap<>(Attack.class);
    Map<Attack, Long> nanos = new EnumMap<>(Attack.class);
    long started = System.nanoTime();

    for (int i = 0; i < ATTEMPTS; i++) {
      Attack attack = Attack.values()[random.nextInt(Attack.values().length)];
      Actor attacker = random.nextBoolean() ? coraA : miloA;
      String ref = referencesB.get(random.nextInt(referencesB.size()));
      String task = tasksB.get(random.nextInt(tasksB.size()));
      String auth = Api.basic(attacker.username(), PASSWORD);
      long t0 = System.nanoTime();
      switch (attack) {
        case API_GET_CASE -> expect404(api.get("/api/cases/" + ref, auth, "press"));
        case API_GET_TIMELINE -> expect404(api.get("/api/cases/" + ref + "/timeline", auth, "press"));
        case API_GET_TASK -> expect404(api.get("/api/tasks/" + task, auth, "press"));
        case API_CLAIM -> expect404(api.call(HttpMethod.POST, "/api/tasks/" + task + "/claim", auth, "press", null));
        case API_UNCLAIM -> expect404(api.call(HttpMethod.POST, "/api/tasks/" + task + "/unclaim", auth, "press", null));
        case API_OTHER_COALITION_HEADER -> {
          ResponseEntity<String> r = api.get("/api/cases/" + ref, auth, "labor");
          assertThat(r.getStatusCode().value()).isEqualTo(403);
          assertNoCanary(r.getBody(), canaryB);
        }
        case GET_CASE -> expectNotFound(attacker, () -> cases.get(ref));
        case TIMELINE -> expectNotFound(attacker, () -> cases.timeline(ref));
        case OPEN_STEPS -> expectNotFound(attacker, () -> cases.openSteps(ref));
        case OUTREACH -> expectNotFound(attacker, () -> outreach.forCase(ref));
        case OPEN_TASK -> expectGone(attacker, () -> inbox.open(task));
        case CLAIM -> expectGone(attacker, () -> run(() -> inbox.claim(task)));
        case UNCLAIM -> expectGone(attacker, () -> run(() -> inbox.unclaim(task)));
        case API_TASK_HAND_OVER -> expect404(api.call(HttpMethod.POST, "/api/tasks/" + task + "/hand-over", auth, "press",
            "{\"to\":\"" + attacker.username() + "\"}"));
        case API_TASK_FOLLOW_UP -> expect404(api.call(HttpMethod.POST, "/api/tasks/" + task + "/follow-up", auth, "press",
            "{\"date\":\"" + LocalDate.now().plusDays(3) + "\"}"));
        case TASK_HAND_OVER -> expectGone(coraA, () -> run(() -> inbox.handOver(task, "cora")));
        case TASK_HAND_OVER_TARGETS -> expectGone(coraA, () -> inbox.handOverTargets(task));
        case TASK_FOLLOW_UP -> expectGone(attacker, () -> run(() -> inbox.followUp(task, LocalDate.now().plusDays(3))));
        case API_TASK_VIEWS -> {
          for (String view : List.of("open", "mine", "team", "claimed", "later", "all")) {
            ResponseEntity<String> r = api.get("/api/tasks?size=100&view=" + view + "&q=" + ref, auth, "press");
            assertThat(r.getStatusCode().value()).isIn(200, 403);
            assertNoCanary(r.getBody(), canaryB);
            assertThat(r.getBody()).doesNotContain(ref).doesNotContain(task);
          }
        }
        case TRIAGE -> expectGone(coraA, () -> run(() -> cases.triage(task, new Triage(Severity.LOW, "attack"))));
        case DRAFT -> expectGone(attacker, () -> run(() -> outreach.submitDraft(task, new OutreachDraft("a", "b", "c"))));
        case REVIEW -> expectGone(coraA, () -> run(() -> outreach.review(task, Review.approve("attack"))));
        case ALIGN -> expectGone(attacker, () -> run(() -> cases.align(task,
            new Alignment(Set.of(), Set.of(officerB), "attack"))));
        case REPLY -> expectNotFound(attacker, () -> run(() -> cases.recordReply(ref,
            new OfficerReply(officerB, "attack", LocalDate.now()))));
        case WITHDRAW -> expectNotFound(attacker, () -> run(() -> cases.withdraw(ref, "attack")));
        case ROUTING -> expectNotFound(attacker, () -> cases.routing(ref));
        case STEP_COMPLETE -> expectGone(attacker, () -> run(() -> steps.complete(task, new StepInput("attack", true))));
        case JOURNAL -> assertThat(as(attacker, () -> steps.journal(ref))).isEmpty();
        case RECORD_ENGAGEMENT -> expectNotFound(attacker, () -> engagements.record(new NewEngagement(officerB, null,
            EngagementKind.QUESTION, "attack", LocalDate.now())));
        case OFFICER_ENGAGEMENTS -> assertThat(as(attacker, () -> engagements.forOfficer(officerB))).isEmpty();
        case BY_REFERENCES -> assertThat(as(attacker, () -> cases.byReferences(referencesB))).isEmpty();
        case RECORD_ACTIVITY -> expectNotFound(attacker,
            () -> run(() -> cases.recordActivity(ref, CaseActivity.Kind.RAISED, "attack")));
        case ENGINE_TASK -> expectGone(attacker, () -> workflow.task(task));
        case ENGINE_OPEN_TASKS_FOR -> assertThat(as(attacker, () -> workflow.openTasksFor(List.of(ref)))).isEmpty();
        case ENGINE_COMPLETE_FORGED_ITEM -> expectGone(attacker, () -> run(() -> workflow.complete(
            new WorkItem(task, "forged", "raise-issue", "Task_TriageCase", "liaison:triage-case", "forged", ref, null, Instant.now(), true),
            Map.of())));
        case API_REPORT_FOREIGN_EMBASSY -> expectReportRefused(attacker,
            api.get("/api/reports/" + (random.nextBoolean() ? "embassies" : "cycle-times") + "?embassy=" + embassyB, auth, "press"));
        case API_REPORT_CSV_FOREIGN_EMBASSY -> expectReportRefused(attacker,
            api.get("/api/reports/overview?format=csv&table=open-steps&embassy=" + embassyB, auth, "press"));
        case REPORT_RETRY_FOREIGN_JOB -> {
          assertThatThrownBy(() -> as(attacker, () -> run(() -> reports.retry(jobB))))
              .isInstanceOf(attacker == coraA ? TaskNotAvailableException.class : org.liaison.common.NotAllowedException.class)
              .satisfies(e -> assertNoCanary(e.getMessage(), canaryB));
          assertThat(management.createJobQuery().jobId(jobB).singleResult().getRetries()).isEqualTo(jobBRetries);
        }
        case REPORT_STUCK_WORK -> {
          if (attacker == coraA) {
            assertNoCanary(as(attacker, () -> reports.stuckWork()).toString(), jobB);
          } else {
            assertThatThrownBy(() -> as(attacker, () -> reports.stuckWork()))
                .isInstanceOf(org.liaison.common.NotAllowedException.class);
          }
        }
        case REPORT_WHERE_WORK_WAITS -> {
          if (attacker == coraA) {
            var map = as(attacker, () -> reports.whereWorkWaits("raise-issue")).orElseThrow();
            for (var load : map.activities()) {
              assertThat(load.waiting()).as("waiting at %s: A's own instances only", load.activityId())
                  .isEqualTo(engineRuntime.createProcessInstanceQuery().processDefinitionKey("raise-issue")
                      .activityIdIn(load.activityId()).tenantIdIn("press").count());
            }
            assertNoCanary(map.activities().toString(), canaryB);
          } else {
            assertThatThrownBy(() -> as(attacker, () -> reports.whereWorkWaits("raise-issue")))
                .isInstanceOf(org.liaison.common.NotAllowedException.class);
          }
        }
        case REPORT_WAITING_AT -> {
          String activity = random.nextBoolean() ? "Task_TriageCase" : "Task_DraftOutreach";
          if (attacker == coraA) {
            assertThat(as(attacker, () -> reports.waitingAt("raise-issue", activity)))
                .extracting(org.liaison.reports.ReportService.WaitingRecord::reference)
                .doesNotContainAnyElementsOf(referencesB);
          } else {
            assertThatThrownBy(() -> as(attacker, () -> reports.waitingAt("raise-issue", activity)))
                .isInstanceOf(org.liaison.common.NotAllowedException.class);
          }
        }
        case RECORD_POSITION -> assertThat(as(attacker, () -> processMaps.positionOf(ref))).as("B's record").isEmpty();
        case REPORT_FOREIGN_EMBASSY -> assertThatThrownBy(() -> as(attacker,
            () -> reports.embassies(org.liaison.reports.ReportFilter.NONE.withEmbassy(embassyB))))
            .isInstanceOf(attacker == coraA ? org.liaison.common.InvalidInputException.class
                : org.liaison.common.NotAllowedException.class)
            .satisfies(e -> assertNoCanary(e.getMessage(), canaryB));
        case API_GET_EMBASSY -> expect404(api.get("/api/embassies/" + embassyB, auth, "press"));
        case API_GET_PRIORITIES -> expect404(api.get("/api/embassies/" + embassyB + "/priorities", auth, "press"));
        case API_ADD_PRIORITY -> expect404(api.call(HttpMethod.POST, "/api/embassies/" + embassyB + "/priorities", auth, "press",
            "{\"objective\":\"x\",\"sourceUrl\":\"https://example.org\",\"capturedOn\":\"2026-01-01\"}"));
        case API_GET_OFFICER -> expect404(api.get("/api/officers/" + officerB, auth, "press"));
        case API_ADD_OFFICER_AT_FOREIGN_EMBASSY -> expect404(api.call(HttpMethod.POST, "/api/officers", auth, "press",
            "{\"embassyId\":\"" + embassyB + "\",\"name\":\"x\",\"portfolio\":\"OTHER\"}"));
        case EMBASSY -> expectNotFound(attacker, () -> contacts.embassy(embassyB));
        case PRIORITIES -> expectNotFound(attacker, () -> contacts.priorities(embassyB));
        case ADD_PRIORITY -> expectNotFound(attacker,
            () -> contacts.addPriority(embassyB, new NewPriority("x", "https://example.org", LocalDate.now())));
        case OFFICER -> expectNotFound(attacker, () -> contacts.officer(officerB));
        case ADD_OFFICER_AT_FOREIGN_EMBASSY -> expectNotFound(attacker,
            () -> contacts.addOfficer(new NewOfficer(embassyB, "x", null, Portfolio.OTHER, null, null)));
        case MEMBER_ROLES -> expectNotFound(coraA, () -> run(() -> members.changeRoles(
            random.nextBoolean() ? lenaB.username() : tomasB.username(), Set.of(Role.MEMBER, Role.COORDINATOR))));
        case MEMBER_REMOVE -> expectNotFound(coraA, () -> run(() -> members.remove(tomasB.username(), Map.of())));
        case MEMBER_OPEN_TASKS -> expectNotFound(coraA, () -> members.openTasksOf(lenaB.username()));
        case INVITATION_RESEND -> expectNotFound(coraA, () -> run(() -> members.resend(invitationB)));
        case INVITATION_REVOKE -> expectNotFound(coraA, () -> run(() -> members.revoke(invitationB)));
        case INVITATION_LINK_IN_OWN_COALITION -> {
          // B's link presented as one of A's: not valid, and it names no coalition
          assertThat(invitations.inspect("press", invitationTokenB).state()).isEqualTo(InvitationState.INVALID);
          assertThatThrownBy(() -> SignedIn.callAs(attacker.username(), () -> invitations.acceptAsSignedIn("press",
              invitationTokenB))).isInstanceOfSatisfying(InvitationNotUsableException.class,
                  e -> assertThat(e.reason()).isEqualTo(InvitationNotUsableException.Reason.INVALID));
        }
        case ACCESS_CHANGE -> assertThat(SignedIn.callAs(attacker.username(), () -> members.accessChange("labor"))
            .coalitionName()).as("a coalition never theirs is not even named").isEmpty();
        case PLATFORM_ADMIN_GET_CASE -> assertThatThrownBy(() -> SignedIn.callAs(PLATFORM_ADMIN, () -> cases.get(ref)))
            .isInstanceOf(NoCoalitionSelectedException.class);
        case PLATFORM_ADMIN_CASES -> assertThatThrownBy(() -> SignedIn.callAs(PLATFORM_ADMIN, () -> cases.list()))
            .isInstanceOf(NoCoalitionSelectedException.class);
        case PLATFORM_ADMIN_MEMBERS -> assertThatThrownBy(() -> SignedIn.callAs(PLATFORM_ADMIN, () -> members.members()))
            .isInstanceOf(NoCoalitionSelectedException.class);
        case PLATFORM_ADMIN_API -> {
          ResponseEntity<String> r = api.get("/api/cases/" + ref, Api.basic(PLATFORM_ADMIN, PASSWORD), "labor");
          assertThat(r.getStatusCode().value()).isEqualTo(403);
          assertNoCanary(r.getBody(), canaryB);
        }
        case PLATFORM_ADMIN_API_OTHER_COALITION -> {
          ResponseEntity<String> r = api.get("/api/tasks", Api.basic(PLATFORM_ADMIN, PASSWORD), null);
          assertThat(r.getStatusCode().value()).isEqualTo(403);
          assertNoCanary(r.getBody(), canaryB);
        }
        case PLATFORM_ADMIN_OVERVIEW -> {
          String seen = SignedIn.callAs(PLATFORM_ADMIN, () -> platform.coalitions(0, platform.coalitionCount())).toString();
          assertNoCanary(seen, canaryB);
          assertNoCanary(seen, canaryA);
        }
        case API_EDIT_CASE -> expect404(api.call(HttpMethod.PUT, "/api/cases/" + ref, auth, "press",
            "{\"version\":0,\"title\":\"attack\",\"summary\":\"attack\",\"country\":\"KE\",\"themes\":[\"OTHER\"],"
                + "\"severity\":\"LOW\"}"));
        case API_CASE_HISTORY -> expect404(api.get("/api/cases/" + ref + "/history", auth, "press"));
        case EDIT_CASE -> expectNotFound(coraA, () -> cases.edit(ref, 0, newCase("attack")));
        case CASE_HISTORY -> expectNotFound(attacker, () -> cases.history(ref));
        case ALIGNMENT_CHOICES -> expectNotFound(attacker, () -> cases.alignmentChoices(ref));
        case EDIT_EMBASSY -> expectNotFound(coraA, () -> contacts.editEmbassy(embassyB, 0, new NewEmbassy("KE", "x", null)));
        case EDIT_PRIORITY -> expectNotFound(coraA, () -> contacts.editPriority(priorityB, 0,
            new NewPriority("x", "https://example.org", LocalDate.now())));
        case EDIT_OFFICER -> expectNotFound(coraA, () -> contacts.editOfficer(officerB, 0,
            new NewOfficer(null, "x", null, Portfolio.OTHER, null, "P1D"), true, true));
        case OFFICER_HISTORY -> expectNotFound(attacker, () -> contacts.officerHistory(officerB));
        case EMBASSY_HISTORY -> expectNotFound(attacker, () -> contacts.embassyHistory(embassyB));
        case LOG_CONTACT -> expectNotFound(attacker, () -> relationships.logContact(officerB,
            new NewContact(EngagementKind.CALL, "attack", LocalDate.now())));
        case HAND_OVER -> expectNotFound(coraA, () -> rotation.handOver(officerB, new Handover(LocalDate.now(), officerA, null)));
        case HAND_OVER_TO_FOREIGN_SUCCESSOR -> expectNotFound(coraA,
            () -> rotation.handOver(officerA, new Handover(LocalDate.now(), officerB, null)));
        case PREDECESSORS -> expectNotFound(attacker, () -> rotation.predecessors(officerB));
        case EDIT_ORGANISATION -> expectNotFound(coraA, () -> organisations.edit(organisationB, 0,
            new NewMemberOrganisation("attack", "attack@example.org")));
        case ORGANISATION_HISTORY -> expectNotFound(attacker, () -> organisations.history(organisationB));
        case ATTACHMENT_OPEN -> expectNotFound(attacker, () -> attachments.open(attachmentB));
        case ATTACHMENT_DELETE -> expectNotFound(coraA, () -> run(() -> attachments.delete(attachmentB)));
        case ATTACHMENT_LIST -> expectNotFound(attacker, () -> attachments.list(CaseService.KIND, ref));
        case ATTACHMENT_ADD -> expectNotFound(attacker, () -> attachments.add(CaseService.KIND, ref, "x.pdf", PDF));
        case SEARCH_CASES -> assertThat(as(attacker, () -> caseList.find(CaseQuery.ALL.withText(canaryB), 0, 50)).total())
            .isZero();
        case FIND_OFFICERS -> assertThat(as(attacker, () -> contacts.findOfficers(new OfficerQuery(canaryB, null, false,
            null, true, null, false), 0, 50)).total()).isZero();
        case FIND_MEETINGS -> assertNoCanary(as(attacker, () -> meetings.find(ListQuery.ALL, 0, 100)).toString(), canaryB);
        case FIND_HEARINGS -> assertNoCanary(as(attacker, () -> hearings.find(ListQuery.ALL, 0, 100)).toString(), canaryB);
        case FIND_CONVENINGS -> assertNoCanary(as(attacker, () -> convenings.find(ListQuery.ALL, 0, 100)).toString(), canaryB);
        case API_SEARCH_CASES -> {
          ResponseEntity<String> r = api.get("/api/cases?q=" + canaryB + "&size=100", auth, "press");
          assertThat(r.getStatusCode().value()).isEqualTo(200);
          assertNoCanary(r.getBody(), canaryB);
        }
        case API_FIND_OFFICERS -> {
          ResponseEntity<String> r = api.get("/api/officers?q=" + canaryB + "&size=100", auth, "press");
          assertThat(r.getStatusCode().value()).isEqualTo(200);
          assertNoCanary(r.getBody(), canaryB);
        }
        case KERNEL_HISTORY -> assertThat(as(attacker, () -> recordHistory.of(CaseService.KIND, ref))).isEmpty();
        case EMBASSIES_IN_COUNTRY -> assertNoCanary(as(attacker, () -> contacts.embassiesIn("KE")).toString(), canaryB);
        case NOTICE_MARK_READ -> assertThat(as(attacker, () -> notifications.markRead(noticeB))).isFalse();
        case NOTICES -> assertNoCanary(as(attacker, () -> notifications.latest()).toString(), canaryB);
        case TELL_FOREIGN_MEMBER -> assertThat(as(attacker, () -> notifications.tell("press", List.of("tomas", "lena"),
            "attack:" + UUID.randomUUID(), org.liaison.notifications.NoticeKind.ASSIGNED, "attack", null))).isZero();
        case SAVED_FILTER_DELETE -> assertThat(as(attacker, () -> inbox.deleteFilter(canaryB))).isFalse();
        case SAVED_FILTERS -> assertNoCanary(as(attacker, () -> inbox.savedFilters()).toString(), canaryB);
        case PROFILE_OF_FOREIGN_MEMBER -> assertThatThrownBy(() -> as(coraA, () -> profiles.of("tomas")))
            .isInstanceOf(org.liaison.common.InvalidInputException.class)
            .satisfies(e -> assertNoCanary(e.getMessage(), canaryB));
        case STAND_IN_FROM_FOREIGN_COALITION -> assertThatThrownBy(() -> as(attacker, () -> profiles.setAway(
            attacker.username(), LocalDate.now(), LocalDate.now().plusDays(1), "tomas")))
            .isInstanceOfSatisfying(org.liaison.common.InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("standIn"));
        case AWAY_LIST -> assertThat(as(coraA, () -> profiles.away())).extracting(p -> p.username())
            .doesNotContain("tomas");
        case INBOX_FILTER_BY_FOREIGN_HOLDER -> assertThat(as(coraA, () -> inbox.count(new org.liaison.inbox.InboxQuery(
            org.liaison.workflow.TaskScope.ALL_OPEN, null, null, null, null, "tomas", null)))).isZero();
        default -> fail("unknown attack " + attack);
      }
      counts.merge(attack, 1, Integer::sum);
      nanos.merge(attack, System.nanoTime() - t0, Long::sum);
    }

    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<Attack, String> perKind = new EnumMap<>(Attack.class);
    counts.forEach((k, n) -> perKind.put(k, n + "x" + String.format("%.1fms", nanos.get(k) / 1e6 / n)));
    System.out.printf("[attack suite] %d attempts in %d ms, 0 leaks; per kind (count x mean): %s%n", ATTEMPTS, millis, perKind);
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ATTEMPTS);
    assertThat(counts).as("every kind of attempt was made").hasSize(Attack.values().length);
    assertThat(snapshotOfB()).as("nothing in B changed").isEqualTo(before);
    assertThat(as(tomasB, () -> notifications.latest())).filteredOn(n -> n.id().equals(noticeB)).singleElement()
        .satisfies(n -> assertThat(n.unread()).as("B's notice, after A's attempts to mark it read").isTrue());
    assertThat(as(tomasB, () -> inbox.savedFilters())).extracting(f -> f.name()).contains(canaryB);
    assertThat(as(tomasB, () -> profiles.mine()).standIn()).isEqualTo("lena");
    as(tomasB, () -> profiles.setAway("tomas", null, null, null));
  }

  @Test
  void a_missing_record_and_another_coalitions_record_get_the_same_404() {
    Api api = new Api(port);
    String auth = Api.basic("cora", PASSWORD);
    ResponseEntity<String> foreign = api.get("/api/cases/" + referencesB.get(0), auth, "press");
    ResponseEntity<String> missing = api.get("/api/cases/LRA-1999-0001", auth, "press");
    assertThat(foreign.getStatusCode()).isEqualTo(missing.getStatusCode());
    assertThat(foreign.getBody().replace(referencesB.get(0), "ID")).isEqualTo(missing.getBody().replace("LRA-1999-0001", "ID"));
    ResponseEntity<String> foreignTask = api.get("/api/tasks/" + tasksB.get(0), auth, "press");
    String randomId = UUID.randomUUID().toString();
    ResponseEntity<String> missingTask = api.get("/api/tasks/" + randomId, auth, "press");
    assertThat(foreignTask.getStatusCode().value()).isEqualTo(404);
    assertThat(foreignTask.getBody().replace(tasksB.get(0), "ID")).isEqualTo(missingTask.getBody().replace(randomId, "ID"));
  }

  @Test
  void no_list_one_coalition_can_see_carries_the_other_coalitions_canary() {
    Api api = new Api(port);
    for (Actor a : List.of(coraA, miloA)) {
      String auth = Api.basic(a.username(), PASSWORD);
      assertNoCanary(api.get("/api/cases", auth, "press").getBody(), canaryB);
      assertNoCanary(api.get("/api/tasks", auth, "press").getBody(), canaryB);
      for (org.liaison.workflow.TaskScope view : as(a, () -> inbox.views())) {
        org.liaison.inbox.InboxQuery q = org.liaison.inbox.InboxQuery.of(view);
        assertNoCanary(as(a, () -> inbox.page(q, 0, 200)).toString(), canaryB);
        assertThat(as(a, () -> inbox.count(q))).isEqualTo(as(a, () -> inbox.page(q, 0, 200)).size());
      }
      assertNoCanary(as(a, () -> cases.list()).toString(), canaryB);
      assertNoCanary(as(a, () -> inbox.tasks()).toString(), canaryB);
      assertNoCanary(as(a, () -> cases.byReferences(allReferences())).toString(), canaryB);
      assertNoCanary(api.get("/api/embassies", auth, "press").getBody(), canaryB);
      assertNoCanary(api.get("/api/officers", auth, "press").getBody(), canaryB);
      assertNoCanary(as(a, () -> contacts.embassies()).toString() + as(a, () -> contacts.officers()), canaryB);
      assertNoCanary(as(a, () -> caseList.find(CaseQuery.ALL, 0, 500)).toString(), canaryB);
      assertNoCanary(as(a, () -> contacts.findOfficers(new OfficerQuery(null, null, false, null, true, null, false),
          0, 500)).toString(), canaryB);
      assertNoCanary(as(a, () -> organisations.list()).toString(), canaryB);
      assertNoCanary(api.get("/api/cases?size=100", auth, "press").getBody(), canaryB);
      assertNoCanary(api.get("/api/officers?size=100", auth, "press").getBody(), canaryB);
      for (String ref : referencesA) {
        assertNoCanary(as(a, () -> cases.timeline(ref)).toString(), canaryB);
        assertNoCanary(as(a, () -> cases.openSteps(ref)).toString(), canaryB);
      }
      assertThat(as(a, () -> cases.list()).toString()).as("the sweep sees A's own canary").contains(canaryA);
    }
    assertNoCanary(as(coraA, () -> members.members()).toString() + as(coraA, () -> members.pendingInvitations())
        + as(coraA, () -> members.audit()), canaryB.toLowerCase());
    assertThat(as(lenaB, () -> members.audit()).toString()).as("B's own audit names the invitation")
        .contains(canaryB.toLowerCase());
    String coraAuth = Api.basic("cora", PASSWORD);
    for (String report : List.of("/api/reports/overview", "/api/reports/cycle-times", "/api/reports/embassies",
        "/api/reports/embassies?format=csv", "/api/reports/overview?format=csv&table=officers-past-cadence")) {
      assertNoCanary(api.get(report, coraAuth, "press").getBody(), canaryB);
      assertNoCanary(api.get(report, Api.basic("lena", PASSWORD), "labor").getBody(), canaryA);
    }
    assertThat(api.get("/api/reports/embassies", Api.basic("lena", PASSWORD), "labor").getBody())
        .as("B's own report names B's embassy").contains(canaryB);
    assertNoCanary(as(coraA, () -> reports.embassies(org.liaison.reports.ReportFilter.NONE)).toString()
        + as(coraA, () -> reports.overview(org.liaison.reports.ReportFilter.NONE)), canaryB);
    assertNoCanary(SignedIn.callAs(PLATFORM_ADMIN, () -> platform.coalitions(0, platform.coalitionCount())).toString(), canaryB.toLowerCase());
    assertNoCanary(as(coraA, () -> outbox.recent(Outbox.MAX_RECENT)).toString(), canaryB);
    assertThat(as(coraA, () -> outbox.recent(Outbox.MAX_RECENT)).toString()).contains(canaryA);
    assertNoCanary(as(lenaB, () -> outbox.recent(Outbox.MAX_RECENT)).toString(), canaryA);
    assertThat(as(lenaB, () -> outbox.recent(Outbox.MAX_RECENT)).toString()).contains(canaryB);
    for (Actor b : List.of(lenaB, tomasB)) {
      String auth = Api.basic(b.username(), PASSWORD);
      assertNoCanary(api.get("/api/cases", auth, "labor").getBody(), canaryA);
      assertNoCanary(api.get("/api/tasks", auth, "labor").getBody(), canaryA);
      assertNoCanary(as(b, () -> cases.list()).toString(), canaryA);
      assertNoCanary(as(b, () -> inbox.tasks()).toString(), canaryA);
      assertNoCanary(api.get("/api/officers", auth, "labor").getBody(), canaryA);
      assertNoCanary(as(b, () -> contacts.officers()).toString(), canaryA);
      assertThat(as(b, () -> cases.list()).toString()).contains(canaryB);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  record Snapshot(List<String> cases, List<Integer> timelines, List<String> tasks, List<String> outreach,
      String contacts, String edits, String membership) {}

  Snapshot snapshotOfB() {
    return as(lenaB, () -> new Snapshot(
        referencesB.stream().map(r -> cases.get(r)).map(c -> c.reference() + ":" + c.status() + ":" + c.severity()).toList(),
        referencesB.stream().map(r -> cases.timeline(r).size()).toList(),
        referencesB.stream().flatMap(r -> cases.openSteps(r).stream()).map(t -> t.id() + ":" + t.assignee()).toList(),
        referencesB.stream().map(r -> String.valueOf(outreach.forCase(r).map(o -> o.status() + o.important()).orElse("")))
            .toList(),
        contacts.priorities(embassyB).size() + ":" + contacts.officers().size(),
        contacts.officer(officerB) + "|" + contacts.embassy(embassyB) + "|" + contacts.priorities(embassyB) + "|"
            + organisations.list() + "|" + attachments.list(CaseService.KIND, referencesB.get(0)) + "|"
            + cases.history(referencesB.get(0)).size() + ":" + contacts.officerHistory(officerB).size() + ":"
            + contacts.embassyHistory(embassyB).size() + "|" + rotation.predecessors(officerB),
        members.members() + ":" + members.pendingInvitations()));
  }

  List<String> allReferences() {
    List<String> all = new ArrayList<>(referencesA);
    all.addAll(referencesB);
    return all;
  }

  String taskOf(Actor actor, String reference) {
    List<InboxItem> items = as(actor, () -> inbox.tasks()).stream().filter(i -> reference.equals(i.task().businessKey())).toList();
    assertThat(items).hasSize(1);
    return items.get(0).task().id();
  }

  static NewCase newCase(String canary) {
    return new NewCase("Case " + canary, "Summary " + canary, "KE", Set.of(Theme.OTHER), Severity.MEDIUM);
  }

  /** A report narrowed to B's embassy: 400 "no such embassy" for A's coordinator, 403 for A's member; nothing of B. */
  void expectReportRefused(Actor attacker, ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(attacker == coraA ? 400 : 403);
    assertNoCanary(response.getBody(), canaryB);
    assertNoCanary(response.getBody(), embassyB.toString());
  }

  void expect404(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(404);
    assertNoCanary(response.getBody(), canaryB);
  }

  void expectNotFound(Actor attacker, Supplier<?> call) {
    assertThatThrownBy(() -> as(attacker, call)).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertNoCanary(e.getMessage(), canaryB));
  }

  void expectGone(Actor attacker, Supplier<?> call) {
    assertThatThrownBy(() -> as(attacker, call)).isInstanceOfSatisfying(TaskNotAvailableException.class,
        e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.GONE));
  }

  static void assertNoCanary(String text, String canary) {
    assertThat(text == null ? "" : text).doesNotContain(canary);
  }

  static Object run(Runnable r) {
    r.run();
    return null;
  }

  static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor, work);
  }
}
