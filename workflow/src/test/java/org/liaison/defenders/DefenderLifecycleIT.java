package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
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
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.processes.DefenderEmergencyProcess.Elements;
import org.liaison.processes.DefenderEmergencyProcess.Variables;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.steps.StepInput;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.TaskNotAvailableException;
import org.liaison.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A defender at risk through the services, on a real PostgreSQL and a real engine: who may report and
 * read, the assessment SLA, the notice to the embassy without identity, monitoring, and that the
 * defender's identity is in no process variable, no history, no task and no mail.
 */
class DefenderLifecycleIT extends DatabaseIT {

  static final String NAME = "Amina Wanjiru Otieno";
  static final String LOCATION = "Safe house 4, Kisumu, Nyanza";
  static final String CONTACT = "+254 700 123 456 via Signal";

  @Autowired DefenderService defenders;
  @Autowired SettingsService settings;
  @Autowired ContactService contacts;
  @Autowired InboxService inbox;
  @Autowired StepService steps;
  @Autowired Outbox outbox;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  Actor security;
  Actor coordinator;
  Jobs jobs;

  @BeforeEach
  void coalitionsWithASecurityFocalPoint() {
    memberships.grant(coalitions.a.id(), "secA", Set.of(Role.SECURITY));
    memberships.grant(coalitions.b.id(), "secB", Set.of(Role.SECURITY));
    security = memberships.actorFor("secA", coalitions.a.id());
    coordinator = coalitions.coordinatorA();
    jobs = new Jobs(management);
    as(coordinator, () -> settings.update(new CoalitionSettings("P7D", 3, "P90D", "PT2H", "P7D", "P28D", "P7D", "P3D")));
  }

  static NewDefender atRisk() {
    return new NewDefender("Heron", "KE", RiskLevel.HIGH, NAME, LOCATION, CONTACT,
        "Threatened after testifying about police killings; followed by unmarked cars since Monday.");
  }

