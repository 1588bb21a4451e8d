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
  public interface Elements {
    String START_CONVENING_PROPOSED = "StartEvent_ConveningProposed";
    String TASK_AGREE_FORMAT = "Task_AgreeFormat";
    /** Parallel multi-instance service task: one instance per invitation id. */
    String TASK_SEND_INVITATION = "Task_SendInvitation";
    String EVENT_RSVP_DEADLINE = "Event_RsvpDeadline";
    String TASK_CONFIRM_LOGISTICS = "Task_ConfirmLogistics";
    String GATEWAY_GOES_AHEAD = "Gateway_GoesAhead";
    String TASK_RECORD_OUTCOMES = "Task_RecordOutcomes";
    String END_CONVENING_HELD = "EndEvent_ConveningHeld";
    String END_CONVENING_CANCELLED = "EndEvent_ConveningCancelled";
  }

  /** Process variables: ids and small decision values only, never personal data. */
  public interface Variables {
    /** Database id of the convening (a UUID as a string). */
    String CONVENING_ID = "conveningId";
    /** User name of the convening owner; every user task is assigned to them. */
    String CONVENING_OWNER = "conveningOwner";
    /** ISO 8601 date-time (e.g. 2026-12-14T09:00:00Z) at which the RSVP deadline timer fires. */
    String RSVP_DEADLINE = "rsvpDeadline";
    /** Element variable of {@link Elements#TASK_SEND_INVITATION}: the invitation to send. */
    String INVITATION_ID = "invitationId";
    /** Set by the logistics task: true goes ahead, false cancels the convening. */
    String CONVENING_GOES_AHEAD = "conveningGoesAhead";
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public interface Forms {
    String AGREE_CONVENING_FORMAT = "liaison:agree-convening-format";
    String CONFIRM_LOGISTICS = "liaison:confirm-logistics";
    String RECORD_CONVENING_OUTCOMES = "liaison:record-convening-outcomes";
  }

  /** Spring beans the model calls by name. */
  public interface Beans {
    /** Has {@code List<String> ids(String conveningId)}: the invitations to send (may be empty). */
    String CONVENING_INVITATIONS = "conveningInvitations";
    /** A {@code JavaDelegate} that sends the invitation {@code invitationId}. */
    String SEND_INVITATION_DELEGATE = "sendInvitationDelegate";
  }

  private ConveningProcess() {}
}
