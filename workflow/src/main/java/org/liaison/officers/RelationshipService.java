package org.liaison.officers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.InvalidInputException;
import org.liaison.officers.internal.RelationshipCadence;
import org.liaison.processes.RelationshipCadenceProcess.Forms;
import org.liaison.settings.SettingsService;
import org.liaison.workflow.WorkItem;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping in touch with the coalition's officers: each officer's relationship-cadence and the reach-out
 * step it asks for when the cadence passes without contact.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RelationshipService {

  private final ContactService contacts;
  private final EngagementService engagements;
  private final RelationshipCadence cadence;
  private final SettingsService settings;
  private final WorkflowEngine workflow;
  private final InputValidator validator;
  private final Clock clock;

  @Transactional(readOnly = true)
  public Relationship relationship(UUID officerId) {
    Officer officer = contacts.officer(officerId);
    boolean own = officer.contactCadence() != null;
    return new Relationship(own ? officer.contactCadence() : settings.current().contactCadence(), !own,
        officer.lastContactOn(), contacts.archivedAt(officerId).orElse(null), cadence.running(officerId));
  }

  /** The officer a reach-out task is about. */
  @Transactional(readOnly = true)
  public Officer officerToReach(String taskId) {
    return contacts.officer(officerIdOf(workflow.openTask(taskId, Forms.REACH_OUT)));
  }

  /**
   * Completes the reach-out step: records the useful contact as an engagement with the officer and
   * completes the task (the cadence then starts again), in one transaction. Bad input is named per
   * field and nothing is saved.
   */
  @Transactional
  public Engagement reachOut(String taskId, ReachOut input) {
    validator.check(input);
    if (!ReachOut.KINDS.contains(input.kind())) {
      throw InvalidInputException.of("kind", "Choose information sharing, an event invitation, a site visit or a question.");
    }
    WorkItem task = workflow.openTask(taskId, Forms.REACH_OUT);
    Officer officer = contacts.officer(officerIdOf(task));
    Engagement engagement = engagements.recordReachOut(new NewEngagement(officer.id(), null, input.kind(),
        input.summary(), LocalDate.now(clock)));
    workflow.complete(task, Map.of());
    return engagement;
  }

  /**
   * Logs a contact with an officer at any time (a call, an e-mail, an event, a site visit, information
   * shared) as an engagement: it moves the last contact forward and starts the cadence again, as a
   * completed reach-out does (an open reach-out task is withdrawn, the contact was the reach-out). An
   * archived officer is refused; bad input is named per field and nothing is saved.
   */
  @Transactional
  public Engagement logContact(UUID officerId, NewContact input) {
    validator.check(input);
    Officer officer = contacts.officer(officerId);
    if (!NewContact.KINDS.contains(input.kind())) {
      throw InvalidInputException.of("kind", "Choose a call, an e-mail, an event, a site visit or information shared.");
    }
    if (contacts.archivedAt(officerId).isPresent()) {
      throw InvalidInputException.of("kind", officer.name() + " is archived; log the contact with their successor.");
    }
    return engagements.record(new NewEngagement(officerId, null, input.kind(), input.summary(), input.occurredOn()));
  }

  /**
   * Starts the relationship-cadence of every active officer of the current coalition that has none
   * (officers added before the lifecycle existed); returns how many were started. Idempotent.
   */
  @Transactional
  public int ensureCadences() {
    int started = 0;
    for (Officer officer : contacts.officers()) {
      if (!cadence.running(officer.id())) {
        cadence.start(officer.id(), officer.contactCadence());
        started++;
      }
    }
    return started;
  }

  private static UUID officerIdOf(WorkItem task) {
    return UUID.fromString(task.businessKey());
  }
}
