package org.liaison.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.liaison.TestCoalitions;
import org.liaison.WorkflowTestApplication;
import org.liaison.cases.Alignment;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.NewCase;
import org.liaison.cases.OfficerReply;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.mail.internal.OutboxDispatcher;
import org.liaison.meetings.MeetingConfirmation;
import org.liaison.meetings.MeetingRecord;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.Thanks;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Portfolio;
import org.liaison.outreach.OutreachDraft;
import org.liaison.outreach.OutreachService;
import org.liaison.outreach.Review;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.testing.TestDatabase;
import org.liaison.workflow.WorkItem;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Side (b): Liaison's workflow module booted as its integration tests boot it ({@code WorkflowTestApplication}
 * on a database of its own, connecting as {@code liaison_app} so row-level security applies, Flyway as
 * the owner), driving {@code raise-issue} end to end through the services the screens call, as the
 * coalition's people: raise, triage, align, draft, review (the outreach goes into the outbox), an
 * officer's reply, the meeting (request, confirmation, briefing, record, thanks) and closing after
 * monitoring. Each step first reads the record's open steps (the case page) and then calls the step's
 * service. The outbox is dispatched by {@link OutboxDispatcher#dispatchOnce()} once a second during a
 * run, as its schedule does, through the built-in mail catcher (no SMTP server).
 */
final class LiaisonSide implements AutoCloseable {

  final ConfigurableApplicationContext context;
  final TestDatabase db;
  final CaseService cases;
  final OutreachService outreach;
  final MeetingService meetings;
  final StepService steps;
  final ContactService contacts;
  final OutboxDispatcher dispatcher;
  final List<Coalition> coalitions = new ArrayList<>();
  final Steps timing = new Steps();

  /** A coalition of one worker thread: its coordinator, its member and the officer its outreach goes to. */
  record Coalition(Actor coordinator, Actor member, UUID officerId) {}

  LiaisonSide(TestDatabase db, int threads, int poolSize) {
    this(db, threads, poolSize, List.of());
  }

  /** As above, with more Spring properties ({@code key=value}), e.g. a node's engine name and job executor. */
  LiaisonSide(TestDatabase db, int threads, int poolSize, List<String> more) {
    this.db = db;
    SpringApplicationBuilder app = new SpringApplicationBuilder(WorkflowTestApplication.class)
        .web(org.springframework.boot.WebApplicationType.NONE);
    List<String> properties = new ArrayList<>();
    db.springProperties().forEach((k, v) -> properties.add(k + "=" + v.get()));
    properties.add("spring.datasource.hikari.maximum-pool-size=" + poolSize);
    properties.add("logging.level.org.liaison.mail=WARN");
    properties.add("logging.level.org.flywaydb=WARN");
    properties.add("logging.level.org.hibernate=WARN");
    properties.add("logging.level.com.zaxxer=WARN");
    properties.add("spring.main.banner-mode=off");
    // count the statements sent through the pool (Steps), under Liaison's row-security wrapper
    app.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new org.springframework.beans.factory.config.BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof com.zaxxer.hikari.HikariDataSource ds ? Steps.counting(ds) : bean;
      }
    }));
    // the extra ones as arguments: they win over the test application.yml, as a node's environment would
    context = app.properties(properties.toArray(String[]::new)).run(more.stream().map(p -> "--" + p).toArray(String[]::new));
    cases = context.getBean(CaseService.class);
    outreach = context.getBean(OutreachService.class);
    meetings = context.getBean(MeetingService.class);
    steps = context.getBean(StepService.class);
    contacts = context.getBean(ContactService.class);
    dispatcher = context.getBean(OutboxDispatcher.class);
    MembershipService memberships = context.getBean(MembershipService.class);
    for (int i = 0; i < threads; i++) {
      TestCoalitions pair = new TestCoalitions(memberships);
      Actor coordinator = pair.coordinatorA();
      UUID officer = TenantContext.callAs(coordinator, () -> {
        Embassy embassy = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
        return contacts.addOfficer(new NewOfficer(embassy.id(), "Amina Hassan", null, Portfolio.HUMAN_RIGHTS,
            "hro@embassy.example", null)).id();
      });
      coalitions.add(new Coalition(coordinator, pair.memberA(), officer));
    }
  }

  /** One raise-issue lifecycle of coalition {@code c}, start to close; returns the case reference. */
  String lifecycle(Coalition c) {
    Actor member = c.member();
    Actor coordinator = c.coordinator();
    CaseDetails raised = timing.timed("01 raise", () -> as(member, () -> cases.raise(new NewCase("Detained journalists",
        "Journalists detained after covering protests", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS_DEFENDERS), Severity.HIGH))));
    String ref = raised.reference();
    String triage = step(coordinator, ref, "Task_TriageCase");
    timing.timed("02 triage", () -> as(coordinator, () -> cases.triage(triage, new Triage(Severity.HIGH, null))));
    String align = step(member, ref, "Task_AlignWithPriorities");
    timing.timed("03 align", () -> as(member, () -> cases.align(align, new Alignment(Set.of(), Set.of(c.officerId()), null))));
    String draft = step(member, ref, "Task_DraftOutreach");
    timing.timed("04 draft", () -> as(member, () -> outreach.submitDraft(draft, new OutreachDraft(
        "Three journalists are held without charge", "Press freedom is a stated U.S. priority in Kenya",
        "Ask for consular attention at the hearing"))));
    String review = step(coordinator, ref, "Task_ReviewOutreach");
    timing.timed("05 review+send", () -> as(coordinator, () -> outreach.review(review, Review.approve(null))));
    timing.timed("06 reply", () -> as(member, () -> cases.recordReply(ref, new OfficerReply(c.officerId(),
        "Happy to meet next week", LocalDate.now()))));
    String request = step(member, ref, "Task_RequestMeeting");
    timing.timed("07 request meeting", () -> as(member, () -> steps.complete(request, new StepInput("Proposed Tuesday", null))));
    String meeting = timing.timed("08 confirm meeting", () -> {
      String m = as(member, () -> meetings.forCase(raised.id())).get(0).reference();
      as(member, () -> meetings.confirm(m, new MeetingConfirmation(LocalDate.now().plusDays(5))));
      return m;
    });
    String briefing = step(member, ref, "Task_PrepareBriefing");
    timing.timed("09 briefing", () -> as(member, () -> steps.complete(briefing, new StepInput("Two-page briefing", null))));
    String record = step(member, ref, "Task_RecordMeeting");
    timing.timed("10 record meeting", () -> as(member, () -> meetings.recordMeeting(record, new MeetingRecord(true,
        "She will raise the case with the ministry", List.of()))));
    String thanks = step(member, ref, "Task_ThankOfficer");
    timing.timed("11 thank officer", () -> as(member, () -> meetings.thankOfficer(thanks,
        new Thanks("Thank-you e-mail to " + meeting, false, false))));
    String monitor = step(coordinator, ref, "Task_MonitorCase");
    timing.timed("12 monitor+close", () -> as(coordinator, () -> steps.complete(monitor,
        new StepInput("The journalists were released", true))));
    return ref;
  }

  /** The open step {@code taskKey} of the case, as its workspace lists them ({@code CaseService.openSteps}). */
  private String step(Actor actor, String reference, String taskKey) {
    List<WorkItem> open = timing.timed("00 open steps (case page)", () -> as(actor, () -> cases.openSteps(reference)));
    return open.stream().filter(t -> taskKey.equals(t.taskKey())).findFirst()
        .orElseThrow(() -> new IllegalStateException(reference + ": no open " + taskKey + " in " + open)).id();
  }

  /** How many of these cases are closed (checked after a run: every lifecycle reached its end). */
  long closed(Map<String, Coalition> references) {
    return references.entrySet().stream()
        .filter(e -> as(e.getValue().member(), () -> cases.get(e.getKey())).status() == CaseStatus.CLOSED).count();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor, work);
  }

  private static void as(Actor actor, Runnable work) {
    TenantContext.runAs(actor, work);
  }

  @Override
  public void close() {
    context.close();
  }
}
