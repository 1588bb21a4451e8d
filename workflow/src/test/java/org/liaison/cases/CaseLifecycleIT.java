package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.mail.Outbox;
import org.liaison.mail.SentMail;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.outreach.Outreach;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.OutreachStatus;
import org.liaison.outreach.Review;
import org.liaison.processes.RaiseIssueProcess;
import org.liaison.processes.RaiseIssueProcess.Elements;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.MessageNotExpectedException;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The raise-issue lifecycle through the services, on a real PostgreSQL and a real engine. */
class CaseLifecycleIT extends DatabaseIT {

  @Autowired CaseService cases;
  @Autowired OutreachService outreach;
  @Autowired InboxService inbox;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ContactService contacts;
  @Autowired EngagementService engagements;
  @Autowired SettingsService settings;
  @Autowired StepService steps;
  @Autowired Outbox outbox;
  @Autowired org.liaison.workflow.HistoryClock clock;


  static NewCase aCase(String title) {
    return new NewCase(title, "Journalists detained after covering protests", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS_DEFENDERS), Severity.HIGH);
  }

  static OutreachDraft aDraft(String suffix) {
    return new OutreachDraft("Three journalists are held without charge " + suffix,
        "Press freedom is a stated U.S. priority in Kenya", "Ask for consular attention at the hearing");
  }

  WorkItem onlyTask(Actor actor, String reference) {
    List<WorkItem> open = as(actor, () -> inbox.tasks().stream()
        .map(InboxItem::task)
        .filter(t -> reference.equals(t.businessKey()))
        .toList());
    assertThat(open).as("open tasks of %s for %s", reference, actor.username()).hasSize(1);
    return open.get(0);
  }

  /**
   * Liaison's tables and the engine's history are dated by one clock: moved back (as the demo's history
   * does), a case raised and triaged then carries that time in both, and its reference that year; the
   * clock is back at now afterwards.
   */
  @Test
  void the_engine_and_liaison_share_one_clock_that_the_demo_history_can_move_back() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    Instant lastYear = Instant.parse("2025-03-04T08:00:00Z");
    String ref = clock.pausedAt(lastYear, () -> {
      String raised = as(member, () -> cases.raise(aCase("Detained journalists"))).reference();
      clock.travelTo(lastYear.plus(Duration.ofHours(5)));
      as(coordinator, () -> cases.triage(onlyTask(coordinator, raised).id(), new Triage(Severity.HIGH, null)));
      return raised;
    });
    assertThat(Duration.between(clock.now(), Instant.now()).abs()).as("back at now").isLessThan(Duration.ofMinutes(1));
    assertThat(ref).contains("-2025-");
    CaseDetails details = as(member, () -> cases.get(ref));
    assertThat(details.createdAt()).isEqualTo(lastYear);
    assertThat(as(member, () -> cases.timeline(ref))).extracting(CaseActivity::at)
        .containsSubsequence(lastYear, lastYear.plus(Duration.ofHours(5)));
    var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult();
    assertThat(instance.getStartTime().toInstant()).isEqualTo(lastYear);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.TASK_TRIAGE_CASE).singleResult().getEndTime().toInstant())
        .isEqualTo(lastYear.plus(Duration.ofHours(5)));
  }

  @Test
  void raising_a_case_numbers_it_per_coalition_and_year_and_starts_its_lifecycle_at_triage() {
    CaseDetails first = as(coalitions.memberA(), () -> cases.raise(aCase("Detained journalists")));
    CaseDetails second = as(coalitions.memberA(), () -> cases.raise(aCase("Second case")));
    CaseDetails inB = as(coalitions.coordinatorB(), () -> cases.raise(aCase("Case in B")));
    int year = LocalDate.now().getYear();

    assertThat(first.reference()).isEqualTo(coalitions.a.referencePrefix() + "-" + year + "-0001");
    assertThat(second.reference()).isEqualTo(coalitions.a.referencePrefix() + "-" + year + "-0002");
    assertThat(inB.reference()).isEqualTo(coalitions.b.referencePrefix() + "-" + year + "-0001");
    assertThat(first.status()).isEqualTo(CaseStatus.IN_TRIAGE);
    assertThat(first.owner()).isEqualTo("memberA");

    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.reference()).singleResult();
    assertThat(instance.getTenantId()).isEqualTo(coalitions.a.id());

    WorkItem triage = onlyTask(coalitions.coordinatorA(), first.reference());
    assertThat(triage.taskKey()).isEqualTo(Elements.TASK_TRIAGE_CASE);
    assertThat(triage.isUnassigned()).isTrue();
    assertThat(as(coalitions.memberA(), () -> inbox.tasks())).as("a member does not triage").isEmpty();
    assertThat(as(coalitions.memberA(), () -> cases.timeline(first.reference())))
        .extracting(CaseActivity::kind).containsExactly(CaseActivity.Kind.RAISED);
  }

  /** Two embassy officers with e-mail addresses and a priority, in the actor's coalition. */
  List<Officer> officers(Actor coordinator) {
    return as(coordinator, () -> {
      Embassy embassy = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
      contacts.addPriority(embassy.id(), new NewPriority("A free press ahead of the elections",
          "https://ke.usembassy.gov/", LocalDate.now()));
      return List.of(
          contacts.addOfficer(new NewOfficer(embassy.id(), "Amina Hassan", null, Portfolio.HUMAN_RIGHTS,
              "hro@embassy.example", null)),
          contacts.addOfficer(new NewOfficer(embassy.id(), "Ben Carter", null, Portfolio.PUBLIC_AFFAIRS,
              "pao@embassy.example", null)));
    });
  }

  Alignment alignWith(Actor actor, List<Officer> chosen) {
    return as(actor, () -> new Alignment(
        contacts.allPriorities().stream().map(EmbassyPriority::id).collect(Collectors.toSet()),
        chosen.stream().map(Officer::id).collect(Collectors.toSet()), "Press freedom priority"));
  }

  /** Raised, triaged, aligned with both officers, drafted and approved: the outreach is queued. */
  String sentCase(Actor member, Actor coordinator, List<Officer> chosen) {
    String ref = as(member, () -> cases.raise(aCase("Detained journalists"))).reference();
    as(coordinator, () -> cases.triage(onlyTask(coordinator, ref).id(), new Triage(Severity.HIGH, null)));
    as(member, () -> cases.align(onlyTask(member, ref).id(), alignWith(member, chosen)));
    as(member, () -> outreach.submitDraft(onlyTask(member, ref).id(), aDraft("v1")));
    as(coordinator, () -> outreach.review(onlyTask(coordinator, ref).id(), Review.approve(null)));
    return ref;
  }

  @Test
  void a_case_is_triaged_routed_aligned_reworked_approved_and_sent_once_to_each_chosen_officer() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    List<Officer> officers = officers(coordinator);
    String ref = as(member, () -> cases.raise(aCase("Detained journalists"))).reference();

    as(coordinator, () -> cases.triage(onlyTask(coordinator, ref).id(), new Triage(Severity.CRITICAL, "Hearing is on Monday")));
    assertThat(as(member, () -> cases.get(ref))).satisfies(c -> {
      assertThat(c.status()).isEqualTo(CaseStatus.ALIGNING);
      assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(c.urgency()).isEqualTo(Urgency.IMMEDIATE);
    });
    CaseRouting routed = as(member, () -> cases.routing(ref));
    assertThat(routed.portfolios()).containsExactlyInAnyOrder(
        Portfolio.HUMAN_RIGHTS, Portfolio.PUBLIC_AFFAIRS, Portfolio.POLITICAL);
    assertThat(routed.officers()).isEmpty();

    WorkItem align = onlyTask(member, ref);
    assertThat(align.taskKey()).isEqualTo(Elements.TASK_ALIGN_WITH_PRIORITIES);
    as(member, () -> cases.align(align.id(), alignWith(member, officers)));
    CaseRouting aligned = as(member, () -> cases.routing(ref));
    assertThat(aligned.officers()).extracting(Officer::name).containsExactlyInAnyOrder("Amina Hassan", "Ben Carter");
    assertThat(aligned.officersEmbassies()).as("the embassy the chosen officers work at, once")
        .extracting(Embassy::city).containsExactly("Nairobi");
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.DRAFTING_OUTREACH);

    as(member, () -> outreach.submitDraft(onlyTask(member, ref).id(), aDraft("v1")));
    as(coordinator, () -> outreach.review(onlyTask(coordinator, ref).id(), Review.sendBack("Name the court")));
    assertThat(as(member, () -> outreach.forCase(ref))).get().satisfies(o -> {
      assertThat(o.status()).isEqualTo(OutreachStatus.CHANGES_REQUESTED);
      assertThat(o.reviewComment()).isEqualTo("Name the court");
    });
    assertThat(as(coordinator, () -> outbox.recent(10))).as("nothing goes out before approval").isEmpty();

    as(member, () -> outreach.submitDraft(onlyTask(member, ref).id(), aDraft("v2 at the Milimani court")));
    as(coordinator, () -> outreach.review(onlyTask(coordinator, ref).id(), Review.approve(null)));
    assertThat(as(member, () -> outreach.versions(ref))).as("the draft sent back stays, with the comment")
        .satisfiesExactly(
            v1 -> {
              assertThat(v1.number()).isEqualTo(1);
              assertThat(v1.important()).endsWith("v1");
              assertThat(v1.draftedBy()).isEqualTo(member.username());
              assertThat(v1.sentBack()).isTrue();
              assertThat(v1.reviewComment()).isEqualTo("Name the court");
              assertThat(v1.reviewedBy()).isEqualTo(coordinator.username());
            },
            v2 -> {
              assertThat(v2.number()).isEqualTo(2);
              assertThat(v2.important()).endsWith("v2 at the Milimani court");
              assertThat(v2.approved()).isTrue();
              assertThat(v2.reviewComment()).isNull();
            });
    assertThatThrownBy(() -> as(coalitions.coordinatorB(), () -> outreach.versions(ref)))
        .as("not another coalition's").isInstanceOf(org.liaison.common.NotFoundException.class);

    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.OUTREACH_SENT);
    List<SentMail> mail = as(coordinator, () -> outbox.recent(10));
    assertThat(mail).hasSize(2).allSatisfy(m -> {
      assertThat(m.subject()).isEqualTo("Detained journalists (" + ref + ")");
      assertThat(m.body()).contains("v2 at the Milimani court", "Why it matters to the United States");
    });
    assertThat(mail).flatExtracting(SentMail::to)
        .containsExactlyInAnyOrder("hro@embassy.example", "pao@embassy.example");
    Outreach sent = as(member, () -> outreach.forCase(ref)).orElseThrow();
    assertThat(sent.status()).isEqualTo(OutreachStatus.SENT);
    assertThat(sent.recipients().split(", ")).containsExactlyInAnyOrder("hro@embassy.example", "pao@embassy.example");
    assertThat(as(member, () -> cases.timeline(ref))).extracting(CaseActivity::kind).containsExactly(
        CaseActivity.Kind.RAISED, CaseActivity.Kind.TRIAGED, CaseActivity.Kind.ROUTED, CaseActivity.Kind.ALIGNED,
        CaseActivity.Kind.OUTREACH_DRAFTED, CaseActivity.Kind.OUTREACH_SENT_BACK, CaseActivity.Kind.OUTREACH_DRAFTED,
        CaseActivity.Kind.OUTREACH_APPROVED, CaseActivity.Kind.OUTREACH_SENT, CaseActivity.Kind.OUTREACH_SENT);
    assertThat(as(member, () -> cases.awaitsReply(ref))).isTrue();
    // the follow-up timer is the coalition's interval (default P7D)
    Job followUp = management.createJobQuery().processInstanceId(instanceOf(ref)).timers().singleResult();
    assertThat(Duration.between(Instant.now(), followUp.getDuedate().toInstant()).toHours()).isBetween(167L, 168L);
  }

  @Test
  void alignment_needs_officers_of_the_coalition_with_an_email_and_saves_nothing_otherwise() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    List<Officer> officers = officers(coordinator);
    Officer noEmail = as(coordinator, () -> contacts.addOfficer(new NewOfficer(null, "Desk officer", null,
        Portfolio.POLITICAL, null, null)));
    Officer foreign = as(coalitions.coordinatorB(), () -> contacts.addOfficer(new NewOfficer(null, "Officer of B",
        null, Portfolio.HUMAN_RIGHTS, "b@embassy.example", null)));
    String ref = as(member, () -> cases.raise(aCase("Case"))).reference();
    as(coordinator, () -> cases.triage(onlyTask(coordinator, ref).id(), new Triage(Severity.HIGH, null)));
    WorkItem align = onlyTask(member, ref);

    assertThatThrownBy(() -> as(member, () -> cases.align(align.id(), new Alignment(Set.of(), Set.of(), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("officerIds", "Choose at least one officer to send the outreach to."));
    assertThatThrownBy(() -> as(member, () -> cases.align(align.id(),
        new Alignment(Set.of(), Set.of(officers.get(0).id(), noEmail.id()), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("officerIds"))
            .startsWith("Desk officer has no e-mail address"));
    assertThatThrownBy(() -> as(member, () -> cases.align(align.id(),
        new Alignment(Set.of(), Set.of(foreign.id()), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsKey("officerIds"));

    assertThat(as(member, () -> cases.routing(ref)).officers()).isEmpty();
    assertThat(onlyTask(member, ref).id()).isEqualTo(align.id());
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.ALIGNING);
  }

  @Test
  void an_officers_reply_records_an_engagement_and_starts_the_meeting_for_the_case() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    List<Officer> officers = officers(coordinator);
    String ref = sentCase(member, coordinator, officers);

    as(member, () -> cases.recordReply(ref, new OfficerReply(officers.get(0).id(), "Happy to meet next week",
        LocalDate.now())));

    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.MEETING);
    assertThat(as(member, () -> engagements.forCase(as(member, () -> cases.get(ref)).id())))
        .singleElement().satisfies(e -> {
          assertThat(e.kind()).isEqualTo(EngagementKind.REPLY);
          assertThat(e.officerId()).isEqualTo(officers.get(0).id());
        });
    assertThat(as(member, () -> contacts.officer(officers.get(0).id())).lastContactOn()).isEqualTo(LocalDate.now());
    var meeting = runtime.createProcessInstanceQuery().superProcessInstanceId(instanceOf(ref)).singleResult();
    assertThat(meeting.getBusinessKey()).isEqualTo(ref);
    assertThat(meeting.getTenantId()).isEqualTo(coalitions.a.id());
    assertThat(as(member, () -> cases.awaitsReply(ref))).isFalse();
  }

  @Test
  void a_reply_for_a_case_that_waits_for_none_is_refused_naming_the_case_and_nothing_is_recorded() {
    Actor member = coalitions.memberA();
    List<Officer> officers = officers(coalitions.coordinatorA());
    String ref = as(member, () -> cases.raise(aCase("Case in triage"))).reference();

    assertThatThrownBy(() -> as(member, () -> cases.recordReply(ref,
        new OfficerReply(officers.get(0).id(), "We will look into it", LocalDate.now()))))
        .isInstanceOfSatisfying(MessageNotExpectedException.class, e -> {
          assertThat(e.getMessage()).contains(ref, RaiseIssueProcess.Messages.OFFICER_RESPONDED, "nothing was changed");
          assertThat(e.waiting()).isZero();
        });
    UUID caseId = as(member, () -> cases.get(ref)).id();
    assertThat(as(member, () -> engagements.forCase(caseId))).isEmpty();
    assertThat(as(member, () -> contacts.officer(officers.get(0).id())).lastContactOn()).isNull();
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_TRIAGE);
  }

  @Test
  void without_a_reply_the_owner_follows_up_and_enough_follow_ups_escalate_to_a_coordinator() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    as(coordinator, () -> settings.update(new CoalitionSettings("P3D", 2, "P90D", "PT4H", "P7D")));
    as(coordinator, () -> contacts.addOfficer(new NewOfficer(null, "Press freedom desk", null, Portfolio.HUMAN_RIGHTS,
        "drl@state.example", null)));
    as(coordinator, () -> contacts.addOfficer(new NewOfficer(null, "Trade desk", null, Portfolio.COMMERCIAL,
        "trade@state.example", null)));
    String ref = sentCase(member, coordinator, officers(coordinator));
    String instance = instanceOf(ref);

    Job due = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    assertThat(Duration.between(Instant.now(), due.getDuedate().toInstant()).toHours()).isBetween(71L, 72L);
    management.executeJob(due.getId());
    WorkItem followUp = onlyTask(member, ref);
    assertThat(followUp.taskKey()).isEqualTo(Elements.TASK_FOLLOW_UP);
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.FOLLOWING_UP);
    assertThatThrownBy(() -> as(member, () -> steps.complete(followUp.id(), new StepInput(" ", null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("note"));
    as(member, () -> steps.complete(followUp.id(), new StepInput("Called the officer's assistant", null)));

    management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
    as(member, () -> steps.complete(onlyTask(member, ref).id(), new StepInput("Sent new evidence", null)));

    WorkItem escalate = onlyTask(coordinator, ref);
    assertThat(escalate.taskKey()).isEqualTo(Elements.TASK_ESCALATE_TO_WASHINGTON);
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.ESCALATED);
    as(coordinator, () -> steps.complete(escalate.id(), new StepInput("Wrote to the DRL press freedom desk", null)));

    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.OUTREACH_SENT);
    assertThat(as(member, () -> cases.timeline(ref))).extracting(CaseActivity::kind)
        .containsSubsequence(CaseActivity.Kind.FOLLOWED_UP, CaseActivity.Kind.FOLLOWED_UP, CaseActivity.Kind.ESCALATED);
    assertThat(as(member, () -> steps.journal(ref))).extracting(StepRecord::note).containsExactly(
        "Called the officer's assistant", "Sent new evidence", "Wrote to the DRL press freedom desk");
    List<SentMail> reminders = as(coordinator, () -> outbox.recent(20)).stream()
        .filter(m -> m.subject().startsWith("Following up: ")).toList();
    assertThat(reminders).as("one reminder per follow-up, to every officer the outreach went to").hasSize(2)
        .allSatisfy(m -> assertThat(m.to()).containsExactlyInAnyOrder("hro@embassy.example", "pao@embassy.example"));
    assertThat(reminders).extracting(SentMail::body).anySatisfy(b -> assertThat(b).startsWith("Sent new evidence")
        .contains("What the embassy can do"));
    assertThat(as(coordinator, () -> outbox.recent(20))).filteredOn(m -> m.subject().startsWith("Request for support: "))
        .as("the escalation goes to the Washington experts of the case's portfolios only").singleElement()
        .satisfies(m -> {
          assertThat(m.to()).containsExactly("drl@state.example");
          assertThat(m.body()).startsWith("Wrote to the DRL press freedom desk");
        });
  }

  @Test
  void a_case_can_be_withdrawn_in_any_state_once_by_its_owner_or_a_coordinator() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    String drafting = as(member, () -> cases.raise(aCase("Drafting"))).reference();
    String other = as(coordinator, () -> cases.raise(aCase("Someone else's"))).reference();

    assertThatThrownBy(() -> as(member, () -> cases.withdraw(other, "Not mine")))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> as(member, () -> cases.withdraw(drafting, "  ")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
    assertThat(as(member, () -> cases.get(drafting)).status()).isEqualTo(CaseStatus.IN_TRIAGE);

    as(member, () -> cases.withdraw(drafting, "The journalists were released"));
    assertThat(as(member, () -> cases.get(drafting)).status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(as(coordinator, () -> cases.openSteps(drafting))).isEmpty();
    assertThat(as(member, () -> cases.timeline(drafting))).last().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(CaseActivity.Kind.WITHDRAWN);
      assertThat(a.detail()).isEqualTo("The journalists were released");
    });
    assertThatThrownBy(() -> as(member, () -> cases.withdraw(drafting, "Again")))
        .isInstanceOfSatisfying(MessageNotExpectedException.class,
            e -> assertThat(e.getMessage()).contains(drafting, RaiseIssueProcess.Messages.CASE_WITHDRAWN));
    as(coordinator, () -> cases.withdraw(other, "Duplicate of another case"));
    assertThat(as(coordinator, () -> cases.get(other)).status()).isEqualTo(CaseStatus.WITHDRAWN);
  }

  String instanceOf(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(RaiseIssueProcess.KEY).singleResult().getId();
  }

  @Test
  void bad_case_input_names_every_field_and_saves_nothing() {
    Actor member = coalitions.memberA();
    NewCase bad = new NewCase(" ", "x".repeat(CaseLimits.SUMMARY + 1), "XX", Set.of(), null);

    assertThatThrownBy(() -> as(member, () -> cases.raise(bad)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("title", "summary", "country", "themes", "severity")
            .containsEntry("country", "Choose a country from the list (an ISO 3166 country code such as KE or GT).")
            .containsEntry("title", "Give the case a title."));

    assertThat(as(member, () -> cases.list())).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RaiseIssueProcess.KEY)
        .tenantIdIn(coalitions.a.id()).count()).isZero();
    // the reference counter was not consumed either: the next valid case is number 1
    assertThat(as(member, () -> cases.raise(aCase("Valid"))).reference()).endsWith("-0001");
  }

  @Test
  void bad_outreach_input_leaves_the_draft_task_open_and_nothing_saved() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    String ref = as(member, () -> cases.raise(aCase("Case"))).reference();
    as(coordinator, () -> cases.triage(onlyTask(coordinator, ref).id(), new Triage(Severity.HIGH, null)));
    as(member, () -> cases.align(onlyTask(member, ref).id(), alignWith(member, officers(coordinator))));
    WorkItem draft = onlyTask(member, ref);

    assertThatThrownBy(() -> as(member, () -> outreach.submitDraft(draft.id(),
        new OutreachDraft("", "y".repeat(4001), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("important", "whyUnitedStates", "embassyAction"));

    assertThat(as(member, () -> outreach.forCase(ref))).isEmpty();
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.DRAFTING_OUTREACH);
    assertThat(onlyTask(member, ref).id()).isEqualTo(draft.id());

    as(member, () -> outreach.submitDraft(draft.id(), aDraft("ok")));
    WorkItem review = onlyTask(coordinator, ref);
    assertThatThrownBy(() -> as(coordinator, () -> outreach.review(review.id(), Review.sendBack("  "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("comment", "Say what should change before sending the outreach back."));
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_REVIEW);

    as(coordinator, () -> outreach.review(review.id(), Review.approve("Good")));
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.OUTREACH_SENT);
  }

  @Test
  void a_task_completed_or_claimed_by_someone_else_cannot_be_completed_again() {
    Actor member = coalitions.memberA();
    Actor first = coalitions.coordinatorA();
    Actor second = coalitions.secondCoordinatorA();
    String ref = as(member, () -> cases.raise(aCase("Case"))).reference();
    WorkItem triage = onlyTask(second, ref);

    as(first, () -> cases.triage(triage.id(), new Triage(Severity.LOW, "first")));
    assertThatThrownBy(() -> as(second, () -> cases.triage(triage.id(), new Triage(Severity.CRITICAL, "second"))))
        .isInstanceOfSatisfying(TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.GONE));
    assertThat(as(member, () -> cases.get(ref)).severity()).isEqualTo(Severity.LOW);
    assertThat(as(member, () -> cases.timeline(ref))).filteredOn(a -> a.kind() == CaseActivity.Kind.TRIAGED)
        .singleElement().extracting(CaseActivity::detail).isEqualTo("first");

    as(member, () -> cases.align(onlyTask(member, ref).id(), alignWith(member, officers(first))));
    as(member, () -> outreach.submitDraft(onlyTask(member, ref).id(), aDraft("x")));
    WorkItem review = onlyTask(second, ref);
    as(first, () -> inbox.claim(review.id()));
    assertThat(onlyTask(first, ref).assignee()).isEqualTo("coordA");
    assertThat(as(second, () -> inbox.tasks())).as("claimed tasks leave the group's queue").isEmpty();
    assertThatThrownBy(() -> as(second, () -> outreach.review(review.id(), Review.approve(null))))
        .isInstanceOfSatisfying(TaskNotAvailableException.class, e -> {
          assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.CLAIMED_BY_SOMEONE_ELSE);
          assertThat(e.claimedBy()).isEqualTo("coordA");
        });
    assertThatThrownBy(() -> as(second, () -> inbox.claim(review.id())))
        .isInstanceOf(TaskNotAvailableException.class);

    as(first, () -> inbox.unclaim(review.id()));
    assertThat(onlyTask(second, ref).isUnassigned()).isTrue();
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_REVIEW);
  }

  @Test
  void only_a_coordinator_triages_and_reviews() {
    Actor member = coalitions.memberA();
    String ref = as(member, () -> cases.raise(aCase("Case"))).reference();
    WorkItem triage = onlyTask(coalitions.coordinatorA(), ref);

    assertThatThrownBy(() -> as(member, () -> cases.triage(triage.id(), new Triage(Severity.LOW, null))))
        .isInstanceOf(NotAllowedException.class);
    assertThat(as(member, () -> cases.get(ref)).status()).isEqualTo(CaseStatus.IN_TRIAGE);
  }

  @Test
  void another_coalitions_coordinator_sees_neither_the_case_nor_its_tasks() {
    Actor member = coalitions.memberA();
    Actor otherCoordinator = coalitions.coordinatorB();
    CaseDetails raised = as(member, () -> cases.raise(aCase("Confidential case of A")));
    WorkItem triage = onlyTask(coalitions.coordinatorA(), raised.reference());

    assertThat(as(otherCoordinator, () -> cases.list())).extracting(CaseDetails::reference)
        .doesNotContain(raised.reference());
    assertThat(as(otherCoordinator, () -> inbox.tasks())).isEmpty();
    assertThatThrownBy(() -> as(otherCoordinator, () -> cases.get(raised.reference())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherCoordinator, () -> cases.timeline(raised.reference())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherCoordinator, () -> cases.triage(triage.id(), new Triage(Severity.LOW, null))))
        .isInstanceOfSatisfying(TaskNotAvailableException.class,
            e -> assertThat(e.reason()).isEqualTo(TaskNotAvailableException.Reason.GONE));
    assertThatThrownBy(() -> as(otherCoordinator, () -> inbox.claim(triage.id())))
        .isInstanceOf(TaskNotAvailableException.class);
    assertThat(as(otherCoordinator, () -> cases.byReferences(List.of(raised.reference())))).isEmpty();

    // the person in both coalitions is a coordinator in B but only a member in A: no triage task in A
    assertThat(as(coalitions.bothInA(), () -> inbox.tasks())).isEmpty();
    assertThat(as(coalitions.bothInB(), () -> inbox.tasks())).isEmpty();
    assertThat(as(coalitions.bothInA(), () -> cases.get(raised.reference())).title()).isEqualTo("Confidential case of A");
    assertThat(as(member, () -> cases.get(raised.reference())).status()).isEqualTo(CaseStatus.IN_TRIAGE);
  }

  @Test
  void alignment_offers_only_the_embassy_of_the_cases_country_and_washington_experts() {
    Actor member = coalitions.memberA();
    Actor coordinator = coalitions.coordinatorA();
    List<Officer> nairobi = officers(coordinator);
    Officer expert = as(coordinator, () -> contacts.addOfficer(new NewOfficer(null, "DRL desk", null,
        Portfolio.HUMAN_RIGHTS, "drl@state.example", null)));
    CaseDetails zimbabwe = as(member, () -> cases.raise(new NewCase("Newspaper offices raided", "Servers seized",
        "ZW", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)));
    as(coordinator, () -> cases.triage(onlyTask(coordinator, zimbabwe.reference()).id(), new Triage(Severity.HIGH, null)));

    AlignmentChoices choices = as(member, () -> cases.alignmentChoices(zimbabwe.reference()));
    assertThat(choices.embassies()).as("no embassy in Zimbabwe is recorded").isEmpty();
    assertThat(choices.priorities()).isEmpty();
    assertThat(choices.officers()).containsExactly(expert);
    WorkItem align = onlyTask(member, zimbabwe.reference());
    assertThatThrownBy(() -> as(member, () -> cases.align(align.id(), new Alignment(Set.of(),
        Set.of(nairobi.get(0).id()), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("officerIds"))
            .contains("embassy in the case's country"));
    assertThatThrownBy(() -> as(member, () -> cases.align(align.id(), new Alignment(
        as(member, () -> contacts.allPriorities()).stream().map(EmbassyPriority::id).collect(Collectors.toSet()),
        Set.of(expert.id()), null))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("priorityIds"));
    as(member, () -> cases.align(align.id(), new Alignment(Set.of(), Set.of(expert.id()), null)));
    assertThat(as(member, () -> cases.routing(zimbabwe.reference())).officers()).containsExactly(expert);

    CaseDetails kenya = as(member, () -> cases.raise(aCase("In Kenya")));
    assertThat(as(member, () -> cases.alignmentChoices(kenya.reference())).officers())
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(nairobi.stream(), java.util.stream.Stream.of(expert)).toList());
  }
}
