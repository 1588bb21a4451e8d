package org.liaison.processes;

/**
 * Names used by the {@code raise-issue} model ({@code bpmn/raise-issue.bpmn}): triage, routing by
 * the {@code route-case} decision, alignment with the embassy's priorities, the three-part outreach
 * with review and rework, sending to every chosen officer at once, waiting for a reply with
 * follow-ups and escalation to Washington, the meeting, monitoring and closing; a withdrawn case
 * ends from any state.
 */
public final class RaiseIssueProcess {

  public static final String KEY = "raise-issue";
  public static final String RESOURCE = "bpmn/raise-issue.bpmn";

  /** Element ids of the model. */
  public interface Elements {
    String START_CASE_RAISED = "StartEvent_CaseRaised";
    String TASK_TRIAGE_CASE = "Task_TriageCase";
    String TASK_ROUTE_CASE = "Task_RouteCase";
    String TASK_ALIGN_WITH_PRIORITIES = "Task_AlignWithPriorities";
    String GATEWAY_DRAFT_OR_REWORK = "Gateway_DraftOrRework";
    String TASK_DRAFT_OUTREACH = "Task_DraftOutreach";
    String TASK_REVIEW_OUTREACH = "Task_ReviewOutreach";
    String GATEWAY_OUTREACH_APPROVED = "Gateway_OutreachApproved";
    String TASK_SEND_OUTREACH = "Task_SendOutreach";
    String GATEWAY_AWAIT_REPLY = "Gateway_AwaitReply";
    String GATEWAY_REPLY_OR_TIMEOUT = "Gateway_ReplyOrTimeout";
    String EVENT_OFFICER_RESPONDED = "Event_OfficerResponded";
    String EVENT_FOLLOW_UP_DUE = "Event_FollowUpDue";
    String TASK_FOLLOW_UP = "Task_FollowUp";
    String GATEWAY_ESCALATE_OR_WAIT = "Gateway_EscalateOrWait";
    String TASK_ESCALATE_TO_WASHINGTON = "Task_EscalateToWashington";
    String CALL_EMBASSY_MEETING = "CallActivity_EmbassyMeeting";
    String GATEWAY_MONITOR_AGAIN = "Gateway_MonitorAgain";
    String TASK_MONITOR_CASE = "Task_MonitorCase";
    String GATEWAY_CASE_RESOLVED = "Gateway_CaseResolved";
    String EVENT_MONITORING_DUE = "Event_MonitoringDue";
    String END_CASE_CLOSED = "EndEvent_CaseClosed";
    String START_CASE_WITHDRAWN = "StartEvent_CaseWithdrawn";
    String END_CASE_WITHDRAWN = "EndEvent_CaseWithdrawn";
  }

  /** Messages correlated into a running case by its business key (the case reference). */
  public interface Messages {
    /** An officer answered the outreach; carries {@link Variables#ENGAGEMENT_ID}. */
    String OFFICER_RESPONDED = "Msg_OfficerResponded";
    /** The coalition withdrew the case. */
    String CASE_WITHDRAWN = "Msg_CaseWithdrawn";
  }

  /** Process variables: ids and small decision values only, never personal data. */
  public interface Variables {
    /** Database id of the case (a UUID as a string). */
    String CASE_ID = "caseId";
    /** User name of the case owner; drafting, alignment and follow-up tasks are assigned to them. */
    String CASE_OWNER = "caseOwner";
    /** Set by the review: true approves the outreach, false sends it back for rework. */
    String OUTREACH_APPROVED = "outreachApproved";
    /** Element variable of the sending: the officer one outreach message goes to. */
    String OFFICER_ID = "officerId";
    /** ISO 8601 duration to wait for a reply before a follow-up (coalition setting at start). */
    String FOLLOW_UP_INTERVAL = "followUpInterval";
    /** Unanswered follow-ups before a coordinator escalates to Washington (coalition setting). */
    String FOLLOW_UPS_BEFORE_ESCALATION = "followUpsBeforeEscalation";
    /** Follow-ups since the outreach or the last escalation; the model counts them. */
    String FOLLOW_UPS_SENT = "followUpsSent";
    /** Urgency named by the route-case decision. */
    String URGENCY = "urgency";
    /** The engagement recorded for the officer's reply; passed to the meeting. */
    String ENGAGEMENT_ID = "engagementId";
    /** Set when monitoring: true closes the case (its outcome is recorded on the case). */
    String CASE_RESOLVED = "caseResolved";
  }

  /** Form keys of the user tasks; the UI renders one form per key. */
  public interface Forms {
    String TRIAGE_CASE = "liaison:triage-case";
    String ALIGN_WITH_PRIORITIES = "liaison:align-with-priorities";
    String DRAFT_OUTREACH = "liaison:draft-outreach";
    String REVIEW_OUTREACH = "liaison:review-outreach";
    String FOLLOW_UP = "liaison:follow-up";
    String ESCALATE_TO_WASHINGTON = "liaison:escalate-to-washington";
    String MONITOR_CASE = "liaison:monitor-case";
  }

  /** Spring beans the model calls by name. */
  public interface Beans {
    String ROUTE_CASE_DELEGATE = "routeCaseDelegate";
    String OUTREACH_PLAN = "outreachPlan";
    String SEND_OUTREACH_DELEGATE = "sendOutreachDelegate";
  }

  private RaiseIssueProcess() {}
}
