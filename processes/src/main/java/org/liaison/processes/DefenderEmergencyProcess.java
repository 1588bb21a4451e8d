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
  public interface Elements {
    String START_DEFENDER_AT_RISK = "StartEvent_DefenderAtRisk";
    String TASK_ASSESS_RISK = "Task_AssessRisk";
    /** Non-interrupting timer on {@link #TASK_ASSESS_RISK} (duration {@code assessmentSla}). */
    String EVENT_ASSESSMENT_OVERDUE = "Event_AssessmentOverdue";
    String TASK_ESCALATE_ASSESSMENT = "Task_EscalateAssessment";
    /** Non-interrupting timer on {@link #TASK_ASSESS_RISK} (duration {@code assessmentHalfSla}). */
    String EVENT_HALF_SLA_PASSED = "Event_HalfSlaPassed";
    String TASK_WARN_COORDINATORS = "Task_WarnCoordinators";
    String END_COORDINATORS_WARNED = "EndEvent_CoordinatorsWarned";
    String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";
    String GATEWAY_RISK_CONFIRMED = "Gateway_RiskConfirmed";
    String END_NO_PROTECTION_NEEDED = "EndEvent_NoProtectionNeeded";
    String GATEWAY_PROTECTION_FORK = "Gateway_ProtectionFork";
    String TASK_NOTIFY_HUMAN_RIGHTS_OFFICER = "Task_NotifyHumanRightsOfficer";
    String TASK_CONNECT_EMERGENCY_ASSISTANCE = "Task_ConnectEmergencyAssistance";
    String TASK_REQUEST_DIPLOMATIC_ENGAGEMENT = "Task_RequestDiplomaticEngagement";
    String GATEWAY_PROTECTION_JOIN = "Gateway_ProtectionJoin";
    String GATEWAY_MONITOR_AGAIN = "Gateway_MonitorAgain";
    String TASK_MONITOR_DEFENDER = "Task_MonitorDefender";
    String GATEWAY_DEFENDER_SAFE = "Gateway_DefenderSafe";
    String END_DEFENDER_CASE_CLOSED = "EndEvent_DefenderCaseClosed";
    /** Timer (duration {@code monitoringInterval}) before the next monitoring check. */
    String EVENT_NEXT_CHECK_DUE = "Event_NextCheckDue";
  }

  /** Process variables: the defender's id and decisions only, never a name or other identity. */
  public interface Variables {
    /** Database id of the defender record (no name or other identifying detail). */
    String DEFENDER_ID = "defenderId";
    /** ISO 8601 duration (e.g. PT4H) after which an open assessment is escalated. */
    String ASSESSMENT_SLA = "assessmentSla";
    /** ISO 8601 duration, half of {@link #ASSESSMENT_SLA}, after which the coordinators are warned. */
    String ASSESSMENT_HALF_SLA = "assessmentHalfSla";
    /** ISO 8601 duration (e.g. P7D) between monitoring checks. */
    String MONITORING_INTERVAL = "monitoringInterval";
    /** Set by the assessment: true starts protection, false ends the case. */
    String RISK_CONFIRMED = "riskConfirmed";
    /** Set by monitoring: true closes the case, false schedules the next check. */
    String DEFENDER_SAFE = "defenderSafe";
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public interface Forms {
    String ASSESS_DEFENDER_RISK = "liaison:assess-defender-risk";
    String ESCALATE_DEFENDER_ASSESSMENT = "liaison:escalate-defender-assessment";
    String CONNECT_EMERGENCY_ASSISTANCE = "liaison:connect-emergency-assistance";
    String REQUEST_DIPLOMATIC_ENGAGEMENT = "liaison:request-diplomatic-engagement";
    String MONITOR_DEFENDER = "liaison:monitor-defender";
  }

  /** Spring beans the model calls by name. */
  public interface Beans {
    /** A {@code JavaDelegate} that notifies the embassy's human-rights officer. */
    String NOTIFY_HUMAN_RIGHTS_OFFICER_DELEGATE = "notifyHumanRightsOfficerDelegate";
    /** A {@code JavaDelegate} that warns the coordinators that half the assessment SLA has passed. */
    String WARN_COORDINATORS_DELEGATE = "warnCoordinatorsDelegate";
  }

  private DefenderEmergencyProcess() {}
}
