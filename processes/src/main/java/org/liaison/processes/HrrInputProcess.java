package org.liaison.processes;

/**
 * Names used by the {@code hrr-input} model ({@code bpmn/hrr-input.bpmn}): one long-running
 * instance per coalition and country, each turn of its loop one yearly cycle of input to the
 * human-rights report (open the cycle, call for input, remind, compile and review until approved,
 * submit, record the acknowledgement, wait for the next cycle). The message
 * {@link Messages#HRR_CALENDAR_STOPPED} stops the calendar in any state.
 */
public final class HrrInputProcess {

  public static final String KEY = "hrr-input";
  public static final String RESOURCE = "bpmn/hrr-input.bpmn";

  /** Element ids of the model. */
  public interface Elements {
    String START_HRR_CALENDAR_STARTED = "StartEvent_HrrCalendarStarted";
    String GATEWAY_CYCLE_OPENS = "Gateway_CycleOpens";
    String TASK_OPEN_CYCLE = "Task_OpenCycle";
    /** Error boundary on {@link #TASK_OPEN_CYCLE}: the delegate threw {@link Errors#NO_HRR_CYCLE}. */
    String EVENT_NO_CYCLE_TO_OPEN = "Event_NoCycleToOpen";
    String END_CALENDAR_ENDED = "EndEvent_CalendarEnded";
    String TASK_CALL_FOR_INPUT = "Task_CallForInput";
    String EVENT_REMINDER_DUE = "Event_ReminderDue";
    String TASK_REMIND_MEMBERS = "Task_RemindMembers";
    String EVENT_SUBMISSION_DEADLINE = "Event_SubmissionDeadline";
    String GATEWAY_COMPILE_OR_REVISE = "Gateway_CompileOrRevise";
    String TASK_COMPILE_INPUT = "Task_CompileInput";
    String TASK_REVIEW_COMPILATION = "Task_ReviewCompilation";
    String GATEWAY_COMPILATION_APPROVED = "Gateway_CompilationApproved";
    String TASK_SUBMIT_TO_EMBASSY = "Task_SubmitToEmbassy";
    String TASK_RECORD_ACKNOWLEDGEMENT = "Task_RecordAcknowledgement";
    String EVENT_NEXT_CYCLE_DUE = "Event_NextCycleDue";
    /** Interrupting message event sub-process started by {@link Messages#HRR_CALENDAR_STOPPED}. */
    String SUBPROCESS_STOP_CALENDAR = "SubProcess_StopCalendar";
    String EVENT_CALENDAR_STOPPED = "Event_CalendarStopped";
    String END_CALENDAR_STOPPED = "EndEvent_CalendarStopped";
  }

  /** Message names the model waits for. */
  public interface Messages {
    /** Stops the yearly calendar wherever it is; correlate by process instance id. */
    String HRR_CALENDAR_STOPPED = "Msg_HrrCalendarStopped";
  }

  /** BPMN error codes a delegate may throw. */
  public interface Errors {
    /**
     * Thrown by {@link Beans#OPEN_HRR_CYCLE_DELEGATE} as {@code new BpmnError(NO_HRR_CYCLE)} when no
     * further cycle should be opened: the calendar then ends at {@link Elements#END_CALENDAR_ENDED}.
     */
    String NO_HRR_CYCLE = "HRR_NO_CYCLE";
  }

  /** Process variables: ids, ISO 8601 date-times and decisions only, never personal data. */
  public interface Variables {
    /** ISO 3166 alpha-2 code of the country the calendar is for. */
    String COUNTRY = "country";
    /** Id of the current yearly cycle; set by {@link Beans#OPEN_HRR_CYCLE_DELEGATE}. */
    String HRR_CYCLE_ID = "hrrCycleId";
    /** ISO 8601 date-time of the reminder; set by {@link Beans#OPEN_HRR_CYCLE_DELEGATE}. */
    String REMINDER_AT = "reminderAt";
    /** ISO 8601 date-time of the submission deadline; set by {@link Beans#OPEN_HRR_CYCLE_DELEGATE}. */
    String SUBMISSION_DEADLINE = "submissionDeadline";
    /** ISO 8601 date-time at which the next cycle opens; set by {@link Beans#OPEN_HRR_CYCLE_DELEGATE}. */
    String NEXT_CYCLE_OPENS = "nextCycleOpens";
    /** Set by the review: true submits the compilation, false sends it back for revision. */
    String COMPILATION_APPROVED = "compilationApproved";
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public interface Forms {
    String COMPILE_HRR_INPUT = "liaison:compile-hrr-input";
    String REVIEW_HRR_COMPILATION = "liaison:review-hrr-compilation";
    String RECORD_HRR_ACKNOWLEDGEMENT = "liaison:record-hrr-acknowledgement";
  }

  /** Spring beans the model calls by name (all {@code JavaDelegate}s). */
  public interface Beans {
    /** Creates the cycle and sets hrrCycleId, reminderAt, submissionDeadline and nextCycleOpens. */
    String OPEN_HRR_CYCLE_DELEGATE = "openHrrCycleDelegate";
    String CALL_FOR_HRR_INPUT_DELEGATE = "callForHrrInputDelegate";
    String REMIND_HRR_MEMBERS_DELEGATE = "remindHrrMembersDelegate";
    String SUBMIT_HRR_INPUT_DELEGATE = "submitHrrInputDelegate";
  }

  private HrrInputProcess() {}
}
