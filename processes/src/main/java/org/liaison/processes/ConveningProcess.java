package org.liaison.processes;

/**
 * Names used by the {@code convening} model ({@code bpmn/convening.bpmn}): the owner agrees the
 * format, one invitation is sent per invitee (all at once, none if there are none), and after the
 * RSVP deadline the owner confirms the logistics; a convening that goes ahead has its outcomes
 * recorded, otherwise it ends as cancelled.
 */
public final class ConveningProcess {

  public static final String KEY = "convening";
  public static final String RESOURCE = "bpmn/convening.bpmn";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_CONVENING_PROPOSED = "StartEvent_ConveningProposed";
    public static final String TASK_AGREE_FORMAT = "Task_AgreeFormat";
    /** Parallel multi-instance service task: one instance per invitation id. */
    public static final String TASK_SEND_INVITATION = "Task_SendInvitation";
    public static final String EVENT_RSVP_DEADLINE = "Event_RsvpDeadline";
    public static final String TASK_CONFIRM_LOGISTICS = "Task_ConfirmLogistics";
    public static final String GATEWAY_GOES_AHEAD = "Gateway_GoesAhead";
    public static final String TASK_RECORD_OUTCOMES = "Task_RecordOutcomes";
    public static final String END_CONVENING_HELD = "EndEvent_ConveningHeld";
    public static final String END_CONVENING_CANCELLED = "EndEvent_ConveningCancelled";

    private Elements() {}
  }

  /** Process variables: ids and small decision values only, never personal data. */
  public static final class Variables {
    /** Database id of the convening (a UUID as a string). */
    public static final String CONVENING_ID = "conveningId";
    /** User name of the convening owner; every user task is assigned to them. */
    public static final String CONVENING_OWNER = "conveningOwner";
    /** ISO 8601 date-time (e.g. 2026-12-14T09:00:00Z) at which the RSVP deadline timer fires. */
    public static final String RSVP_DEADLINE = "rsvpDeadline";
    /** Element variable of {@link Elements#TASK_SEND_INVITATION}: the invitation to send. */
    public static final String INVITATION_ID = "invitationId";
    /** Set by the logistics task: true goes ahead, false cancels the convening. */
    public static final String CONVENING_GOES_AHEAD = "conveningGoesAhead";

    private Variables() {}
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public static final class Forms {
    public static final String AGREE_CONVENING_FORMAT = "liaison:agree-convening-format";
    public static final String CONFIRM_LOGISTICS = "liaison:confirm-logistics";
    public static final String RECORD_CONVENING_OUTCOMES = "liaison:record-convening-outcomes";

    private Forms() {}
  }

  /** Spring beans the model calls by name. */
  public static final class Beans {
    /** Has {@code List<String> ids(String conveningId)}: the invitations to send (may be empty). */
    public static final String CONVENING_INVITATIONS = "conveningInvitations";
    /** A {@code JavaDelegate} that sends the invitation {@code invitationId}. */
    public static final String SEND_INVITATION_DELEGATE = "sendInvitationDelegate";

    private Beans() {}
  }

  private ConveningProcess() {}
}
