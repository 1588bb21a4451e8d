package org.liaison.processes;

/**
 * Names used by the {@code relationship-cadence} model ({@code bpmn/relationship-cadence.bpmn}): one
 * long-running instance per embassy officer (business key: the officer id). Every contact restarts
 * the contact cadence; when it passes without contact a member is asked to reach out; archiving the
 * officer ends the instance, also while a reach-out task is open. While the instance runs it always
 * waits for {@link Messages#OFFICER_ARCHIVED}.
 */
public final class RelationshipCadenceProcess {

  public static final String KEY = "relationship-cadence";
  public static final String RESOURCE = "bpmn/relationship-cadence.bpmn";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_OFFICER_ADDED = "StartEvent_OfficerAdded";
    /** Merge in front of the event-based gateway, the target of both loops. */
    public static final String GATEWAY_AWAIT_CONTACT = "Gateway_AwaitContact";
    public static final String GATEWAY_CONTACT_OR_DUE = "Gateway_ContactOrDue";
    public static final String EVENT_OFFICER_CONTACTED = "Event_OfficerContacted";
    public static final String EVENT_CADENCE_DUE = "Event_CadenceDue";
    public static final String TASK_REACH_OUT = "Task_ReachOut";
    public static final String EVENT_OFFICER_ARCHIVED = "Event_OfficerArchived";
    public static final String END_RELATIONSHIP_ENDED = "EndEvent_RelationshipEnded";
    /** Interrupting boundary message on the reach-out task: archiving withdraws an open reach-out. */
    public static final String EVENT_ARCHIVED_WHILE_REACHING_OUT = "Event_ArchivedWhileReachingOut";
    public static final String END_ARCHIVED_WHILE_REACHING_OUT = "EndEvent_ArchivedWhileReachingOut";

    private Elements() {}
  }

  /** Message names the application correlates (by business key = officer id). */
  public static final class Messages {
    /** Someone was in contact with the officer: the cadence starts again. */
    public static final String OFFICER_CONTACTED = "Msg_OfficerContacted";
    /** The officer was archived: the instance ends. */
    public static final String OFFICER_ARCHIVED = "Msg_OfficerArchived";

    private Messages() {}
  }

  /** Process variables: ids and small values only, never personal data. */
  public static final class Variables {
    /** Database id of the officer (also the business key). */
    public static final String OFFICER_ID = "officerId";
    /** ISO 8601 duration without contact before someone should reach out, e.g. {@code P90D}. */
    public static final String CONTACT_CADENCE = "contactCadence";

    private Variables() {}
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public static final class Forms {
    public static final String REACH_OUT = "liaison:reach-out";

    private Forms() {}
  }

  private RelationshipCadenceProcess() {}
}
