package org.liaison.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.cases.Alignment;
import org.liaison.cases.AlignmentChoices;
import org.liaison.cases.CaseRouting;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.OfficerReply;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.convenings.Convening;
import org.liaison.convenings.ConveningFormat;
import org.liaison.convenings.ConveningService;
import org.liaison.convenings.Hosting;
import org.liaison.convenings.Invitation;
import org.liaison.convenings.NewConvening;
import org.liaison.convenings.NewInvitee;
import org.liaison.convenings.Rsvp;
import org.liaison.defenders.DefenderService;
import org.liaison.defenders.NewDefender;
import org.liaison.defenders.RiskLevel;
import org.liaison.hrr.HrrCompilation;
import org.liaison.hrr.HrrService;
import org.liaison.hrr.NewHrrSubmission;
import org.liaison.meetings.MeetingConfirmation;
import org.liaison.meetings.MeetingRecord;
import org.liaison.meetings.MeetingRequest;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.Thanks;
import org.liaison.notifications.Notifications;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewNextStep;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.ReachOut;
import org.liaison.officers.RelationshipService;
import org.liaison.organisations.MemberOrganisation;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.organisations.NewMemberOrganisation;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.HistoryClock;
import org.liaison.workflow.TaskFilter;
import org.liaison.workflow.TaskScope;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A year of a demo coalition's work, lived through by its people: the engine's and Liaison's one clock
 * ({@link HistoryClock}) starts a year ago and moves on day by day; each day the coalition's due timers
 * fire, new cases are raised, embassies reply (or stay silent, each embassy as often as its reply rate),
 * meetings are confirmed, and the people do the open steps that have waited their time — through the
 * same services as the screens, so every table, the engine's history and every report are filled as
 * real work fills them. A step waits 0–3 days most of the time, up to two weeks sometimes and is left
 * undone now and then, so that the reports show work that waits, overdue steps and next steps not done.
 * Deterministic for a coalition (a seeded random), apart from the engine's own ids.
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
  private static final int DAYS = 365;
  /**
   * The steps someone now and then never gets to, with one chance in how many (the other steps the
   * lifecycle or the demo needs done): next steps agreed with an embassy are the most often left undone.
   */
  private static final Map<String, Integer> MAY_BE_LEFT = Map.of("Task_TriageCase", 20, "Task_AlignWithPriorities", 15,
      "Task_DraftOutreach", 15, "Task_MonitorCase", 12, "Task_FollowUp", 12, "Task_ThankOfficer", 8,
      "Task_CompleteNextStep", 4, "Task_ReachOut", 6, "Task_PrepareBriefing", 20);

  /** An embassy of the demo with its stated priority, its officers and how often it replies. */
  record EmbassyPlan(NewEmbassy embassy, String priority, List<NewOfficer> officers, double replyRate) {}

  /**
   * Who works in the coalition's history: the coordinator (and a second one who reviews what the first
   * compiled, if the coalition has one), the members who raise cases, the security focal point (or
   * nobody), the embassies and a Washington expert, and the cases' titles and themes.
   */
  record Cast(Coalition coalition, String coordinator, String secondCoordinator, List<String> members,
      String security, List<EmbassyPlan> embassies, NewOfficer washingtonExpert, List<String> organisations,
      List<String> titles, List<Theme> themes) {

    List<String> people() {
      Set<String> all = new java.util.LinkedHashSet<>();
      all.add(coordinator);
      if (secondCoordinator != null) {
        all.add(secondCoordinator);
      }
      all.addAll(members);
      if (security != null) {
        all.add(security);
      }
      return List.copyOf(all);
    }
  }

  private record PlannedRsvp(String convening, int index, Rsvp answer, int notBefore) {}

  /** What a history run did. */
  record Result(int cases, int steps, int replies, int failures) {}

  private final MembershipService memberships;
  private final CaseService cases;
  private final OutreachService outreach;
  private final ContactService contacts;
  private final RelationshipService relationships;
  private final MeetingService meetings;
  private final StepService steps;
  private final DefenderService defenders;
  private final HrrService hrr;
  private final MemberOrganisationService organisations;
  private final ConveningService convenings;
  private final Notifications notifications;
  private final WorkflowEngine engine;
  private final HistoryClock clock;

  DemoHistory(MembershipService memberships, CaseService cases, OutreachService outreach, ContactService contacts,
      RelationshipService relationships, MeetingService meetings, StepService steps, DefenderService defenders,
      HrrService hrr, MemberOrganisationService organisations, ConveningService convenings,
      Notifications notifications, WorkflowEngine engine, HistoryClock clock) {
    this.memberships = memberships;
    this.cases = cases;
    this.outreach = outreach;
    this.contacts = contacts;
    this.relationships = relationships;
    this.meetings = meetings;
    this.steps = steps;
    this.defenders = defenders;
    this.hrr = hrr;
    this.organisations = organisations;
    this.convenings = convenings;
    this.notifications = notifications;
    this.engine = engine;
    this.clock = clock;
  }

  /** Lives the coalition's year up to {@code end} with {@code caseCount} cases; the clock is back at now after. */
  Result live(Cast cast, int caseCount, Instant end) {
    Instant start = end.minus(Duration.ofDays(DAYS)).truncatedTo(ChronoUnit.DAYS);
    long began = System.nanoTime();
    Result result = clock.pausedAt(start, () -> new Year(cast, caseCount, start, end).live());
    // what the history told people is history: the bell starts at zero
    for (String person : cast.people()) {
      TenantContext.runAs(actor(person, cast), notifications::markAllRead);
    }
    log.info("Lived a year of {}: {} cases, {} steps done, {} replies, {} failures, in {} s", cast.coalition().name(),
        result.cases(), result.steps(), result.replies(), result.failures(), (System.nanoTime() - began) / 1_000_000_000);
    return result;
  }

  private Actor actor(String username, Cast cast) {
    return memberships.actorFor(username, cast.coalition().id());
  }

  /** One coalition's year: its plan, and the state the simulation keeps between days. */
  private final class Year {

    private final Cast cast;
    private final Instant start;
    private final Instant end;
    private final Random random;
    private final Map<Integer, List<Runnable>> events = new HashMap<>();
    private final Map<String, Integer> replyAfterDays = new HashMap<>();
    private final Map<String, Integer> sentOnDay = new HashMap<>();
    private final Map<String, Integer> confirmOnDay = new LinkedHashMap<>();
    private final Map<String, Integer> withdrawOnDay = new HashMap<>();
    private final Set<String> sentBackOnce = new HashSet<>();
    private final Set<String> leftUndone = new HashSet<>();
    private final Set<String> lateAssessments = new HashSet<>();
    private final List<PlannedRsvp> rsvps = new ArrayList<>();
    private final Map<String, Double> replyRates = new HashMap<>();
    private int day;
    private int raised;
    private int done;
    private int replies;
    private int failures;

    Year(Cast cast, int caseCount, Instant start, Instant end) {
      this.cast = cast;
      this.start = start;
      this.end = end;
      this.random = new Random(cast.coalition().id().hashCode());
      plan(caseCount);
    }

    Actor as(String username) {
      return actor(username, cast);
    }

    Actor coordinator() {
      return as(cast.coordinator());
    }

    void on(int onDay, Runnable event) {
      events.computeIfAbsent(onDay, d -> new ArrayList<>()).add(event);
    }

    void plan(int caseCount) {
      on(0, this::contactsAndOrganisations);
      for (int i = 0; i < caseCount; i++) {
        int index = i;
        on(Math.min(DAYS - 1, i * (DAYS - 15) / Math.max(1, caseCount) + random.nextInt(4)), () -> raise(index));
      }
      String reporter = cast.security() != null ? cast.security() : cast.coordinator();
      on(120, () -> report(reporter, "Kestrel", false));
      on(DAYS - 40, () -> report(reporter, "Heron", true));
      on(45, () -> requestMeeting(0, "Introduce the coalition's priorities for the year"));
      on(170, () -> requestMeeting(1, "Discuss the embassy's human rights report process"));
      on(DAYS - 100, this::startHrrCycle);
      on(DAYS - 60, this::proposeConvening);
    }

    Result live() {
      for (day = 0; day < DAYS; day++) {
        Instant morning = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(8));
        if (!morning.isBefore(end)) {
          break;
        }
        clock.travelTo(morning);
        TenantContext.runAs(coordinator(), () -> clock.fireDueTimers(500));
        events.getOrDefault(day, List.of()).forEach(this::attempt);
        replies();
        confirmations();
        rsvps();
        withdrawals();
        openSteps();
      }
      return new Result(raised, done, replies, failures);
    }

    /** One thing someone does, a few minutes after the last; a failure is logged and counted, the year goes on. */
    void attempt(Runnable work) {
      clock.travelTo(clock.now().plus(Duration.ofMinutes(11)));
      try {
        work.run();
      } catch (RuntimeException e) {
        failures++;
        log.warn("Demo history of {} on day {}: {}", cast.coalition().id(), day, e.toString());
      }
    }

    void contactsAndOrganisations() {
      TenantContext.runAs(coordinator(), () -> {
        for (EmbassyPlan plan : cast.embassies()) {
          addEmbassy(contacts, plan, LocalDate.ofInstant(clock.now(), ZoneOffset.UTC));
          replyRates.put(plan.embassy().country(), plan.replyRate());
        }
        contacts.addOfficer(cast.washingtonExpert());
        for (String name : cast.organisations()) {
          organisations.add(new NewMemberOrganisation(name,
              "input@" + name.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".example"));
        }
      });
    }

    void raise(int index) {
      String owner = cast.members().get(index % cast.members().size());
      List<EmbassyPlan> embassies = cast.embassies();
      // most cases concern a country with an embassy the coalition knows; some only Washington can help with
      String country = index % 9 == 8 ? "UG" : embassies.get(random.nextInt(embassies.size())).embassy().country();
      String title = cast.titles().get(index % cast.titles().size());
      Theme theme = cast.themes().get(index % cast.themes().size());
      Severity severity = Severity.values()[1 + random.nextInt(3)];
      String reference = TenantContext.callAs(as(owner), () -> cases.raise(new NewCase(title,
          title + ". Documented by the coalition's members with the people concerned; sources on file.",
          country, Set.of(theme), severity))).reference();
      raised++;
      double rate = replyRates.getOrDefault(country, 0.25);
      if (random.nextDouble() < rate) {
        replyAfterDays.put(reference, 1 + random.nextInt(9));
      }
      if (random.nextInt(100) < 8) {
        withdrawOnDay.put(reference, day + 3 + random.nextInt(60));
      }
    }

    void report(String reporter, String pseudonym, boolean late) {
      String reference = TenantContext.callAs(as(reporter), () -> defenders.report(new NewDefender(pseudonym,
          cast.embassies().get(0).embassy().country(), RiskLevel.HIGH, null, null, null,
          late ? "Threatened after testifying; assessed the next day." : "Followed after a court hearing.")))
          .reference();
      if (late) {
        lateAssessments.add(reference);
      }
    }

    void requestMeeting(int officerIndex, String purpose) {
      TenantContext.runAs(coordinator(), () -> {
        List<Officer> known = contacts.officers().stream().filter(o -> !o.inWashington()).toList();
        meetings.request(new MeetingRequest(known.get(officerIndex % known.size()).id(), purpose));
      });
    }

    void startHrrCycle() {
      String country = cast.embassies().get(0).embassy().country();
      TenantContext.runAs(coordinator(), () -> hrr.startCalendar(country));
      List<MemberOrganisation> orgs = TenantContext.callAs(coordinator(), organisations::list);
      String reference = TenantContext.callAs(coordinator(), hrr::cycles).get(0).reference();
      // all but the last organisation send their input, a few days apart
      for (int i = 0; i < orgs.size() - 1; i++) {
        MemberOrganisation org = orgs.get(i);
        on(day + 4 + 5 * i, () -> TenantContext.runAs(coordinator(), () -> hrr.recordSubmission(reference,
            new NewHrrSubmission(org.id(), org.name() + ": detentions, dismissals and threats documented this year."))));
      }
    }

    void proposeConvening() {
      TenantContext.runAs(coordinator(), () -> {
        List<Officer> known = contacts.officers();
        List<NewInvitee> invitees = known.stream().limit(4).map(o -> new NewInvitee(o.name(), o.email())).toList();
        Instant starts = clock.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        Convening c = convenings.propose(new NewConvening("Roundtable with the embassy on this year's priorities",
            ConveningFormat.IN_PERSON, Hosting.HOSTED, null, starts, "The coalition's office", null,
            "Where the coalition's cases stand; the embassy's priorities; next steps together.",
            starts.minus(Duration.ofDays(7)), invitees));
        for (int i = 0; i < invitees.size(); i++) {
          rsvps.add(new PlannedRsvp(c.reference(), i, i == invitees.size() - 1 ? Rsvp.DECLINED : Rsvp.ACCEPTED,
              day + 5 + 3 * i));
        }
      });
    }

    /** Invitees answer some days after the invitation went out (it goes once the format is agreed). */
    void rsvps() {
      for (PlannedRsvp planned : new ArrayList<>(rsvps)) {
        if (day < planned.notBefore()) {
          continue;
        }
        Invitation invitation = TenantContext.callAs(coordinator(),
            () -> convenings.invitations(planned.convening())).get(planned.index());
        if (invitation.sent()) {
          rsvps.remove(planned);
          attempt(() -> TenantContext.runAs(coordinator(),
              () -> convenings.recordRsvp(planned.convening(), invitation.id(), planned.answer())));
        }
      }
    }

    /** Embassies that reply do so some days after the outreach, once the case waits for a reply. */
    void replies() {
      for (var planned : new ArrayList<>(replyAfterDays.entrySet())) {
        String reference = planned.getKey();
        Integer sent = sentOnDay.get(reference);
        if (sent == null || day < sent + planned.getValue()) {
          continue;
        }
        Actor owner = coordinator();
        if (!TenantContext.callAs(owner, () -> cases.awaitsReply(reference))) {
          continue;
        }
        replyAfterDays.remove(reference);
        attempt(() -> TenantContext.runAs(owner, () -> {
          CaseRouting routing = cases.routing(reference);
          UUID officer = routing.officers().get(0).id();
          cases.recordReply(reference, new OfficerReply(officer, "Thank you; we are following the case and can meet.",
              LocalDate.ofInstant(clock.now(), ZoneOffset.UTC)));
          replies++;
        }));
      }
    }

    /** Most embassies confirm a requested meeting within a week; the others are chased by the lifecycle. */
    void confirmations() {
      for (var planned : new ArrayList<>(confirmOnDay.entrySet())) {
        String meeting = planned.getKey();
        if (day < planned.getValue()) {
          continue;
        }
        if (day > planned.getValue() + 30) {
          confirmOnDay.remove(meeting);
          continue;
        }
        if (TenantContext.callAs(coordinator(), () -> meetings.awaitsConfirmation(meeting))) {
          confirmOnDay.remove(meeting);
          LocalDate on = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).plusDays(3 + Math.floorMod(meeting.hashCode(), 6));
          attempt(() -> TenantContext.runAs(coordinator(), () -> meetings.confirm(meeting, new MeetingConfirmation(on))));
        }
      }
    }

    void withdrawals() {
      for (var planned : new ArrayList<>(withdrawOnDay.entrySet())) {
        if (day >= planned.getValue()) {
          withdrawOnDay.remove(planned.getKey());
          attempt(() -> TenantContext.runAs(coordinator(),
              () -> cases.withdraw(planned.getKey(), "The people concerned were released; nothing more to ask.")));
        }
      }
    }

    /** Every open step of the coalition that has waited its time is done by whoever it is for. */
    void openSteps() {
      Map<String, WorkItem> open = new LinkedHashMap<>();
      TenantContext.runAs(coordinator(), () -> {
        for (int first = 0; first < 2_000; first += WorkflowEngine.MAX_PAGE) {
          List<WorkItem> page = engine.inboxPage(TaskFilter.of(TaskScope.ALL_OPEN), first, WorkflowEngine.MAX_PAGE);
          page.forEach(t -> open.put(t.id(), t));
          if (page.size() < WorkflowEngine.MAX_PAGE) {
            break;
          }
        }
      });
      if (cast.security() != null) {
        TenantContext.runAs(as(cast.security()), () -> engine.inboxPage(TaskFilter.of(TaskScope.OPEN), 0,
            WorkflowEngine.MAX_PAGE).forEach(t -> open.put(t.id(), t)));
      }
      Instant now = clock.now();
      for (WorkItem task : open.values()) {
        Random r = randomFor(task);
        if (leftUndone.contains(task.id()) || Duration.between(task.created(), now).toHours() < waitingHours(task, r)) {
          continue;
        }
        String who = whoDoes(task);
        if (who == null) {
          leftUndone.add(task.id());
          continue;
        }
        attempt(() -> {
          TenantContext.runAs(as(who), () -> work(task, r));
          done++;
        });
      }
    }

    /**
     * How long a step waits before someone does it: most within three days, some up to two weeks, some not
     * at all ({@link #MAY_BE_LEFT}: it stays in the inbox); a defender's assessment within hours, except one.
     */
    long waitingHours(WorkItem task, Random r) {
      if ("Task_AssessRisk".equals(task.taskKey())) {
        return lateAssessments.contains(task.businessKey()) ? 30 : 0;
      }
      Integer oneIn = MAY_BE_LEFT.get(task.taskKey());
      if (oneIn != null && r.nextInt(oneIn) == 0) {
        return Long.MAX_VALUE;
      }
      int roll = r.nextInt(12);
      return roll < 9 ? r.nextInt(4) * 24L : (4 + r.nextInt(11)) * 24L;
    }

    /**
     * The same choices for the same step of the same record on the same day, whatever order the engine
     * lists steps created together in (its ids are random).
     */
    Random randomFor(WorkItem task) {
      long createdDay = Duration.between(start, task.created()).toDays();
      return new Random(((cast.coalition().id() + "/" + task.businessKey() + "/" + task.taskKey()).hashCode() * 31L)
          + createdDay);
    }

    String whoDoes(WorkItem task) {
      if (task.assignee() != null) {
        return task.assignee();
      }
      Set<String> roles = TenantContext.callAs(coordinator(), () -> engine.rolesOf(task.id())).roles();
      if ("Task_ReviewCompilation".equals(task.taskKey())) {
        return cast.secondCoordinator();
      }
      if (roles.contains("security")) {
        return cast.security();
      }
      return roles.contains("coordinator") ? cast.coordinator() : null;
    }

    void work(WorkItem task, Random random) {
      String id = task.id();
      String ref = task.businessKey();
      LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
      switch (task.taskKey()) {
        case "Task_TriageCase" -> cases.triage(id, new Triage(Severity.values()[1 + random.nextInt(3)],
            random.nextBoolean() ? "Check what the embassy said about this last month." : null));
        case "Task_AlignWithPriorities" -> cases.align(id, alignment(ref));
        case "Task_DraftOutreach" -> outreach.submitDraft(id, new OutreachDraft(
            "People documenting abuses are being punished for it; the case is well sourced.",
            "It touches a priority the embassy has stated publicly.",
            "Raise it with the authorities and meet the people concerned."));
        case "Task_ReviewOutreach" -> {
          if (!sentBackOnce.contains(ref) && random.nextInt(5) == 0) {
            sentBackOnce.add(ref);
            outreach.review(id, Review.sendBack("Name the court and the dates."));
          } else {
            outreach.review(id, Review.approve(null));
            sentOnDay.put(ref, day);
          }
        }
        case "Task_MonitorCase" -> steps.complete(id, new StepInput("Checked with the people concerned.",
            random.nextInt(10) < 6));
        case "Task_ChaseMeeting" -> steps.complete(id, new StepInput("Asked the officer's assistant again.",
            random.nextInt(10) < 7));
        case "Task_AssessRisk" -> steps.complete(id, new StepInput("Threats are credible; relocation considered.",
            defenders.embassyCanBeNotified(ref)));
        case "Task_MonitorDefender" -> steps.complete(id, new StepInput("Safe for now.", true));
        case "Task_ConfirmLogistics" -> steps.complete(id, new StepInput("Room, interpretation and list confirmed.", true));
        case "Task_ReviewCompilation" -> steps.complete(id, new StepInput("Good; send it.", true));
        case "Task_RequestMeeting" -> {
          String meeting = meetings.forTask(id).reference();
          steps.complete(id, new StepInput("Wrote to the officer's assistant.", null));
          if (random.nextInt(10) < 8) {
            confirmOnDay.put(meeting, day + 2 + random.nextInt(5));
          }
        }
        case "Task_RecordMeeting" -> {
          boolean held = random.nextInt(10) < 9;
          String owner = task.assignee();
          meetings.recordMeeting(id, new MeetingRecord(held,
              held ? "The officer will raise the case and asked for the court dates." : "Postponed by the embassy.",
              held ? List.of(new NewNextStep("Send the court dates and the lawyers' statement", owner, today.plusDays(7)),
                  new NewNextStep("Invite the officer to the trial observation", cast.coordinator(), today.plusDays(21)))
                  : List.of()));
        }
        case "Task_ThankOfficer" -> meetings.thankOfficer(id, new Thanks("Thank-you e-mail with the summary.", true,
            random.nextBoolean()));
        case "Task_CompleteNextStep" -> meetings.completeNextStep(id, "Done and shared with the officer.");
        case "Task_CompileInput" -> hrr.compile(id, new HrrCompilation(hrr.compilationDraft(ref) + "\n\nCompiled by the coordinator."));
        case "Task_ReachOut" -> relationships.reachOut(id, new ReachOut(EngagementKind.INFORMATION_SHARING,
            "Shared the coalition's latest case summary."));
        case "Task_FollowUp", "Task_EscalateToWashington", "Task_PrepareBriefing", "Task_AgreeFormat",
             "Task_RecordOutcomes", "Task_RecordAcknowledgement", "Task_EscalateAssessment",
             "Task_ConnectEmergencyAssistance", "Task_RequestDiplomaticEngagement" ->
            steps.complete(id, new StepInput("Done: " + task.name().toLowerCase() + ".", null));
        default -> leftUndone.add(id);
      }
    }

    Alignment alignment(String reference) {
      return alignmentFrom(cases.alignmentChoices(reference), null);
    }
  }

  /** An embassy of the demo with its stated priority (captured {@code on}) and its officers. */
  static void addEmbassy(ContactService contacts, EmbassyPlan plan, LocalDate on) {
    Embassy created = contacts.addEmbassy(plan.embassy());
    contacts.addPriority(created.id(), new NewPriority(plan.priority(), plan.embassy().website(), on));
    plan.officers().forEach(o -> contacts.addOfficer(
        new NewOfficer(created.id(), o.name(), o.title(), o.portfolio(), o.email(), o.contactCadence())));
  }

  /**
   * How the demo's owners align a case: with the first priority of the embassy in the case's country and
   * its officers; where the coalition has no embassy in that country, with the Washington experts.
   */
  static Alignment alignmentFrom(AlignmentChoices choices, String note) {
    return new Alignment(choices.priorities().stream().limit(1).map(EmbassyPriority::id).collect(Collectors.toSet()),
        choices.officers().stream().filter(o -> choices.embassies().isEmpty() || !o.inWashington())
            .map(Officer::id).collect(Collectors.toSet()), note);
  }
}
