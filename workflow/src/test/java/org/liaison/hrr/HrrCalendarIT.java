package org.liaison.hrr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.Jobs;
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
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NoHumanRightsOfficerException;
import org.liaison.officers.Portfolio;
import org.liaison.organisations.MemberOrganisation;
import org.liaison.organisations.MemberOrganisationService;
import org.liaison.organisations.NewMemberOrganisation;
import org.liaison.processes.HrrInputProcess;
import org.liaison.processes.HrrInputProcess.Elements;
import org.liaison.processes.HrrInputProcess.Variables;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly HRR calendar through the services, on a real PostgreSQL and a real engine: timers from
 * the coalition's settings, mail to member organisations and to the embassy, the compile-review
 * loop, the next year's cycle, stopping, and one calendar per coalition and country.
 */
class HrrCalendarIT extends DatabaseIT {

  @Autowired HrrService hrr;
  @Autowired MemberOrganisationService organisations;
  @Autowired SettingsService settings;
  @Autowired ContactService contacts;
  @Autowired InboxService inbox;
  @Autowired StepService steps;
  @Autowired Outbox outbox;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  Actor coordinator;
  Jobs jobs;
  MemberOrganisation mediaWatch;
  MemberOrganisation article19;

  @BeforeEach
  void coalitionWithTwoOrganisationsAndAShorterWindow() {
    coordinator = coalitions.coordinatorA();
    jobs = new Jobs(management);
    mediaWatch = as(coordinator, () -> organisations.add(new NewMemberOrganisation("Media Watch", "input@mediawatch.example")));
    article19 = as(coordinator, () -> organisations.add(new NewMemberOrganisation("Article 19 Kenya", "kenya@a19.example")));
    as(coordinator, () -> settings.update(new CoalitionSettings("P7D", 3, "P90D", "PT4H", "P7D", "P20D", "P5D", "P7D")));
  }

  static int thisYear() {
    return Instant.now().atZone(ZoneOffset.UTC).getYear();
  }

  ProcessInstance instance(String businessKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .tenantIdIn(coalitions.a.id()).singleResult();
  }

  WorkItem onlyTask(Actor actor, String reference) {
    List<WorkItem> open = as(actor, () -> inbox.tasks().stream().map(InboxItem::task)
        .filter(t -> reference.equals(t.businessKey())).toList());
    assertThat(open).as("open tasks of %s for %s", reference, actor.username()).hasSize(1);
    return open.get(0);
  }

