package org.liaison.processes;

/**
 * Names used by the {@code court-hearing} model ({@code bpmn/court-hearing.bpmn}): at the request
 * date the hearing owner requests and confirms an embassy observer, on the hearing day records the
 * observation, and a coordinator debriefs it. An adjournment (carrying the new dates) restarts the
 * timeline from the new dates; a cancellation ends the instance.
 */
public final class CourtHearingProcess {

  public static final String KEY = "court-hearing";
  public static final String RESOURCE = "bpmn/court-hearing.bpmn";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_HEARING_SCHEDULED = "StartEvent_HearingScheduled";
    public static final String GATEWAY_HEARING_RESCHEDULED = "Gateway_HearingRescheduled";
    public static final String SUB_PROCESS_HEARING_TIMELINE = "SubProcess_HearingTimeline";
    public static final String START_TIMELINE_STARTED = "StartEvent_TimelineStarted";
    public static final String EVENT_REQUEST_DUE = "Event_RequestDue";
    public static final String TASK_REQUEST_ATTENDANCE = "Task_RequestAttendance";
    public static final String TASK_CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
    public static final String EVENT_HEARING_DAY = "Event_HearingDay";
    public static final String TASK_RECORD_OBSERVATION = "Task_RecordObservation";
    public static final String END_TIMELINE_COMPLETED = "EndEvent_TimelineCompleted";
    /** Interrupting boundary message on the timeline: back to the merge with the new dates. */
    public static final String EVENT_HEARING_ADJOURNED = "Event_HearingAdjourned";
    /** Interrupting boundary message on the timeline: the instance ends. */
    public static final String EVENT_HEARING_CANCELLED = "Event_HearingCancelled";
    public static final String TASK_DEBRIEF_HEARING = "Task_DebriefHearing";
    public static final String END_HEARING_OBSERVED = "EndEvent_HearingObserved";
    public static final String END_HEARING_CANCELLED = "EndEvent_HearingCancelled";

    private Elements() {}
  }

  /** Message names the application correlates. */
  public static final class Messages {
    /** The hearing was adjourned; the correlation sets new {@code hearingDate} and {@code requestAttendanceAt}. */
    public static final String HEARING_ADJOURNED = "Msg_HearingAdjourned";
    public static final String HEARING_CANCELLED = "Msg_HearingCancelled";

    private Messages() {}
  }

  /** Process variables: ids and small values only, never personal data. */
  public static final class Variables {
    /** Database id of the hearing. */
    public static final String HEARING_ID = "hearingId";
    /** User name of the hearing owner; the timeline's tasks are assigned to them. */
    public static final String HEARING_OWNER = "hearingOwner";
    /** ISO 8601 date-time of the hearing, e.g. {@code 2026-12-14T09:00:00Z}. */
    public static final String HEARING_DATE = "hearingDate";
    /** ISO 8601 date-time to request attendance: the hearing date minus the coalition's lead time. */
    public static final String REQUEST_ATTENDANCE_AT = "requestAttendanceAt";

    private Variables() {}
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public static final class Forms {
    public static final String REQUEST_HEARING_ATTENDANCE = "liaison:request-hearing-attendance";
    public static final String CONFIRM_HEARING_ATTENDANCE = "liaison:confirm-hearing-attendance";
    public static final String RECORD_HEARING_OBSERVATION = "liaison:record-hearing-observation";
    public static final String DEBRIEF_HEARING = "liaison:debrief-hearing";

    private Forms() {}
  }

  private CourtHearingProcess() {}
}
