package org.liaison.defenders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.NotAllowedException;
import org.liaison.common.NotFoundException;
import org.liaison.defenders.internal.DefenderStore;
import org.liaison.officers.ContactService;
import org.liaison.processes.DefenderEmergencyProcess;
import org.liaison.processes.DefenderEmergencyProcess.Variables;
import org.liaison.records.RecordReferences;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.liaison.steps.StepRecord;
import org.liaison.steps.StepService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defenders at risk in the current coalition. Only its security focal points and coordinators may
 * report or read them; only security focal points see who the defender is. The lifecycle gets the
 * record's id and the durations from the settings, nothing that identifies the defender.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefenderService {

  private final DefenderStore store;
  private final RecordReferences references;
  private final SettingsService settings;
  private final ContactService contacts;
  private final StepService steps;
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final Clock clock;

  /** Whether the current user may see defender records at all: security focal points and coordinators. */
  public static boolean mayRead(Actor actor) {
    return actor.has(Role.SECURITY) || actor.has(Role.COORDINATOR);
  }

  /**
   * Reports a defender at risk and starts the {@code defender-emergency} lifecycle (assessment by
   * security within the coalition's assessment SLA), in one transaction. Bad input: messages on the
   * fields, nothing saved, nothing started.
   */
  @Transactional
  public Defender report(NewDefender input) {
    Actor actor = reader();
    validator.check(input);
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    String reference = references.next(actor.tenantId(), DefenderEmergencyProcess.KEY);
    store.insert(actor.tenantId(), id, reference, input, actor.username(), now);
    CoalitionSettings coalition = settings.current();
    String instanceId = workflow.start(DefenderEmergencyProcess.KEY, reference, Map.of(
        Variables.DEFENDER_ID, id.toString(),
        Variables.ASSESSMENT_SLA, coalition.defenderAssessmentSla(),
        Variables.MONITORING_INTERVAL, coalition.defenderMonitoringInterval()));
    store.runBy(actor.tenantId(), id, instanceId);
    return store.byId(actor.tenantId(), id, actor.has(Role.SECURITY)).orElseThrow();
  }

  /** The coalition's defender records, latest first; with identities for security focal points. */
  @Transactional(readOnly = true)
  public List<Defender> list() {
    Actor actor = reader();
    return store.all(actor.tenantId(), actor.has(Role.SECURITY));
  }

  @Transactional(readOnly = true)
  public Defender get(String reference) {
    Actor actor = reader();
    return load(actor, reference);
  }

  /** The completed steps of the response to the defender, oldest first. */
  @Transactional(readOnly = true)
  public List<StepRecord> journal(String reference) {
    Actor actor = reader();
    return steps.journal(load(actor, reference).reference());
  }

  /** Open steps of the response, for the defender's page. */
  @Transactional(readOnly = true)
  public List<WorkItem> openSteps(String reference) {
    Actor actor = reader();
    return workflow.openTasksFor(List.of(load(actor, reference).reference()));
  }

  /**
   * Whether the notice to the embassy can go out: a human-rights officer with an e-mail address is
   * recorded for the defender's country (the page warns before the risk is confirmed).
   */
  @Transactional(readOnly = true)
  public boolean embassyCanBeNotified(String reference) {
    Actor actor = reader();
    return !contacts.humanRightsOfficersIn(load(actor, reference).country()).isEmpty();
  }

  private Defender load(Actor actor, String reference) {
    return store.byReference(actor.tenantId(), reference, actor.has(Role.SECURITY))
        .orElseThrow(() -> new NotFoundException("Defender " + reference));
  }

  private static Actor reader() {
    Actor actor = TenantContext.current();
    if (!mayRead(actor)) {
      throw new NotAllowedException("Only the coalition's security focal points and coordinators can see defenders at risk");
    }
    return actor;
  }
}
