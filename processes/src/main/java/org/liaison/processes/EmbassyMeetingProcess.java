package org.liaison.processes;

/**
 * Names used by the {@code embassy-meeting} model ({@code bpmn/embassy-meeting.bpmn}): the meeting
 * owner requests a meeting and waits for the embassy's confirmation (chasing it when the
 * confirmation wait passes), prepares a briefing, records the meeting (a meeting that did not take
 * place is requested again), then thanks the officer while each agreed next step is completed by its
 * owner. Started on its own or as a call activity from {@code raise-issue}.
 */
public final class EmbassyMeetingProcess {

  public static final String KEY = "embassy-meeting";
  public static final String RESOURCE = "bpmn/embassy-meeting.bpmn";

  /** Element ids of the model. */
  public interface Elements {
    String START_MEETING_REQUESTED = "StartEvent_MeetingRequested";
    String GATEWAY_REQUEST_MEETING = "Gateway_RequestMeeting";
    String TASK_REQUEST_MEETING = "Task_RequestMeeting";
    /** Merge in front of the event-based gateway (bpmnlint forbids a gateway that joins and forks). */
    String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    String GATEWAY_CONFIRMED_OR_OVERDUE = "Gateway_ConfirmedOrOverdue";
    String EVENT_MEETING_CONFIRMED = "Event_MeetingConfirmed";
    String TASK_PREPARE_BRIEFING = "Task_PrepareBriefing";
    String TASK_RECORD_MEETING = "Task_RecordMeeting";
    String GATEWAY_MEETING_HELD = "Gateway_MeetingHeld";
    String GATEWAY_AFTER_MEETING = "Gateway_AfterMeeting";
    String TASK_THANK_OFFICER = "Task_ThankOfficer";
    /** Parallel multi-instance: one task per next step of the engagement. */
    String TASK_COMPLETE_NEXT_STEP = "Task_CompleteNextStep";
    String GATEWAY_FOLLOW_UP_DONE = "Gateway_FollowUpDone";
    String END_MEETING_FOLLOWED_UP = "EndEvent_MeetingFollowedUp";
    String EVENT_CONFIRMATION_OVERDUE = "Event_ConfirmationOverdue";
    String TASK_CHASE_MEETING = "Task_ChaseMeeting";
    String GATEWAY_STILL_WANTED = "Gateway_StillWanted";
    String END_MEETING_DROPPED = "EndEvent_MeetingDropped";
  }

  /** Message names the application correlates. */
  public interface Messages {
    /** The embassy confirmed the meeting. */
    String MEETING_CONFIRMED = "Msg_MeetingConfirmed";
  }

  /** Process variables: ids and small decision values only, never personal data. */
  public interface Variables {
    /** Database id of the engagement the meeting belongs to. */
    String ENGAGEMENT_ID = "engagementId";
    /** User name of the meeting owner; all tasks but the next steps are assigned to them. */
    String MEETING_OWNER = "meetingOwner";
    /** ISO 8601 duration to wait for the confirmation before chasing it, e.g. {@code P7D}. */
    String CONFIRMATION_WAIT = "confirmationWait";
    /** Optional: database id of the case, when started from {@code raise-issue}. */
    String CASE_ID = "caseId";
    /** Set when recording the meeting: false requests the meeting again. */
    String MEETING_HELD = "meetingHeld";
    /** Set when chasing: true keeps waiting for the confirmation, false drops the meeting. */
    String MEETING_STILL_WANTED = "meetingStillWanted";
    /** Local to each next-step task: the id of the next step it completes. */
    String NEXT_STEP_ID = "nextStepId";
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public interface Forms {
    String REQUEST_MEETING = "liaison:request-meeting";
    String PREPARE_BRIEFING = "liaison:prepare-briefing";
    String RECORD_MEETING = "liaison:record-meeting";
    String THANK_OFFICER = "liaison:thank-officer";
    String COMPLETE_NEXT_STEP = "liaison:complete-next-step";
    String CHASE_MEETING = "liaison:chase-meeting";
  }

  /** Spring beans the model calls by name. */
  public interface Beans {
    /**
     * {@code List<String> ids(String engagementId)} (an empty list means no next-step tasks) and
     * {@code String owner(String nextStepId)} (the user name the next-step task is assigned to).
     */
    String NEXT_STEPS_PLAN = "nextStepsPlan";
    /** Task listener (create) on each next-step task: ties the task to the next step it completes. */
    String NEXT_STEP_TASK_LISTENER = "nextStepTaskListener";
  }

  private EmbassyMeetingProcess() {}
}
