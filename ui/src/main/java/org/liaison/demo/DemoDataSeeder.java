package org.liaison.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.liaison.cases.Alignment;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.NewHearing;
import org.liaison.meetings.MeetingRequest;
import org.liaison.meetings.MeetingService;
import org.liaison.officers.ContactService;
import org.liaison.officers.Portfolio;
import org.liaison.officers.RelationshipService;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Coalition;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo coalitions and their people on every start (idempotent), and, for a coalition
 * that has no case yet, a year of its history ({@link DemoHistory}, {@code liaison.demo.history-cases}
 * cases; 0: none) and then a few cases of today taken through their lifecycle by the right people so that they
 * stand at different steps, plus an embassy with a stated priority and an officer for a coalition
 * that has no embassy yet, a court hearing and a meeting request. Every officer gets their
 * relationship-cadence (also officers seeded before it existed). Goes through the same services as the UI.
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

  private final MembershipService memberships;
  private final CaseService cases;
  private final OutreachService outreach;
  private final ContactService contacts;
  private final RelationshipService relationships;
  private final MeetingService meetings;
  private final CourtHearingService hearings;
  private final boolean seedCases;
  private final DemoHistory history;
  private final int historyCases;
  private final Map<String, DemoHistory.Result> histories = new java.util.concurrent.ConcurrentHashMap<>();

  DemoDataSeeder(MembershipService memberships, CaseService cases, OutreachService outreach,
      ContactService contacts, RelationshipService relationships, MeetingService meetings,
      CourtHearingService hearings, @Value("${liaison.demo.seed-cases:true}") boolean seedCases, DemoHistory history,
      @Value("${liaison.demo.history-cases:0}") int historyCases) {
    this.memberships = memberships;
    this.cases = cases;
    this.outreach = outreach;
    this.contacts = contacts;
    this.relationships = relationships;
    this.meetings = meetings;
    this.hearings = hearings;
    this.seedCases = seedCases;
    this.history = history;
    this.historyCases = historyCases;
  }

  @Override
  public void run(ApplicationArguments args) {
    seedPeople();
    if (seedCases) {
      // once: a coalition with a case has been seeded (a restart adds nothing)
      boolean pressNew = TenantContext.callAs(actor("cora", DemoCoalitions.PRESS), cases::list).isEmpty();
      boolean laborNew = TenantContext.callAs(actor("lena", DemoCoalitions.LABOR), cases::list).isEmpty();
      if (historyCases > 0 && pressNew) {
        liveTheYear(DemoCasts.press());
      }
      if (historyCases > 0 && laborNew) {
        liveTheYear(DemoCasts.labor());
      }
      seedContacts(actor("cora", DemoCoalitions.PRESS), DemoCasts.press());
      seedContacts(actor("lena", DemoCoalitions.LABOR), DemoCasts.labor());
      if (pressNew) {
        demoCases(DemoCoalitions.PRESS, this::seedPressCases);
      }
      if (laborNew) {
        demoCases(DemoCoalitions.LABOR, this::seedLaborCases);
      }
    }
    // officers seeded before the relationship-cadence existed get theirs (new ones get it when added)
    ensureCadences(actor("cora", DemoCoalitions.PRESS));
    ensureCadences(actor("lena", DemoCoalitions.LABOR));
  }

  /**
   * Today's demo cases of a coalition. A demo that a stop cut short in an earlier start (its contacts
   * half made, say) must not keep Liaison from starting: the failure is said in one line instead.
   */
  private void demoCases(Coalition coalition, Runnable seeding) {
    try {
      seeding.run();
    } catch (RuntimeException e) {
      log.warn("Today's demo cases of {} could not all be seeded ({}); the demo was probably stopped while it was being "
          + "prepared: delete the data directory ({}) to start the demo afresh", coalition.name(), e.getMessage(),
          "LIAISON_DATA_DIR");
    }
  }

  /** The coalition's year of history, with every page saying so meanwhile (the clock is in the past). */
  private void liveTheYear(DemoHistory.Cast cast) {
    DemoPreparing.start(cast.coalition().name());
    try {
      histories.put(cast.coalition().id(), history.live(cast, historyCases, Instant.now()));
    } finally {
      DemoPreparing.done();
    }
  }

  /** What each coalition's year of history did at this start, by coalition id (none when it was seeded before). */
  Map<String, DemoHistory.Result> histories() {
    return Map.copyOf(histories);
  }

  private void ensureCadences(Actor coordinator) {
    int started = TenantContext.callAs(coordinator, relationships::ensureCadences);
    if (started > 0) {
      log.info("Started the relationship cadence of {} officers of {}", started, coordinator.tenantId());
    }
  }

  /**
   * Without a year of history: the coalition's first embassy of its cast, with its stated priority and
   * officers, and its Washington expert, if the coalition has no embassy yet.
   */
  private void seedContacts(Actor coordinator, DemoHistory.Cast cast) {
    TenantContext.runAs(coordinator, () -> {
      if (!contacts.embassies().isEmpty()) {
        return;
      }
      DemoHistory.addEmbassy(contacts, cast.embassies().get(0), LocalDate.now());
      contacts.addOfficer(cast.washingtonExpert());
    });
  }

  /** How the demo's owners align a case ({@link DemoHistory#alignmentFrom}), as {@code owner}. */
  private Alignment alignment(Actor owner, CaseDetails forCase, String note) {
    return TenantContext.callAs(owner, () -> DemoHistory.alignmentFrom(cases.alignmentChoices(forCase.reference()), note));
  }

  void seedPeople() {
    memberships.ensureCoalition(DemoCoalitions.PRESS);
    memberships.ensureCoalition(DemoCoalitions.LABOR);
    DemoCoalitions.PEOPLE.forEach(p -> p.roles().forEach((c, roles) -> memberships.grant(c.id(), p.username(), roles)));
  }

  private void seedPressCases() {
    Actor cora = actor("cora", DemoCoalitions.PRESS);
    Actor milo = actor("milo", DemoCoalitions.PRESS);
    Actor sam = actor("sam", DemoCoalitions.PRESS);
    raise(milo, new NewCase("Journalists detained after covering protests",
        "Three reporters of an independent daily were detained in Nairobi after covering protests against the "
            + "finance bill. They have not been charged and their lawyers have had no access for four days.",
        "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.FREEDOM_OF_ASSEMBLY), Severity.HIGH));

    CaseDetails radio = raise(milo, new NewCase("Community radio licence revoked",
        "The regulator revoked the licence of an indigenous community radio station in Quiché after it reported "
            + "on a mining dispute.", "GT", Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.LAND_AND_ENVIRONMENT),
        Severity.MEDIUM));
    step(cora, radio, id -> cases.triage(id, new Triage(Severity.MEDIUM, "Check the embassy's press freedom statement from May.")));

    CaseDetails blogger = raise(sam, new NewCase("Blogger charged under cybercrime law",
        "A blogger who documented enforced disappearances faces up to seven years under the electronic crimes act.",
        "PK", Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS_DEFENDERS), Severity.HIGH));
    step(cora, blogger, id -> cases.triage(id, new Triage(Severity.CRITICAL, "First hearing is in two weeks.")));
    step(sam, blogger, id -> cases.align(id, alignment(sam, blogger, "The embassy's press freedom priority applies directly.")));
    step(sam, blogger, id -> outreach.submitDraft(id, new OutreachDraft(
        "A blogger documenting enforced disappearances is being prosecuted for his reporting.",
        "Protecting journalists and online expression is a stated priority of the U.S. mission.",
        "Raise the case with the Ministry of Interior and send an observer to the first hearing.")));

    CaseDetails raid = raise(milo, new NewCase("Newspaper offices raided",
        "Police raided the offices of a weekly newspaper and seized its servers without a warrant.",
        "ZW", Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.RULE_OF_LAW), Severity.HIGH));
    step(cora, raid, id -> cases.triage(id, new Triage(Severity.HIGH, null)));
    step(milo, raid, id -> cases.align(id, alignment(milo, raid, null)));
    step(milo, raid, id -> outreach.submitDraft(id, new OutreachDraft(
        "The raid silenced one of the last independent newspapers before the by-elections.",
        "Free and fair elections and an independent press are U.S. priorities in Zimbabwe.",
        "Ask publicly for the servers to be returned and meet the editors.")));
    step(cora, raid, id -> outreach.review(id, Review.approve("Good to go.")));

    // the blogger's first hearing, and a meeting with the public affairs officer
    TenantContext.runAs(sam, () -> hearings.schedule(new NewHearing("First hearing of the blogger's trial",
        "Islamabad High Court", Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS),
        blogger.reference())));
    TenantContext.runAs(cora, () -> contacts.officers().stream()
        .filter(o -> o.portfolio() == Portfolio.PUBLIC_AFFAIRS).findFirst()
        .ifPresent(o -> meetings.request(new MeetingRequest(o.id(),
            "Introduce the coalition and invite the embassy to our press freedom day panel."))));
    log.info("Seeded demo cases for {}", DemoCoalitions.PRESS.name());
  }

  private void seedLaborCases() {
    Actor lena = actor("lena", DemoCoalitions.LABOR);
    Actor tomas = actor("tomas", DemoCoalitions.LABOR);
    raise(tomas, new NewCase("Union leaders dismissed at garment factory",
        "Twelve elected union leaders were dismissed a week after registering the union.",
        "BD", Set.of(Theme.LABOR_RIGHTS, Theme.FREEDOM_OF_ASSEMBLY), Severity.HIGH));
    CaseDetails passports = raise(tomas, new NewCase("Migrant workers' passports confiscated",
        "Recruitment agencies hold the passports of construction workers on several sites.",
        "QA", Set.of(Theme.LABOR_RIGHTS), Severity.MEDIUM));
    step(lena, passports, id -> cases.triage(id, new Triage(Severity.HIGH, "Contact the labor officer as well.")));
    log.info("Seeded demo cases for {}", DemoCoalitions.LABOR.name());
  }

  private Actor actor(String username, Coalition coalition) {
    return memberships.actorFor(username, coalition.id());
  }

  private CaseDetails raise(Actor owner, NewCase newCase) {
    return TenantContext.callAs(owner, () -> cases.raise(newCase));
  }

  /** Completes the one open step of the case that {@code actor} can work on. */
  private void step(Actor actor, CaseDetails forCase, Consumer<String> complete) {
    TenantContext.runAs(actor, () -> {
      List<WorkItem> open = cases.openSteps(forCase.reference());
      if (open.size() != 1) {
        throw new IllegalStateException("Expected one open step of " + forCase.reference() + " for "
            + actor.username() + ", found " + open.size());
      }
      complete.accept(open.get(0).id());
    });
  }
}
