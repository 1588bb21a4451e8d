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
  public interface Elements {
    String START_HEARING_SCHEDULED = "StartEvent_HearingScheduled";
    String GATEWAY_HEARING_RESCHEDULED = "Gateway_HearingRescheduled";
    String SUB_PROCESS_HEARING_TIMELINE = "SubProcess_HearingTimeline";
    String START_TIMELINE_STARTED = "StartEvent_TimelineStarted";
    String EVENT_REQUEST_DUE = "Event_RequestDue";
    String TASK_REQUEST_ATTENDANCE = "Task_RequestAttendance";
    String TASK_CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
    String EVENT_HEARING_DAY = "Event_HearingDay";
    String TASK_RECORD_OBSERVATION = "Task_RecordObservation";
    String END_TIMELINE_COMPLETED = "EndEvent_TimelineCompleted";
    /** Interrupting boundary message on the timeline: back to the merge with the new dates. */
    String EVENT_HEARING_ADJOURNED = "Event_HearingAdjourned";
    /** Interrupting boundary message on the timeline: the instance ends. */
    String EVENT_HEARING_CANCELLED = "Event_HearingCancelled";
    String TASK_DEBRIEF_HEARING = "Task_DebriefHearing";
    String END_HEARING_OBSERVED = "EndEvent_HearingObserved";
    String END_HEARING_CANCELLED = "EndEvent_HearingCancelled";
  }

  /** Message names the application correlates. */
  public interface Messages {
    /** The hearing was adjourned; the correlation sets new {@code hearingDate} and {@code requestAttendanceAt}. */
    String HEARING_ADJOURNED = "Msg_HearingAdjourned";
    String HEARING_CANCELLED = "Msg_HearingCancelled";
  }

  /** Process variables: ids and small values only, never personal data. */
  public interface Variables {
    /** Database id of the hearing. */
    String HEARING_ID = "hearingId";
    /** User name of the hearing owner; the timeline's tasks are assigned to them. */
    String HEARING_OWNER = "hearingOwner";
    /** ISO 8601 date-time of the hearing, e.g. {@code 2026-12-14T09:00:00Z}. */
    String HEARING_DATE = "hearingDate";
    /** ISO 8601 date-time to request attendance: the hearing date minus the coalition's lead time. */
    String REQUEST_ATTENDANCE_AT = "requestAttendanceAt";
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public interface Forms {
    String REQUEST_HEARING_ATTENDANCE = "liaison:request-hearing-attendance";
    String CONFIRM_HEARING_ATTENDANCE = "liaison:confirm-hearing-attendance";
    String RECORD_HEARING_OBSERVATION = "liaison:record-hearing-observation";
    String DEBRIEF_HEARING = "liaison:debrief-hearing";
  }

  private CourtHearingProcess() {}
}
