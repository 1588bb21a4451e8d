package org.liaison.processes;

/**
 * Names used by the {@code defender-emergency} model ({@code bpmn/defender-emergency.bpmn}): security
 * assesses the risk to a human-rights defender (escalated to a coordinator when the assessment SLA
 * passes, while the assessment stays open); a confirmed risk notifies the human-rights officer and,
 * in parallel, connects emergency assistance and requests diplomatic engagement, then the defender is
 * monitored every interval until safe.
 */
public final class DefenderEmergencyProcess {

  public static final String KEY = "defender-emergency";
  public static final String RESOURCE = "bpmn/defender-emergency.bpmn";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START_DEFENDER_AT_RISK = "StartEvent_DefenderAtRisk";
    public static final String TASK_ASSESS_RISK = "Task_AssessRisk";
    /** Non-interrupting timer on {@link #TASK_ASSESS_RISK} (duration {@code assessmentSla}). */
    public static final String EVENT_ASSESSMENT_OVERDUE = "Event_AssessmentOverdue";
    public static final String TASK_ESCALATE_ASSESSMENT = "Task_EscalateAssessment";
    public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";
    public static final String GATEWAY_RISK_CONFIRMED = "Gateway_RiskConfirmed";
    public static final String END_NO_PROTECTION_NEEDED = "EndEvent_NoProtectionNeeded";
    public static final String GATEWAY_PROTECTION_FORK = "Gateway_ProtectionFork";
    public static final String TASK_NOTIFY_HUMAN_RIGHTS_OFFICER = "Task_NotifyHumanRightsOfficer";
    public static final String TASK_CONNECT_EMERGENCY_ASSISTANCE = "Task_ConnectEmergencyAssistance";
    public static final String TASK_REQUEST_DIPLOMATIC_ENGAGEMENT = "Task_RequestDiplomaticEngagement";
    public static final String GATEWAY_PROTECTION_JOIN = "Gateway_ProtectionJoin";
    public static final String GATEWAY_MONITOR_AGAIN = "Gateway_MonitorAgain";
    public static final String TASK_MONITOR_DEFENDER = "Task_MonitorDefender";
    public static final String GATEWAY_DEFENDER_SAFE = "Gateway_DefenderSafe";
    public static final String END_DEFENDER_CASE_CLOSED = "EndEvent_DefenderCaseClosed";
    /** Timer (duration {@code monitoringInterval}) before the next monitoring check. */
    public static final String EVENT_NEXT_CHECK_DUE = "Event_NextCheckDue";

    private Elements() {}
  }

  /** Process variables: the defender's id and decisions only, never a name or other identity. */
  public static final class Variables {
    /** Database id of the defender record (no name or other identifying detail). */
    public static final String DEFENDER_ID = "defenderId";
    /** ISO 8601 duration (e.g. PT4H) after which an open assessment is escalated. */
    public static final String ASSESSMENT_SLA = "assessmentSla";
    /** ISO 8601 duration (e.g. P7D) between monitoring checks. */
    public static final String MONITORING_INTERVAL = "monitoringInterval";
    /** Set by the assessment: true starts protection, false ends the case. */
    public static final String RISK_CONFIRMED = "riskConfirmed";
    /** Set by monitoring: true closes the case, false schedules the next check. */
    public static final String DEFENDER_SAFE = "defenderSafe";

    private Variables() {}
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public static final class Forms {
    public static final String ASSESS_DEFENDER_RISK = "liaison:assess-defender-risk";
    public static final String ESCALATE_DEFENDER_ASSESSMENT = "liaison:escalate-defender-assessment";
    public static final String CONNECT_EMERGENCY_ASSISTANCE = "liaison:connect-emergency-assistance";
    public static final String REQUEST_DIPLOMATIC_ENGAGEMENT = "liaison:request-diplomatic-engagement";
    public static final String MONITOR_DEFENDER = "liaison:monitor-defender";

    private Forms() {}
  }

  /** Spring beans the model calls by name. */
  public static final class Beans {
    /** A {@code JavaDelegate} that notifies the embassy's human-rights officer. */
    public static final String NOTIFY_HUMAN_RIGHTS_OFFICER_DELEGATE = "notifyHumanRightsOfficerDelegate";

    private Beans() {}
  }

  private DefenderEmergencyProcess() {}
}