  String instanceOf(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).tenantIdIn(coalitions.a.id())
        .singleResult().getId();
  }

  List<WorkItem> tasks(Actor actor, String reference) {
    return as(actor, () -> inbox.tasks().stream().map(InboxItem::task).filter(t -> reference.equals(t.businessKey())).toList());
  }

  WorkItem task(Actor actor, String reference, String taskKey) {
    return tasks(actor, reference).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + taskKey + " for " + actor.username()));
  }

  void humanRightsOfficerInNairobi() {
    as(coordinator, () -> {
      Embassy nairobi = contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null));
      contacts.addOfficer(new NewOfficer(nairobi.id(), "Jane Doe", "Human rights officer", Portfolio.HUMAN_RIGHTS,
          "hro.nairobi@state.example", null));
    });
  }

  @Test
  void a_security_focal_point_reports_a_defender_and_the_assessment_waits_for_security_within_the_sla() {
    Defender d = as(security, () -> defenders.report(atRisk()));

    assertThat(d.reference()).matches("HRD-\\d{4}-0001");
    assertThat(d.status()).isEqualTo(DefenderStatus.ASSESSING);
    assertThat(d.identity()).isEqualTo(new DefenderIdentity(NAME, LOCATION, CONTACT));
    String pi = instanceOf(d.reference());
    assertThat(runtime.getVariables(pi)).containsOnly(
        Map.entry(Variables.DEFENDER_ID, d.id().toString()),
        Map.entry(Variables.ASSESSMENT_SLA, "PT2H"),
        Map.entry(Variables.ASSESSMENT_HALF_SLA, "PT1H"),
        Map.entry(Variables.MONITORING_INTERVAL, "P3D"));

    WorkItem assess = task(security, d.reference(), Elements.TASK_ASSESS_RISK);
    assertThat(assess.isUnassigned()).isTrue();
    assertThat(as(coalitions.memberA(), () -> inbox.tasks())).as("members get no defender task").isEmpty();
    assertThat(tasks(coordinator, d.reference())).as("coordinators only when the SLA passes").isEmpty();
    assertThat(jobs.due(pi, Elements.EVENT_ASSESSMENT_OVERDUE))
        .isCloseTo(Instant.now().plus(2, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));

    // the SLA passes: a coordinator is asked to escalate, the assessment stays open
    jobs.fire(pi, Elements.EVENT_ASSESSMENT_OVERDUE);
    assertThat(task(coordinator, d.reference(), Elements.TASK_ESCALATE_ASSESSMENT).isUnassigned()).isTrue();
    assertThat(task(security, d.reference(), Elements.TASK_ASSESS_RISK).id()).isEqualTo(assess.id());
  }

  @Test
  void members_see_only_that_a_record_exists_and_coordinators_read_it_without_identity() {
    Defender d = as(coordinator, () -> defenders.report(atRisk()));
    assertThat(d.identity()).as("a coordinator reports but does not read the identity back").isNull();
    assertThat(d.access()).isEqualTo(DefenderAccess.RESTRICTED);

    assertThat(as(security, () -> defenders.get(d.reference())).identity().name()).isEqualTo(NAME);
    assertThat(as(coordinator, () -> defenders.get(d.reference()))).satisfies(seen -> {
      assertThat(seen.identity()).isNull();
      assertThat(seen.riskSummary()).as("the risk summary is protected too").isNull();
      assertThat(seen.pseudonym()).isEqualTo("Heron");
      assertThat(seen.riskLevel()).isEqualTo(RiskLevel.HIGH);
    });
    assertThat(as(coordinator, () -> defenders.list())).singleElement().satisfies(x -> assertThat(x.identityShown()).isFalse());

    Actor member = coalitions.memberA();
    assertThat(as(member, () -> defenders.get(d.reference()))).satisfies(seen -> {
      assertThat(seen.access()).isEqualTo(DefenderAccess.EXISTS_ONLY);
      assertThat(seen.reference()).isEqualTo(d.reference());
      assertThat(seen.pseudonym()).isNull();
      assertThat(seen.country()).isNull();
      assertThat(seen.riskLevel()).isNull();
      assertThat(seen.identity()).isNull();
    });
    assertThat(as(member, () -> defenders.list())).singleElement()
        .satisfies(x -> assertThat(x.access()).isEqualTo(DefenderAccess.EXISTS_ONLY));
    assertThat(as(member, () -> defenders.journal(d.reference()))).isEmpty();
    assertThat(as(member, () -> defenders.openSteps(d.reference()))).isEmpty();
    assertThatThrownBy(() -> as(member, () -> defenders.report(atRisk()))).isInstanceOf(NotAllowedException.class);
    assertThat(as(security, () -> defenders.list())).hasSize(1);
  }

  @Test
  void bad_input_is_named_per_field_and_nothing_is_saved_or_started() {
    assertThatThrownBy(() -> as(security, () -> defenders.report(new NewDefender(" ", "XX", null, "n".repeat(201),
        null, null, "r".repeat(4001)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("pseudonym", "country", "riskLevel", "name", "riskSummary")
            .containsEntry("pseudonym", "Give the defender a pseudonym: a code name that says nothing about who or where they are.")
            .containsEntry("riskLevel", "Choose how grave the risk is.")
            .containsEntry("country", "Choose a country from the list (an ISO 3166 country code such as KE or GT).")
            .containsEntry("riskSummary", "Keep the risk summary to 4,000 characters or fewer."));
    assertThat(as(security, () -> defenders.list())).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DefenderEmergencyProcess.KEY)
        .tenantIdIn(coalitions.a.id()).count()).isZero();
    assertThat(as(security, () -> defenders.report(atRisk())).reference()).endsWith("-0001");
  }

  @Test
  void a_confirmed_risk_notifies_the_human_rights_officer_without_identity_then_security_protects_and_monitors() {
    Defender d = as(security, () -> defenders.report(atRisk()));
    String ref = d.reference();
    String pi = instanceOf(ref);
    WorkItem assess = task(security, ref, Elements.TASK_ASSESS_RISK);

    // no human-rights officer recorded for Kenya: the confirmation is refused with the fix, nothing changes
    assertThat(as(security, () -> defenders.embassyCanBeNotified(ref))).isFalse();
    assertThatThrownBy(() -> as(security, () -> steps.complete(assess.id(), new StepInput("Credible threats", true))))
        .isInstanceOf(NoHumanRightsOfficerException.class)
        .hasMessageContaining("U.S. embassy in Kenya");
    assertThat(as(security, () -> defenders.get(ref)).status()).isEqualTo(DefenderStatus.ASSESSING);
    assertThat(task(security, ref, Elements.TASK_ASSESS_RISK).id()).isEqualTo(assess.id());

    humanRightsOfficerInNairobi();
    assertThat(as(security, () -> defenders.embassyCanBeNotified(ref))).isTrue();
    as(security, () -> steps.complete(assess.id(), new StepInput("Credible threats", true)));
    Defender protecting = as(security, () -> defenders.get(ref));
    assertThat(protecting.status()).isEqualTo(DefenderStatus.PROTECTING);
    assertThat(protecting.officerNotifiedAt()).isNotNull();
    List<SentMail> mail = as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT));
    assertThat(mail).singleElement().satisfies(m -> {
      assertThat(m.to()).containsExactly("hro.nairobi@state.example");
      assertThat(m.subject()).isEqualTo("Human-rights defender at risk in Kenya — " + ref);
      assertThat(m.body()).contains(ref).contains("We ask the embassy to");
    });
    assertThat(jobs.count(pi, Elements.EVENT_ASSESSMENT_OVERDUE)).as("the SLA timer ends with the assessment").isZero();

    as(security, () -> steps.complete(task(security, ref, Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE).id(),
        new StepInput("Relocation grant requested from the emergency fund", null)));
    as(security, () -> steps.complete(task(security, ref, Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT).id(),
        new StepInput("Asked the embassy for trial observation", null)));

    as(security, () -> steps.complete(task(security, ref, Elements.TASK_MONITOR_DEFENDER).id(),
        new StepInput("Still followed", false)));
    assertThat(as(security, () -> defenders.get(ref)).status()).isEqualTo(DefenderStatus.MONITORING);
    assertThat(jobs.due(pi, Elements.EVENT_NEXT_CHECK_DUE)).as("the monitoring interval from the settings")
        .isCloseTo(Instant.now().plus(3, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
    jobs.fire(pi, Elements.EVENT_NEXT_CHECK_DUE);
    as(security, () -> steps.complete(task(security, ref, Elements.TASK_MONITOR_DEFENDER).id(),
        new StepInput("Relocated, no incidents for two weeks", true)));

    assertThat(as(security, () -> defenders.get(ref)).status()).isEqualTo(DefenderStatus.SAFE);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getEndActivityId())
        .isEqualTo(Elements.END_DEFENDER_CASE_CLOSED);
    assertThat(as(coordinator, () -> defenders.journal(ref))).extracting(StepRecord::taskName).containsExactly(
        "Assess risk", "Connect emergency assistance", "Request diplomatic engagement", "Monitor defender",
        "Monitor defender");
  }

  @Test
  void a_risk_that_is_not_confirmed_ends_without_protection() {
    Defender d = as(security, () -> defenders.report(atRisk()));
    as(security, () -> steps.complete(task(security, d.reference(), Elements.TASK_ASSESS_RISK).id(),
        new StepInput("Threat came from a hoax account", false)));
    assertThat(as(security, () -> defenders.get(d.reference())).status()).isEqualTo(DefenderStatus.NO_PROTECTION_NEEDED);
    assertThat(as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT))).isEmpty();
  }

  @Test
  void the_identity_is_in_no_process_variable_history_task_or_mail() {
    humanRightsOfficerInNairobi();
    Defender d = as(security, () -> defenders.report(atRisk()));
    String ref = d.reference();
    String pi = instanceOf(ref);
    jobs.fire(pi, Elements.EVENT_ASSESSMENT_OVERDUE);
    as(coordinator, () -> steps.complete(task(coordinator, ref, Elements.TASK_ESCALATE_ASSESSMENT).id(),
        new StepInput("Called the security team lead", null)));
    as(security, () -> steps.complete(task(security, ref, Elements.TASK_ASSESS_RISK).id(), new StepInput("Confirmed", true)));
    as(security, () -> steps.complete(task(security, ref, Elements.TASK_CONNECT_EMERGENCY_ASSISTANCE).id(), new StepInput("Done", null)));
    as(security, () -> steps.complete(task(security, ref, Elements.TASK_REQUEST_DIPLOMATIC_ENGAGEMENT).id(), new StepInput("Done", null)));
    as(security, () -> steps.complete(task(security, ref, Elements.TASK_MONITOR_DEFENDER).id(), new StepInput("Not yet", false)));
    jobs.fire(pi, Elements.EVENT_NEXT_CHECK_DUE);

    List<String> seen = new ArrayList<>();
    runtime.getVariables(pi).forEach((k, v) -> seen.add(k + "=" + v));
    history.createHistoricVariableInstanceQuery().processInstanceId(pi).list()
        .forEach(v -> seen.add(v.getName() + "=" + v.getValue()));
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(pi).list()) {
      if (detail instanceof HistoricVariableUpdate update) {
        seen.add(update.getVariableName() + "=" + update.getValue());
      }
    }
    history.createHistoricTaskInstanceQuery().processInstanceId(pi).list()
        .forEach(t -> seen.add(t.getName() + " " + t.getDescription() + " " + t.getDeleteReason()));
    history.createHistoricActivityInstanceQuery().processInstanceId(pi).list()
        .forEach(a -> seen.add(a.getActivityName() + " " + a.getActivityId()));
    seen.add(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey());
    tasks(security, ref).forEach(t -> seen.add(t.name() + " " + t.businessKey()));
    as(coordinator, () -> outbox.recent(Outbox.MAX_RECENT)).forEach(m -> seen.add(m.subject() + "\n" + m.body() + m.to()));

    assertThat(seen).as("what the engine and the outbox hold").isNotEmpty()
        .anySatisfy(s -> assertThat(s).startsWith(Variables.DEFENDER_ID + "="))
        .anySatisfy(s -> assertThat(s).contains("Human-rights defender at risk in Kenya"));
    for (String secret : List.of(NAME, "Amina", "Otieno", LOCATION, "Kisumu", CONTACT, "700 123 456", "Signal")) {
      assertThat(seen).as("nothing carries " + secret).noneMatch(s -> s.contains(secret));
    }
  }

  @Test
  void another_coalition_sees_neither_the_defender_nor_its_tasks() {
    Defender d = as(security, () -> defenders.report(atRisk()));
    WorkItem assess = task(security, d.reference(), Elements.TASK_ASSESS_RISK);
    Actor otherSecurity = memberships.actorFor("secB", coalitions.b.id());

    assertThat(as(otherSecurity, () -> defenders.list())).isEmpty();
    assertThat(as(otherSecurity, () -> inbox.tasks())).isEmpty();
    assertThatThrownBy(() -> as(otherSecurity, () -> defenders.get(d.reference()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherSecurity, () -> defenders.journal(d.reference()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(otherSecurity, () -> steps.complete(assess.id(), new StepInput("Hijack", false))))
        .isInstanceOf(TaskNotAvailableException.class);
    assertThat(as(security, () -> defenders.get(d.reference())).status()).isEqualTo(DefenderStatus.ASSESSING);
  }
}
