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
  public static final class Elements {
    public static final String START_MEETING_REQUESTED = "StartEvent_MeetingRequested";
    public static final String GATEWAY_REQUEST_MEETING = "Gateway_RequestMeeting";
    public static final String TASK_REQUEST_MEETING = "Task_RequestMeeting";
    /** Merge in front of the event-based gateway (bpmnlint forbids a gateway that joins and forks). */
    public static final String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String GATEWAY_CONFIRMED_OR_OVERDUE = "Gateway_ConfirmedOrOverdue";
    public static final String EVENT_MEETING_CONFIRMED = "Event_MeetingConfirmed";
    public static final String TASK_PREPARE_BRIEFING = "Task_PrepareBriefing";
    public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
    public static final String GATEWAY_MEETING_HELD = "Gateway_MeetingHeld";
    public static final String GATEWAY_AFTER_MEETING = "Gateway_AfterMeeting";
    public static final String TASK_THANK_OFFICER = "Task_ThankOfficer";
    /** Parallel multi-instance: one task per next step of the engagement. */
    public static final String TASK_COMPLETE_NEXT_STEP = "Task_CompleteNextStep";
    public static final String GATEWAY_FOLLOW_UP_DONE = "Gateway_FollowUpDone";
    public static final String END_MEETING_FOLLOWED_UP = "EndEvent_MeetingFollowedUp";
    public static final String EVENT_CONFIRMATION_OVERDUE = "Event_ConfirmationOverdue";
    public static final String TASK_CHASE_MEETING = "Task_ChaseMeeting";
    public static final String GATEWAY_STILL_WANTED = "Gateway_StillWanted";
    public static final String END_MEETING_DROPPED = "EndEvent_MeetingDropped";

    private Elements() {}
  }

  /** Message names the application correlates. */
  public static final class Messages {
    /** The embassy confirmed the meeting. */
    public static final String MEETING_CONFIRMED = "Msg_MeetingConfirmed";

    private Messages() {}
  }

  /** Process variables: ids and small decision values only, never personal data. */
  public static final class Variables {
    /** Database id of the engagement the meeting belongs to. */
    public static final String ENGAGEMENT_ID = "engagementId";
    /** User name of the meeting owner; all tasks but the next steps are assigned to them. */
    public static final String MEETING_OWNER = "meetingOwner";
    /** ISO 8601 duration to wait for the confirmation before chasing it, e.g. {@code P7D}. */
    public static final String CONFIRMATION_WAIT = "confirmationWait";
    /** Optional: database id of the case, when started from {@code raise-issue}. */
    public static final String CASE_ID = "caseId";
    /** Set when recording the meeting: false requests the meeting again. */
    public static final String MEETING_HELD = "meetingHeld";
    /** Set when chasing: true keeps waiting for the confirmation, false drops the meeting. */
    public static final String MEETING_STILL_WANTED = "meetingStillWanted";
    /** Local to each next-step task: the id of the next step it completes. */
    public static final String NEXT_STEP_ID = "nextStepId";

    private Variables() {}
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public static final class Forms {
    public static final String REQUEST_MEETING = "liaison:request-meeting";
    public static final String PREPARE_BRIEFING = "liaison:prepare-briefing";
    public static final String RECORD_MEETING = "liaison:record-meeting";
    public static final String THANK_OFFICER = "liaison:thank-officer";
    public static final String COMPLETE_NEXT_STEP = "liaison:complete-next-step";
    public static final String CHASE_MEETING = "liaison:chase-meeting";

    private Forms() {}
  }

  /** Spring beans the model calls by name. */
  public static final class Beans {
    /**
     * {@code List<String> ids(String engagementId)} (an empty list means no next-step tasks) and
     * {@code String owner(String nextStepId)} (the user name the next-step task is assigned to).
     */
    public static final String NEXT_STEPS_PLAN = "nextStepsPlan";
    /** Task listener (create) on each next-step task: ties the task to the next step it completes. */
    public static final String NEXT_STEP_TASK_LISTENER = "nextStepTaskListener";

    private Beans() {}
  }

  private EmbassyMeetingProcess() {}
}
