package org.liaison.processes;

/**
 * Names used by the {@code relationship-cadence} model ({@code bpmn/relationship-cadence.bpmn}): one
 * long-running instance per embassy officer (business key: the officer id). Every contact restarts
 * the contact cadence; when it passes without contact a member is asked to reach out; archiving the
 * officer ends the instance, also while a reach-out task is open. While the instance runs it always
 * waits for {@link Messages#OFFICER_ARCHIVED}, {@link Messages#OFFICER_CONTACTED} and
 * {@link Messages#CADENCE_CHANGED}.
 */
public final class RelationshipCadenceProcess {

  public static final String KEY = "relationship-cadence";
  public static final String RESOURCE = "bpmn/relationship-cadence.bpmn";

  /** Element ids of the model. */
  public interface Elements {
    String START_OFFICER_ADDED = "StartEvent_OfficerAdded";
    /** Merge in front of the event-based gateway, the target of both loops. */
    String GATEWAY_AWAIT_CONTACT = "Gateway_AwaitContact";
    String GATEWAY_CONTACT_OR_DUE = "Gateway_ContactOrDue";
    String EVENT_OFFICER_CONTACTED = "Event_OfficerContacted";
    String EVENT_CADENCE_DUE = "Event_CadenceDue";
    String TASK_REACH_OUT = "Task_ReachOut";
    String EVENT_OFFICER_ARCHIVED = "Event_OfficerArchived";
    String END_RELATIONSHIP_ENDED = "EndEvent_RelationshipEnded";
    /** Interrupting boundary message on the reach-out task: archiving withdraws an open reach-out. */
    String EVENT_ARCHIVED_WHILE_REACHING_OUT = "Event_ArchivedWhileReachingOut";
    String END_ARCHIVED_WHILE_REACHING_OUT = "EndEvent_ArchivedWhileReachingOut";
    String EVENT_CADENCE_CHANGED = "Event_CadenceChanged";
    /** Interrupting boundary message on the reach-out task: a contact recorded meanwhile is the reach-out. */
    String EVENT_CONTACTED_WHILE_REACHING_OUT = "Event_ContactedWhileReachingOut";
    /** Non-interrupting boundary message on the reach-out task: the new cadence applies from the next round. */
    String EVENT_CADENCE_CHANGED_WHILE_REACHING_OUT = "Event_CadenceChangedWhileReachingOut";
    String END_CADENCE_NOTED = "EndEvent_CadenceNoted";
  }

  /** Message names the application correlates (by business key = officer id). */
  public interface Messages {
    /** Someone was in contact with the officer: the cadence starts again. */
    String OFFICER_CONTACTED = "Msg_OfficerContacted";
    /** The officer's cadence was changed (variable {@code contactCadence}): the clock starts again with it. */
    String CADENCE_CHANGED = "Msg_CadenceChanged";
    /** The officer was archived: the instance ends. */
    String OFFICER_ARCHIVED = "Msg_OfficerArchived";
  }

  /** Process variables: ids and small values only, never personal data. */
  public interface Variables {
    /** Database id of the officer (also the business key). */
    String OFFICER_ID = "officerId";
    /** ISO 8601 duration without contact before someone should reach out, e.g. {@code P90D}. */
    String CONTACT_CADENCE = "contactCadence";
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public interface Forms {
    String REACH_OUT = "liaison:reach-out";
  }

  private RelationshipCadenceProcess() {}
}