  List<SentMail> mail() {
    return as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT));
  }

  List<SentMail> mailTo(String address) {
    return mail().stream().filter(m -> m.to().contains(address)).toList();
  }

  void humanRightsOfficerInNairobi() {
    as(coordinator, () -> {
      Embassy nairobi = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
      contacts.addOfficer(new NewOfficer(nairobi.id(), "Jane Doe", "Human rights officer", Portfolio.HUMAN_RIGHTS,
          "hro.nairobi@state.example", null));
      contacts.addOfficer(new NewOfficer(nairobi.id(), "John Roe", "Labor officer", Portfolio.LABOR,
          "labor.nairobi@state.example", null));
    });
  }

  @Test
  void a_calendar_opens_this_years_cycle_with_its_timers_from_the_settings_and_calls_every_organisation() {
    HrrCalendar calendar = as(coordinator, () -> hrr.startCalendar("KE"));
    assertThat(calendar.running()).isTrue();
    assertThat(calendar.startedBy()).isEqualTo("coordA");

    HrrCycle cycle = as(coordinator, () -> hrr.cycles()).get(0);
    assertThat(cycle.reference()).isEqualTo("HRR-KE-" + thisYear());
    assertThat(cycle.year()).isEqualTo(thisYear());
    assertThat(cycle.status()).isEqualTo(CycleStatus.OPEN);
    assertThat(cycle.opensAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    Instant opens = cycle.opensAt();
    assertThat(cycle.submissionDeadline()).as("the HRR submission window after opening").isEqualTo(opens.plus(20, ChronoUnit.DAYS));
    assertThat(cycle.reminderAt()).as("the reminder that long before the deadline").isEqualTo(opens.plus(15, ChronoUnit.DAYS));
    assertThat(cycle.nextCycleOpens()).isEqualTo(opens.atZone(ZoneOffset.UTC).plusYears(1).toInstant());

    ProcessInstance pi = instance(cycle.reference());
    assertThat(pi).as("the instance is named after its current cycle").isNotNull();
    assertThat(pi.getTenantId()).isEqualTo(coalitions.a.id());
    assertThat(runtime.getVariables(pi.getId())).containsOnly(
        Map.entry(Variables.COUNTRY, "KE"),
        Map.entry(Variables.HRR_CYCLE_ID, cycle.id().toString()),
        Map.entry(Variables.REMINDER_AT, cycle.reminderAt().toString()),
        Map.entry(Variables.SUBMISSION_DEADLINE, cycle.submissionDeadline().toString()),
        Map.entry(Variables.NEXT_CYCLE_OPENS, cycle.nextCycleOpens().toString()));
    assertThat(jobs.due(pi.getId(), Elements.EVENT_REMINDER_DUE)).isEqualTo(cycle.reminderAt());

    assertThat(mail()).hasSize(2);
    assertThat(mailTo("input@mediawatch.example")).singleElement().satisfies(m -> {
      assertThat(m.subject()).isEqualTo("Call for input: " + thisYear() + " Human Rights Report on Kenya — due "
          + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
              .withZone(ZoneOffset.UTC).format(cycle.submissionDeadline()));
      assertThat(m.body()).contains("Dear colleagues at Media Watch").contains(cycle.reference());
    });
    assertThat(mailTo("kenya@a19.example")).hasSize(1);

    // the reminder goes only to those who have not sent input, and then the deadline timer waits
    as(coalitions.memberA(), () -> hrr.recordSubmission(cycle.reference(),
        new NewHrrSubmission(mediaWatch.id(), "Three journalists detained in March; sources: court records.")));
    jobs.fire(pi.getId(), Elements.EVENT_REMINDER_DUE);
    assertThat(mail()).hasSize(3);
    assertThat(mailTo("kenya@a19.example")).extracting(SentMail::subject)
        .anySatisfy(s -> assertThat(s).startsWith("Reminder: input for the " + thisYear() + " Human Rights Report on Kenya"));
    assertThat(mailTo("input@mediawatch.example")).as("Media Watch has sent its input").hasSize(1);
    assertThat(jobs.due(pi.getId(), Elements.EVENT_SUBMISSION_DEADLINE)).isEqualTo(cycle.submissionDeadline());
  }

  @Test
  void a_second_calendar_for_the_same_country_is_refused_with_a_clear_message() {
    as(coordinator, () -> hrr.startCalendar("KE"));

    assertThatThrownBy(() -> as(coalitions.secondCoordinatorA(), () -> hrr.startCalendar("KE")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnly(Map.entry(
            "country", "The Human Rights Report calendar for Kenya is already running; there is one calendar per country.")));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(HrrInputProcess.KEY)
        .tenantIdIn(coalitions.a.id()).count()).isEqualTo(1);
    assertThat(as(coordinator, () -> hrr.calendars())).hasSize(1);
    assertThat(mail()).as("no second call for input").hasSize(2);

    // another country, and the same country in another coalition, have calendars of their own
    as(coordinator, () -> hrr.startCalendar("UG"));
    as(coalitions.coordinatorB(), () -> hrr.startCalendar("KE"));
    assertThat(as(coordinator, () -> hrr.calendars())).extracting(HrrCalendar::country).containsExactlyInAnyOrder("KE", "UG");
    assertThat(as(coalitions.coordinatorB(), () -> hrr.calendars())).extracting(HrrCalendar::country).containsExactly("KE");

    assertThatThrownBy(() -> as(coordinator, () -> hrr.startCalendar("XX")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("country"));
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> hrr.startCalendar("GT"))).isInstanceOf(NotAllowedException.class);
  }

  @Test
  void a_cycle_is_compiled_reviewed_until_approved_submitted_to_the_human_rights_officer_and_the_next_year_opens() {
    as(coordinator, () -> hrr.startCalendar("KE"));
    HrrCycle cycle = as(coordinator, () -> hrr.cycles()).get(0);
    String ref = cycle.reference();
    String pi = instance(ref).getId();
    as(coalitions.memberA(), () -> hrr.recordSubmission(ref, new NewHrrSubmission(mediaWatch.id(), "Detentions in March.")));
    as(coalitions.memberA(), () -> hrr.recordSubmission(ref, new NewHrrSubmission(article19.id(), "Blogger charged in May.")));
    jobs.fire(pi, Elements.EVENT_REMINDER_DUE);
    jobs.fire(pi, Elements.EVENT_SUBMISSION_DEADLINE);

    WorkItem compile = onlyTask(coordinator, ref);
    assertThat(compile.taskKey()).isEqualTo(Elements.TASK_COMPILE_INPUT);
    assertThat(as(coalitions.memberA(), () -> inbox.tasks())).as("coordinators compile").isEmpty();
    assertThat(as(coordinator, () -> hrr.compilationDraft(ref)))
        .isEqualTo("Article 19 Kenya\nBlogger charged in May.\n\nMedia Watch\nDetentions in March.");
    assertThatThrownBy(() -> as(coordinator, () -> hrr.compile(compile.id(), new HrrCompilation("  "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("text"));
    as(coordinator, () -> hrr.compile(compile.id(), new HrrCompilation("Draft one")));

    WorkItem review = onlyTask(coalitions.secondCoordinatorA(), ref);
    assertThat(review.taskKey()).isEqualTo(Elements.TASK_REVIEW_COMPILATION);
    as(coalitions.secondCoordinatorA(), () -> steps.complete(review.id(), new StepInput("Add the dates", false)));

    WorkItem revise = onlyTask(coordinator, ref);
    assertThat(revise.taskKey()).isEqualTo(Elements.TASK_COMPILE_INPUT);
    assertThat(as(coordinator, () -> hrr.compilationDraft(ref))).as("revision starts from the last text").isEqualTo("Draft one");
    as(coordinator, () -> hrr.compile(revise.id(), new HrrCompilation("Final compiled input with dates")));

    // approving without a human-rights officer to send to: refused with the fix, nothing changes
    WorkItem approve = onlyTask(coalitions.secondCoordinatorA(), ref);
    assertThatThrownBy(() -> as(coalitions.secondCoordinatorA(), () -> steps.complete(approve.id(), new StepInput("Good", true))))
        .isInstanceOfSatisfying(NoHumanRightsOfficerException.class, e -> assertThat(e.getMessage()).isEqualTo(
            "No human-rights officer with an e-mail address is recorded for the U.S. embassy in Kenya. "
                + "Add one under Contacts (portfolio: human rights), then try again."));
    assertThat(onlyTask(coalitions.secondCoordinatorA(), ref).id()).isEqualTo(approve.id());
    assertThat(as(coordinator, () -> hrr.cycle(ref)).status()).isEqualTo(CycleStatus.OPEN);
    assertThat(mail()).noneMatch(m -> m.subject().startsWith("Civil-society input"));
    assertThat(as(coordinator, () -> steps.journal(ref))).as("the refused approval is not journaled").hasSize(1);

    humanRightsOfficerInNairobi();
    as(coalitions.secondCoordinatorA(), () -> steps.complete(approve.id(), new StepInput("Good", true)));
    HrrCycle submitted = as(coordinator, () -> hrr.cycle(ref));
    assertThat(submitted.status()).isEqualTo(CycleStatus.SUBMITTED);
    assertThat(submitted.submittedTo()).isEqualTo("hro.nairobi@state.example");
    assertThat(mailTo("hro.nairobi@state.example")).singleElement().satisfies(m -> {
      assertThat(m.subject()).isEqualTo("Civil-society input to the " + thisYear() + " Human Rights Report on Kenya");
      assertThat(m.body()).contains("Dear Jane Doe").contains("Final compiled input with dates").contains(ref);
    });
    assertThat(mailTo("labor.nairobi@state.example")).as("only human-rights officers").isEmpty();
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> hrr.recordSubmission(ref,
        new NewHrrSubmission(mediaWatch.id(), "Late input")))).isInstanceOf(InvalidInputException.class);

    WorkItem ack = onlyTask(coordinator, ref);
    assertThat(ack.taskKey()).isEqualTo(Elements.TASK_RECORD_ACKNOWLEDGEMENT);
    as(coordinator, () -> steps.complete(ack.id(), new StepInput("Acknowledged by e-mail on Monday", null)));
    HrrCycle acknowledged = as(coordinator, () -> hrr.cycle(ref));
    assertThat(acknowledged.status()).isEqualTo(CycleStatus.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgement()).isEqualTo("Acknowledged by e-mail on Monday");

    // a year after this cycle opened, the next one opens by itself
    assertThat(jobs.due(pi, Elements.EVENT_NEXT_CYCLE_DUE)).isEqualTo(cycle.nextCycleOpens());
    jobs.fire(pi, Elements.EVENT_NEXT_CYCLE_DUE);
    String nextRef = "HRR-KE-" + (thisYear() + 1);
    assertThat(instance(nextRef).getId()).as("the same instance, named after the new cycle").isEqualTo(pi);
    HrrCycle next = as(coordinator, () -> hrr.cycle(nextRef));
    assertThat(next.opensAt()).as("opens as planned, not when the test fires the timer").isEqualTo(cycle.nextCycleOpens());
    assertThat(next.submissionDeadline()).isEqualTo(next.opensAt().plus(20, ChronoUnit.DAYS));
    assertThat(jobs.due(pi, Elements.EVENT_REMINDER_DUE)).isEqualTo(next.reminderAt());
    assertThat(mail()).filteredOn(m -> m.body().contains(nextRef)).hasSize(2);
    assertThat(as(coordinator, () -> hrr.cycles())).extracting(HrrCycle::reference).containsExactly(nextRef, ref);
    assertThat(as(coordinator, () -> steps.journal(ref))).extracting(r -> r.taskName())
        .containsExactly("Review compilation", "Review compilation", "Record acknowledgement");
  }

  @Test
  void a_stopped_calendar_ends_wherever_it_is_and_starting_again_takes_up_the_open_cycle() {
    as(coordinator, () -> hrr.startCalendar("KE"));
    String ref = as(coordinator, () -> hrr.cycles()).get(0).reference();
    String pi = instance(ref).getId();

    as(coordinator, () -> hrr.stopCalendar("KE"));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).finished().count()).isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId(Elements.END_CALENDAR_STOPPED).finished().count()).isEqualTo(1);
    assertThat(as(coordinator, () -> hrr.calendars())).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(CalendarStatus.STOPPED);
      assertThat(c.endedBy()).isEqualTo("coordA");
    });
    assertThatThrownBy(() -> as(coordinator, () -> hrr.stopCalendar("KE"))).isInstanceOf(NotFoundException.class);

    as(coordinator, () -> hrr.startCalendar("KE"));
    assertThat(as(coordinator, () -> hrr.cycles())).extracting(HrrCycle::reference).containsExactly(ref);
    assertThat(instance(ref).getId()).isNotEqualTo(pi);
    assertThat(mail()).as("the organisations were called once for this cycle").hasSize(2);
    assertThat(as(coordinator, () -> hrr.calendars())).extracting(HrrCalendar::status)
        .containsExactly(CalendarStatus.RUNNING, CalendarStatus.STOPPED);
  }

  @Test
  void bad_submissions_are_named_per_field_and_nothing_is_saved() {
    as(coordinator, () -> hrr.startCalendar("KE"));
    String ref = as(coordinator, () -> hrr.cycles()).get(0).reference();
    MemberOrganisation inB = as(coalitions.coordinatorB(),
        () -> organisations.add(new NewMemberOrganisation("Other", "other@b.example")));

    assertThatThrownBy(() -> as(coalitions.memberA(), () -> hrr.recordSubmission(ref, new NewHrrSubmission(null, " "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsEntry("organisationId", "Choose the organisation whose input this is.")
            .containsEntry("text", "Write or paste the organisation's input."));
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> hrr.recordSubmission(ref,
        new NewHrrSubmission(mediaWatch.id(), "x".repeat(HrrLimits.SUBMISSION + 1)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("text"));
    assertThatThrownBy(() -> as(coalitions.memberA(), () -> hrr.recordSubmission(ref,
        new NewHrrSubmission(inB.id(), "Input of another coalition's organisation"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("organisationId"));
    assertThat(as(coordinator, () -> hrr.submissions(ref))).isEmpty();

    as(coalitions.memberA(), () -> hrr.recordSubmission(ref, new NewHrrSubmission(mediaWatch.id(), "First")));
    as(coordinator, () -> hrr.recordSubmission(ref, new NewHrrSubmission(mediaWatch.id(), "Corrected")));
    assertThat(as(coordinator, () -> hrr.submissions(ref))).singleElement().satisfies(s -> {
      assertThat(s.text()).isEqualTo("Corrected");
      assertThat(s.recordedBy()).isEqualTo("coordA");
      assertThat(s.organisationName()).isEqualTo("Media Watch");
    });
  }

  @Test
  void another_coalition_sees_no_calendar_cycle_submission_or_task_of_this_one() {
    as(coordinator, () -> hrr.startCalendar("KE"));
    String ref = as(coordinator, () -> hrr.cycles()).get(0).reference();
    String pi = instance(ref).getId();
    jobs.fire(pi, Elements.EVENT_REMINDER_DUE);
    jobs.fire(pi, Elements.EVENT_SUBMISSION_DEADLINE);
    WorkItem compile = onlyTask(coordinator, ref);
    Actor other = coalitions.coordinatorB();

    assertThat(as(other, () -> hrr.calendars())).isEmpty();
    assertThat(as(other, () -> hrr.cycles())).isEmpty();
    assertThat(as(other, () -> inbox.tasks())).isEmpty();
    assertThatThrownBy(() -> as(other, () -> hrr.cycle(ref))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> hrr.submissions(ref))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> hrr.recordSubmission(ref, new NewHrrSubmission(mediaWatch.id(), "x"))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> hrr.stopCalendar("KE"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, () -> hrr.compile(compile.id(), new HrrCompilation("Hijacked"))))
        .isInstanceOf(org.liaison.workflow.TaskNotAvailableException.class);
    assertThat(as(coordinator, () -> hrr.cycle(ref)).compiledText()).isNull();
    assertThat(instance(ref)).as("still running").isNotNull();
  }
}
