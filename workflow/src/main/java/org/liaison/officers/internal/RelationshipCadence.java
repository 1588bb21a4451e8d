package org.liaison.officers.internal;

import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.processes.RelationshipCadenceProcess;
import org.liaison.processes.RelationshipCadenceProcess.Messages;
import org.liaison.processes.RelationshipCadenceProcess.Variables;
import org.liaison.settings.SettingsService;
import org.liaison.workflow.WorkflowEngine;
import org.springframework.stereotype.Component;

/**
 * The {@code relationship-cadence} lifecycle of each officer (business key: the officer id): started
 * when the officer is added, told about every contact, ended when the officer is archived. Runs in the
 * caller's transaction, so an officer whose lifecycle cannot start is not saved either.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RelationshipCadence {

  private final WorkflowEngine workflow;
  private final SettingsService settings;

  /** Starts the officer's cadence: the officer's own, or the coalition's setting when they have none. */
  public void start(UUID officerId, String officerCadence) {
    workflow.start(RelationshipCadenceProcess.KEY, officerId.toString(),
        Map.of(Variables.OFFICER_ID, officerId.toString(), Variables.CONTACT_CADENCE, effective(officerCadence)));
  }

  /** Whether the officer's lifecycle runs: while it does, it always waits for the archiving. */
  public boolean running(UUID officerId) {
    return workflow.awaits(Messages.OFFICER_ARCHIVED, officerId.toString());
  }

  /**
   * Someone was in touch with the officer: the cadence starts again; an open reach-out task is withdrawn,
   * since the contact was the reach-out. An officer without a running lifecycle has nothing to restart.
   */
  public void contacted(UUID officerId) {
    String key = officerId.toString();
    if (workflow.awaits(Messages.OFFICER_CONTACTED, key)) {
      workflow.correlate(Messages.OFFICER_CONTACTED, key, Map.of());
    }
  }

  /**
   * The officer's cadence was changed: the clock starts again with the new one (the coalition's setting
   * when {@code officerCadence} is null); while a reach-out task is open, the new cadence applies from
   * the next round. An officer without a running lifecycle has nothing to restart.
   */
  public void changed(UUID officerId, String officerCadence) {
    String key = officerId.toString();
    if (workflow.awaits(Messages.CADENCE_CHANGED, key)) {
      workflow.correlate(Messages.CADENCE_CHANGED, key, Map.of(Variables.CONTACT_CADENCE, effective(officerCadence)));
    }
  }

  private String effective(String officerCadence) {
    return officerCadence != null ? officerCadence : settings.current().contactCadence();
  }

  /**
   * Ends the officer's lifecycle (also withdrawing an open reach-out task). If none runs,
   * {@link org.liaison.workflow.MessageNotExpectedException} names the officer.
   */
  public void archived(UUID officerId, String officerName) {
    workflow.correlateByVariable(Messages.OFFICER_ARCHIVED, Variables.OFFICER_ID, officerId.toString(),
        "the relationship with " + officerName, Map.of());
  }
}
